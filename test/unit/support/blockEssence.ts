import type { RequestBlock } from '../../../src/core/rongHttp/index';

/** What printing and re-parsing must keep of a request block. */
export const essence = (b: RequestBlock) => ({
  method: b.request?.method?.text,
  target: b.request?.target?.text,
  version: b.request?.version?.text,
  headers: b.headers.map((h) => [h.name, h.value]),
  params: b.params.map((p) => [p.rawName, p.rawValue]),
  profile: b.profile?.value,
  name: b.name,
});
