/**
 * The selected history entry's response: the outcome, the success body in the endpoint's own
 * terms (values, lists, tables from `endpoint.success`), the code's meaning otherwise, attempts,
 * headers, body and the request sent.
 */
import type { HistoryEntry, ResponseView, Strings } from '../../src/playground/protocol';
import { successParts, type SuccessCell, type SuccessPart } from '../../src/playground/successModel';
import { dateTimeText, serviceDateTimeText } from '../../src/playground/timeText';
import { button, table } from '../controls';
import { append, fill, h, replaceChildren } from '../dom';
import { post } from '../host';
import { subscribe, type State } from '../store';
import { requestLines } from './preview';

export function buildResponse({ t }: State): HTMLElement {
  const container = h('div', { id: 'response', class: 'response', 'aria-live': 'polite' });
  subscribe(['history'], (state) => render(container, state));
  return h('div', {}, h('h2', {}, t.response), container);
}

function cellNode(t: Strings, cell: SuccessCell): Node {
  switch (cell.format) {
    case 'datetime':
      return document.createTextNode(serviceDateTimeText(cell.text));
    case 'onlineStatus':
      return h('span', { class: cell.text === '1' ? 'status-online' : 'status-offline' }, cell.text === '1' ? t.online : cell.text === '0' ? t.offline : cell.text);
    case 'token':
    case 'uri':
      return h('code', { class: 'mono' }, cell.text);
    case 'text':
      return document.createTextNode(cell.text);
    default: {
      const never: never = cell.format;
      return document.createTextNode(String(never));
    }
  }
}

function successNode(t: Strings, part: SuccessPart): Node[] {
  switch (part.kind) {
    case 'value':
      return [h('dt', {}, part.label), h('dd', { 'data-success': part.name }, cellNode(t, part.cell))];
    case 'list':
      return [
        h('dt', {}, part.label),
        h('dd', { 'data-success': part.name }, part.items.length === 0 ? t.empty : h('ul', { class: 'success-list' }, ...part.items.map((x) => h('li', {}, x)))),
      ];
    case 'table':
      return [
        h('dt', {}, part.label),
        h('dd', { 'data-success': part.name }, part.rows.length === 0 ? t.empty : table(part.head, part.rows.map((r) => r.map((c) => cellNode(t, c))), part.label, `success-${part.name}`)),
      ];
    default: {
      const never: never = part;
      return [String(never)].map((x) => document.createTextNode(x));
    }
  }
}

function facts({ t, locale, specs }: State, entry: HistoryEntry, r: ResponseView): HTMLElement {
  const dl = h('dl', { class: 'facts' });
  const fact = (label: string, ...value: Array<Node | string>) => append(dl, h('dt', {}, label), h('dd', {}, ...value));
  if (r.httpStatus !== undefined) fact(t.httpStatus, String(r.httpStatus));
  if (r.code !== undefined) fact(t.code, h('span', { id: 'response-code' }, `${r.code}${r.meaning ? ` · ${r.meaning}` : ''}`));
  // The host sends the record of every history entry's endpoint with the entry.
  const endpoint = specs[entry.form.endpointId];
  const parts = r.ok && endpoint ? successParts(endpoint, r.bodyText, locale) : [];
  for (const part of parts) {
    if (part.kind === 'value' && part.cell.format === 'token' && r.token) continue; // shown below with its actions
    append(dl, ...successNode(t, part));
  }
  if (r.token) {
    fact(
      t.token,
      h('code', { id: 'token', class: 'mono token' }, r.token),
      h('span', { class: 'inline-actions' }, button(t.copyToken, () => post({ type: 'copyToken', entryId: entry.id }), true, 'copy-token')),
      r.expiresAt ? h('span', { class: 'hint' }, fill(t.expires, { time: dateTimeText(r.expiresAt) })) : '',
    );
  }
  if (r.userId && !parts.some((p) => p.name === 'userId')) fact(t.userId, r.userId);
  if (r.nonce !== undefined) fact(t.signing, h('span', { id: 'used-values' }, fill(t.usedValues, { nonce: r.nonce, timestamp: r.timestamp ?? '' })), h('br'), h('code', { class: 'mono' }, r.signature ?? ''));
  fact(t.timing, `${r.totalMs} ms`);
  return dl;
}

function attempts(t: Strings, r: ResponseView): Node[] {
  if (r.attempts.length <= 1) return [];
  return [
    h('h3', {}, t.attempts),
    table(
      ['#', t.attemptHost, t.attemptResult, t.timing],
      r.attempts.map((a, i) => [
        String(i + 1),
        a.host,
        [a.status !== undefined ? `HTTP ${a.status}` : '', a.code !== undefined ? `code ${a.code}` : '', a.error ?? ''].filter(Boolean).join(' · '),
        `${a.ms} ms${a.waitedMs > 0 ? ` (${fill(t.waited, { ms: a.waitedMs })})` : ''}`,
      ]),
      t.attempts,
    ),
  ];
}

function render(container: HTMLElement, state: State): void {
  const { t, history, selectedId } = state;
  const entry = history.find((e) => e.id === selectedId) ?? history[0];
  if (!entry) return replaceChildren(container, h('p', { class: 'hint' }, t.noResponse));
  const r = entry.response;
  const when = h('p', { class: 'hint' }, `${dateTimeText(entry.at)} · ${entry.host} · ${entry.form.profile}`);
  if (!r) {
    return replaceChildren(container, h('div', { class: 'outcome fail', id: 'outcome' }, t.notSent), h('p', { class: 'error', id: 'send-error' }, entry.error ?? ''), when);
  }
  const headline = [r.httpStatus !== undefined ? `HTTP ${r.httpStatus}` : undefined, r.outcome === 'cancelled' ? t.cancelled : r.summary, `${r.totalMs} ms`]
    .filter(Boolean)
    .join(' · ');
  replaceChildren(
    container,
    h('div', { class: `outcome ${r.ok ? 'ok' : 'fail'}`, id: 'outcome' }, headline),
    r.nextStep ? h('p', { class: 'next-step' }, r.nextStep) : undefined,
    when,
    facts(state, entry, r),
    ...attempts(t, r),
    h('details', {}, h('summary', {}, t.responseHeaders), table(['', ''], r.responseHeaders.map(([k, v]) => [k, v]), t.responseHeaders)),
    h('details', { open: true }, h('summary', {}, t.body), h('pre', { class: 'code', tabindex: 0, 'aria-label': t.body, id: 'response-body' }, `${r.bodyText ?? ''}${r.bodyTruncated ? '\n…' : ''}`)),
    h('details', {}, h('summary', {}, t.sentRequest), h('pre', { class: 'code', tabindex: 0, 'aria-label': t.sentRequest }, requestLines(r.request))),
  );
}
