// Every integration suite: test/integration/*.test.ts, in name order. The build writes this module's
// imports from that glob (scripts/integrationSuites.mjs), so a new suite runs without editing a list.
export {};
