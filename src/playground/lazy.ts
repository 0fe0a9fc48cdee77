/**
 * Entry of the lazily loaded `playground` bundle (dist/playground.js): the playground host — panels,
 * their HTML shell, signing and sending from the form — loaded through services/bundles.ts on first use.
 */
export { Playground } from './playground';
