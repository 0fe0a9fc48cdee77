/**
 * The walkthrough as package.json contributes it: every step completes on an event VS Code knows
 * (onLanguage:… is refused with a console error and the step never completes) that names something
 * this extension contributes or sets, and the first step does not offer to start a running sandbox.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const readJson = <T>(rel: string): T => JSON.parse(readFileSync(join(root, rel), 'utf8')) as T;

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string };
  when?: string;
  completionEvents?: string[];
}
interface Manifest {
  contributes: {
    commands: Array<{ command: string }>;
    views: Record<string, Array<{ id: string }>>;
    configuration: { properties: Record<string, unknown> } | Array<{ properties: Record<string, unknown> }>;
    walkthroughs: Array<{ id: string; steps: Step[] }>;
  };
}

const manifest = readJson<Manifest>('package.json');
const nls = { en: readJson<Record<string, string>>('package.nls.json'), zh: readJson<Record<string, string>>('package.nls.zh-cn.json') };
const steps = manifest.contributes.walkthroughs.flatMap((w) => w.steps);
const commands = new Set(manifest.contributes.commands.map((c) => c.command));
const views = new Set(Object.values(manifest.contributes.views).flat().map((v) => v.id));
const settings = new Set([manifest.contributes.configuration].flat().flatMap((c) => Object.keys(c.properties)));
const localized = (value: string, lang: 'en' | 'zh'): string => value.replace(/^%(.+)%$/, (_, key: string) => nls[lang][key] ?? `<missing ${key}>`);

/** Every .ts file under src, for the context keys the extension sets. */
function sourceText(dir = join(root, 'src')): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((e) => (e.isDirectory() ? sourceText(join(dir, e.name)) : e.name.endsWith('.ts') ? readFileSync(join(dir, e.name), 'utf8') : ''))
    .join('\n');
}
const src = sourceText();
/** A context key this extension sets: its name is a string literal in src next to a setContext call. */
const setsContextKey = (key: string): boolean => src.includes('setContext') && (src.includes(`'${key}'`) || src.includes(`"${key}"`));
const contextKeys = (expression: string): string[] => [...expression.matchAll(/[A-Za-z_][\w.-]*/g)].map((m) => m[0]).filter((k) => k.startsWith('rong.'));

/** VS Code's walkthrough completion events (gettingStartedService.ts): type, then what it names. */
function eventProblem(event: string): string | undefined {
  const m = /^(onCommand|onView|onSettingChanged|onContext|onLink|extensionInstalled|onExtensionInstalled|onStepSelected|stepSelected):?(.*)$/.exec(event);
  if (!m) return 'is not a completion event VS Code knows';
  const [, type, arg] = m;
  switch (type) {
    case 'onCommand': return commands.has(arg.replace(/^toSide:/, '')) ? undefined : 'names a command package.json does not contribute';
    case 'onView': return views.has(arg) ? undefined : 'names a view package.json does not contribute';
    case 'onSettingChanged': return settings.has(arg) ? undefined : 'names a setting package.json does not contribute';
    case 'onContext': {
      const keys = contextKeys(arg);
      if (keys.length === 0) return 'tests no context key of this extension';
      return keys.every(setsContextKey) ? undefined : 'tests a context key src never sets';
    }
    case 'onLink': return /^https:\/\//.test(arg) ? undefined : 'is not an https link';
    default: return undefined;
  }
}

describe('walkthrough (package.json contributes.walkthroughs)', () => {
  it('has steps, each with a title, a description and an existing markdown in English and Chinese', () => {
    assert.ok(steps.length >= 4);
    for (const step of steps) {
      for (const lang of ['en', 'zh'] as const) {
        assert.doesNotMatch(localized(step.title, lang), /<missing/, `${step.id} title (${lang})`);
        assert.doesNotMatch(localized(step.description, lang), /<missing/, `${step.id} description (${lang})`);
        const md = localized(step.media.markdown ?? '', lang);
        assert.ok(md && existsSync(join(root, md)), `${step.id}: markdown ${md} (${lang})`);
      }
    }
  });

  it('every completion event is valid and names a contributed command, view or setting, or a context key src sets', () => {
    const problems = steps.flatMap((s) => (s.completionEvents ?? []).map((e) => [s.id, e, eventProblem(e)]).filter(([, , p]) => p));
    assert.deepEqual(problems, []);
    assert.ok(steps.every((s) => (s.completionEvents ?? []).length > 0), 'each step names its events (an empty list completes on its links only)');
  });

  it('every command a step links to is contributed, in both languages', () => {
    for (const step of steps) {
      for (const lang of ['en', 'zh'] as const) {
        for (const m of localized(step.description, lang).matchAll(/\(command:([\w.]+)/g)) assert.ok(commands.has(m[1]), `${step.id} (${lang}) links to ${m[1]}`);
      }
    }
  });

  it('step 1 offers "Start Local Sandbox" only while no sandbox runs; another step says it runs', () => {
    const offersStart = steps.filter((s) => /command:rong\.startSandbox/.test(localized(s.description, 'en') + localized(s.description, 'zh')));
    assert.ok(offersStart.length > 0);
    for (const step of offersStart) assert.equal(step.when, '!rong.sandboxRunning', `${step.id} offers to start a sandbox`);
    assert.equal(steps[0].when, '!rong.sandboxRunning');
    const running = steps.filter((s) => s.when === 'rong.sandboxRunning');
    assert.equal(running.length, 1, 'one step for a running sandbox');
    assert.ok(running[0].completionEvents?.includes('onContext:rong.sandboxRunning'));
    assert.ok(setsContextKey('rong.sandboxRunning'), 'src sets the rong.sandboxRunning context key');
    for (const step of steps) if (step.when) assert.ok(contextKeys(step.when).every(setsContextKey), `${step.id}: when ${step.when}`);
  });
});
