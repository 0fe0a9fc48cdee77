/**
 * `??` assertions in httpyac's syntax (`?? status == 200`, `?? body code == 200`,
 * `?? header content-type includes json`, `?? duration < 500`): parsing one line and evaluating
 * a block's assertions against a response. Pure TypeScript; `js` subjects are refused, we never
 * run JavaScript from a file.
 */
export * from './syntax';
export { evaluateAssertions, type AssertionInput, type AssertionResult } from './evaluate';
