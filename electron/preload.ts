/**
 * The preload: the only bridge between the sandboxed renderer and the app. It exposes exactly one
 * object, window.casebook (shared/contract/bridge.ts), and nothing of Node or Electron.
 * Built as one CommonJS file (scripts/build-electron.mjs): sandboxed preloads cannot load ES
 * modules or require anything but 'electron'.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { BRIDGE_CHANNELS } from '../shared/contract/bridge.ts';
import { callNames, contract } from '../shared/contract/index.ts';
import { createBridge } from './preload/createBridge.ts';

const jobNames = callNames.filter((n) => (contract[n] as { job?: boolean }).job === true);

const bridge = createBridge(
  {
    invoke: (channel, ...args) => ipcRenderer.invoke(channel, ...args),
    on: (channel, listener) => {
      // The IpcRendererEvent (which can reach the sender) is dropped here, never handed on.
      const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => {
        ipcRenderer.removeListener(channel, wrapped);
      };
    },
    // File.path is gone since Electron 32; webUtils gives the dropped file's path, which main
    // trades for a token: the page only ever holds tokens for files the user gave it.
    pathForFile: (file) => {
      const path = webUtils.getPathForFile(file);
      return path ? String(ipcRenderer.sendSync(BRIDGE_CHANNELS.tokenForDrop, path) ?? '') : '';
    },
  },
  { callNames, jobNames },
);

contextBridge.exposeInMainWorld('casebook', bridge);
