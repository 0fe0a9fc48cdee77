// What scripts/start.mjs needs besides building and spawning, apart so that a unit test can drive it
// (test/unit/startSupport.test.ts): a busy port named before anything starts, and a stop that ends
// code-server and every process it started.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { constants } from 'node:os';

/** Whether something already listens on host:port (a listen that fails with EADDRINUSE). */
export function portInUse(port, host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', (err) => (err.code === 'EADDRINUSE' || err.code === 'EACCES' ? resolve(true) : reject(err)));
    server.listen(port, host, () => server.close(() => resolve(false)));
  });
}

/** The first free port after `port` (at most 100 tried), else one the system picks. */
export async function freePortAfter(port, host = '127.0.0.1') {
  for (let p = port + 1; p <= Math.min(port + 100, 65535); p++) if (!(await portInUse(p, host))) return p;
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const { port: free } = server.address();
      server.close(() => resolve(free));
    });
  });
}

export const portInUseMessage = (port, free) => `port ${port} is in use; try --port ${free}`;

/**
 * Spawns `command` as the leader of its own process group, so that a stop reaches every process it
 * starts (code-server's wrapper, its server, the extension hosts), not only the first.
 */
export function spawnGroup(command, args, options = {}) {
  return spawn(command, args, { ...options, detached: process.platform !== 'win32' });
}

/**
 * SIGINT and SIGTERM to this process go to the child's whole group; resolves with the exit code once
 * the child has exited (after graceMs, the group is killed). Returns the promise of that code.
 */
export function forwardSignals(child, { graceMs = 10_000, target = process } = {}) {
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? 128 + (constants.signals[signal] ?? 0))));
  const signalGroup = (signal) => {
    try {
      process.kill(process.platform === 'win32' ? child.pid : -child.pid, signal);
    } catch (err) {
      if (err.code !== 'ESRCH') throw err;
    }
  };
  const onSignal = (signal) => {
    signalGroup(signal);
    setTimeout(() => signalGroup('SIGKILL'), graceMs).unref();
  };
  for (const s of ['SIGINT', 'SIGTERM']) target.on(s, onSignal);
  // The group outlives its leader when the leader exits first: end the rest too.
  return exited.then((code) => {
    signalGroup('SIGTERM');
    for (const s of ['SIGINT', 'SIGTERM']) target.off(s, onSignal);
    return code;
  });
}
