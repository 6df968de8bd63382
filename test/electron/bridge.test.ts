import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRIDGE_CHANNELS, type JobEvent } from '../../shared/contract/bridge.ts';
import { callNames, contract } from '../../shared/contract/index.ts';
import { MENU_CHANNEL, type MenuCommand } from '../../shared/contract/menu.ts';
import { createBridge, type BridgeTransport } from '../../electron/preload/createBridge.ts';

const jobNames = callNames.filter((n) => (contract[n] as { job?: boolean }).job === true);
const shortNames = callNames.filter((n) => !jobNames.includes(n));

/** An IPC stand-in that records what the bridge sends and lets the test play main's part. */
function recordingTransport(reply: (channel: string, args: unknown[]) => unknown = () => ({ ok: true, value: null })) {
  const sent: { channel: string; args: unknown[] }[] = [];
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const transport: BridgeTransport = {
    invoke: async (channel, ...args) => {
      sent.push({ channel, args });
      return reply(channel, args);
    },
    on: (channel, l) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(l);
      listeners.set(channel, set);
      return () => set.delete(l);
    },
    pathForFile: () => '/home/parent/Downloads/report.pdf',
  };
  const fromMain = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l(payload));
  return { transport, sent, fromMain };
}

describe('window.casebook (the preload bridge)', () => {
  it('has exactly the methods of CasebookBridge plus the menu listener, and nothing else', () => {
    const bridge = createBridge(recordingTransport().transport, { callNames, jobNames });
    expect(Object.keys(bridge).sort()).toEqual([
      'call',
      'cancelJob',
      'onJobEvent',
      'onMenuCommand',
      'pathForFile',
      'startJob',
    ]);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('the contract has at least one short call and one job to route', () => {
    expect(shortNames.length).toBeGreaterThan(0);
    expect(jobNames).toContain('importFiles');
  });

  it.each(shortNames)('forwards the short call %s to main on the call channel', async (name) => {
    const { transport, sent } = recordingTransport();
    const bridge = createBridge(transport, { callNames, jobNames });
    await bridge.call(name as never, { caseDir: '/x' } as never);
    expect(sent).toEqual([{ channel: BRIDGE_CHANNELS.call, args: [name, { caseDir: '/x' }] }]);
  });

  it('refuses a name that is not in the contract without sending anything to main', async () => {
    const { transport, sent } = recordingTransport();
    const bridge = createBridge(transport, { callNames, jobNames });
    const result = await bridge.call('deleteEverything' as never, {} as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    expect(sent).toEqual([]);
  });

  it('starts jobs only with startJob, and never runs a short call as a job', async () => {
    const { transport, sent } = recordingTransport(() => ({ ok: true, value: { jobId: 'j1' } }));
    const bridge = createBridge(transport, { callNames, jobNames });
    expect(await bridge.call('importFiles' as never, {} as never)).toMatchObject({
      ok: false,
      error: { code: 'not-a-call' },
    });
    expect(await bridge.startJob('getCase' as never, {} as never)).toMatchObject({
      ok: false,
      error: { code: 'not-a-job' },
    });
    expect(sent).toEqual([]);
    expect(await bridge.startJob('importFiles', { caseDir: '/c', paths: ['/a.pdf'] })).toEqual({
      ok: true,
      value: { jobId: 'j1' },
    });
    await bridge.cancelJob('j1');
    expect(sent.map((s) => s.channel)).toEqual([BRIDGE_CHANNELS.startJob, BRIDGE_CHANNELS.cancelJob]);
  });

  it('turns a broken IPC link into a failure value, never a rejected promise or a stack trace', async () => {
    const { transport } = recordingTransport(() => {
      throw new Error('Error invoking remote method: at Object.<anonymous> (/secret/path.js:1:1)');
    });
    const result = await createBridge(transport, { callNames, jobNames }).call('getCase', { caseDir: '/c' });
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toMatch(/secret|at Object/);
  });

  it('delivers job events to every listener until it unsubscribes, and drops malformed ones', () => {
    const { transport, fromMain } = recordingTransport();
    const bridge = createBridge(transport, { callNames, jobNames });
    const a: JobEvent[] = [];
    const b: JobEvent[] = [];
    const stopA = bridge.onJobEvent((e) => a.push(e));
    bridge.onJobEvent((e) => b.push(e));
    const progress: JobEvent = {
      jobId: 'j',
      type: 'progress',
      progress: { message: 'Reading page 1 of 2', done: 0.5, total: 1 },
    };
    fromMain(BRIDGE_CHANNELS.jobEvent, progress);
    fromMain(BRIDGE_CHANNELS.jobEvent, { nonsense: true });
    stopA();
    fromMain(BRIDGE_CHANNELS.jobEvent, { jobId: 'j', type: 'done', result: { ok: true, value: [] } });
    expect(a).toEqual([progress]);
    expect(b.map((e) => e.type)).toEqual(['progress', 'done']);
  });

  it('keeps a menu command sent before the renderer listens (the last case at start-up) and hands it over', () => {
    const { transport, fromMain } = recordingTransport();
    const bridge = createBridge(transport, { callNames, jobNames });
    fromMain(MENU_CHANNEL, { command: 'open-case', caseDir: '/cases/Sam' });
    fromMain(MENU_CHANNEL, { command: 'open-case' }); // no folder: ignored
    const got: MenuCommand[] = [];
    bridge.onMenuCommand((c) => got.push(c));
    fromMain(MENU_CHANNEL, { command: 'import-documents' });
    expect(got).toEqual([{ command: 'open-case', caseDir: '/cases/Sam' }, { command: 'import-documents' }]);
  });

  it('gives the dropped file its path through webUtils, or an empty string when it has none', () => {
    const { transport } = recordingTransport();
    expect(createBridge(transport, { callNames, jobNames }).pathForFile({} as File)).toBe(
      '/home/parent/Downloads/report.pdf',
    );
    const throwing = {
      ...transport,
      pathForFile: () => {
        throw new TypeError('not a File');
      },
    };
    expect(createBridge(throwing, { callNames, jobNames }).pathForFile({} as File)).toBe('');
  });

  it('the preload exposes this one object as window.casebook and nothing else', () => {
    const source = readFileSync(join(import.meta.dirname, '../../electron/preload.ts'), 'utf8');
    expect(source.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(source).toMatch(/exposeInMainWorld\('casebook', bridge\)/);
    expect(source).not.toMatch(/exposeInIsolatedWorld|executeInMainWorld/);
  });
});
