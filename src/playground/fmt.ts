/** Fills `{0}`, `{1}` … in a translated string: the one filler of the playground (host models and webview). */
export function fmt(template: string, ...args: Array<string | number>): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}
