/**
 * Entry point the extension host calls (extensionTestsPath): runs the mocha suites inside the real
 * VS Code extension host, exactly as @vscode/test-electron would.
 */
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  // The suites are bundled into this file: expose mocha's globals before they load.
  mocha.suite.emit('pre-require', globalThis, 'integration', mocha);
  // RONG_INTEGRATION_SUITE=activation runs only the activation probe (npm run bench).
  /* eslint-disable @typescript-eslint/no-require-imports -- the suites must load after pre-require */
  if (process.env.RONG_INTEGRATION_SUITE === 'activation') require('./activationProbe');
  else require('./suites');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      console.log(`integration: ${mocha.suite.total()} tests, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} integration tests failed`));
      else resolve();
    });
  });
}
