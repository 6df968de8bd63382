import { ipcMain } from 'electron';
import { BRIDGE_CHANNELS } from '../../shared/contract/bridge.ts';
import type { IpcHandlers } from './ipcHandlers.ts';

/**
 * Registers the bridge's handlers (ipcHandlers.ts) with ipcMain. The sender is the frame's URL,
 * which the handlers check: a frame showing anything but the app (which the navigation rules
 * already prevent) gets nothing.
 */
export function registerIpc(handlers: IpcHandlers): () => void {
  ipcMain.handle(BRIDGE_CHANNELS.call, (event, name: unknown, input: unknown) =>
    handlers.call(event.senderFrame?.url, name, input),
  );
  ipcMain.handle(BRIDGE_CHANNELS.startJob, (event, name: unknown, input: unknown) =>
    handlers.startJob(event.senderFrame?.url, name, input),
  );
  ipcMain.handle(BRIDGE_CHANNELS.cancelJob, (event, jobId: unknown) =>
    handlers.cancelJob(event.senderFrame?.url, jobId),
  );
  const onDrop = (event: Electron.IpcMainEvent, path: unknown) => {
    event.returnValue = handlers.tokenForDrop(event.senderFrame?.url, path);
  };
  ipcMain.on(BRIDGE_CHANNELS.tokenForDrop, onDrop);
  return () => {
    for (const channel of [BRIDGE_CHANNELS.call, BRIDGE_CHANNELS.startJob, BRIDGE_CHANNELS.cancelJob])
      ipcMain.removeHandler(channel);
    ipcMain.off(BRIDGE_CHANNELS.tokenForDrop, onDrop);
  };
}
