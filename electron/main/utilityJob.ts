import { utilityProcess } from 'electron';
import type { JobChild, ToJob } from './jobHost.ts';

/**
 * A job process as an Electron utilityProcess: a separate Node process with Electron's ABI (the
 * same better-sqlite3 build as main), full asar support, and a crash in pdf.js or OCR over a
 * hostile file cannot take the window down with it.
 */
export function spawnUtilityJob(script: string): JobChild {
  const child = utilityProcess.fork(script, [], { serviceName: 'Casebook job', stdio: 'inherit' });
  const queued: ToJob[] = [];
  let spawned = false;
  child.once('spawn', () => {
    spawned = true;
    for (const m of queued.splice(0)) child.postMessage(m);
  });
  return {
    post: (m) => (spawned ? child.postMessage(m) : queued.push(m)),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.once('exit', listener),
    kill: () => {
      child.kill();
    },
  };
}
