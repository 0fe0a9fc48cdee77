/**
 * Bilingual text: every string a person reads that the core owns is a `Text`, picked by locale in
 * one place. Host strings go through vscode.l10n instead (l10n/bundle.l10n.zh-cn.json).
 */

export type Locale = 'en' | 'zh-cn';

export interface Text {
  readonly en: string;
  readonly zh: string;
}

/** The text in the given locale. */
export function pick(text: Text, locale: Locale): string {
  return locale === 'zh-cn' ? text.zh : text.en;
}

/** VS Code's display language (`vscode.env.language`, e.g. "zh-cn", "en-us") to a locale we speak. */
export function toLocale(language: string | undefined): Locale {
  return language?.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}
