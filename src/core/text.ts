/**
 * Bilingual text: every string a person reads that the core, the runner and the playground own is a
 * `Text` (one field per language), picked by locale in one place and filled by name (`{name}`).
 * Host UI strings go through VS Code's own l10n instead (vscode.l10n.t, l10n/*.json, package.nls*.json).
 */

/** The locales we speak, in VS Code's spelling; the first is the fallback. A language is one entry here plus one field in every text. */
export const LOCALES = ['en', 'zh-cn'] as const;

export type Locale = (typeof LOCALES)[number];

/** A text's field for a locale: its primary language subtag ("zh-cn" → "zh"). */
export type Language = PrimaryOf<Locale>;
type PrimaryOf<L> = L extends `${infer Primary}-${string}` ? Primary : L;

export type Text = Readonly<Record<Language, string>>;

/** Values for a text's `{name}` placeholders. */
export type TextVars = Readonly<Record<string, string | number>>;

export function languageOf(locale: Locale): Language {
  return locale.split('-')[0] as Language;
}

/** The languages every text must hold (one per locale). */
export const LANGUAGES: readonly Language[] = LOCALES.map(languageOf);

/** Fills `{name}` from `vars`; a name `vars` lacks stays as written, and filled values are not filled again. */
export function fill(template: string, vars: TextVars): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : m));
}

/** The text in the given locale (English when the data lacks that language), its `{name}`s filled from `vars`. */
export function pick(text: Text, locale: Locale, vars?: TextVars): string {
  const template = (text as Partial<Record<string, string>>)[languageOf(locale)] ?? text.en;
  return vars ? fill(template, vars) : template;
}

/** The text in every language, filled; a Text value is taken in the language being filled (texts built of texts). */
export function fillText(text: Text, vars: Readonly<Record<string, string | number | Text>>): Text {
  return mapText(text, (template, lang) =>
    fill(template, Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, typeof v === 'object' ? (v[lang] ?? v.en) : v]))),
  );
}

/** `f` applied to the text in every language (English where the data lacks one). */
export function mapText(text: Text, f: (s: string, language: Language) => string): Text {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, f((text as Partial<Text>)[lang] ?? text.en, lang)])) as Record<Language, string>;
}

/** A text in the UI's locale, then in every other one: "User · 用户" (pickers that find either language). */
export function inEveryLocale(text: Text, locale: Locale): string {
  return [locale, ...LOCALES.filter((l) => l !== locale)].map((l) => pick(text, l)).join(' · ');
}

/** A text in every locale but the UI's (what a picker's detail line adds). */
export function inOtherLocales(text: Text, locale: Locale): string {
  return LOCALES.filter((l) => l !== locale).map((l) => pick(text, l)).join(' · ');
}

/** VS Code's display language (`vscode.env.language`, e.g. "zh-cn", "en-us"; or LANG's "zh_CN.UTF-8") to a locale we speak. */
export function toLocale(language: string | undefined): Locale {
  const primary = language?.toLowerCase().split(/[-_.@]/)[0];
  return LOCALES.find((l) => languageOf(l) === primary) ?? LOCALES[0];
}

/** The BCP 47 tag of a locale, for Intl ("zh-cn" → "zh-CN"). */
export function localeTag(locale: Locale): string {
  return locale.replace(/-(\w+)$/, (_, region: string) => `-${region.toUpperCase()}`);
}
