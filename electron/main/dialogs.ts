import { app, BrowserWindow, dialog, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { basename, extname, join } from 'node:path';

/** What Casebook can import (electron/core/importers/detect.ts decides from the bytes, not the name). */
const IMPORTABLE = ['pdf', 'docx', 'eml', 'png', 'jpg', 'jpeg', 'tif', 'tiff', 'heic', 'webp', 'gif', 'bmp'];

async function open(options: OpenDialogOptions): Promise<string[]> {
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

/** The system folder picker, worded for what the folder is for. Null when the user cancels. */
export async function chooseFolder(purpose: 'new-case' | 'open-case'): Promise<string | null> {
  const [dir] = await open(
    purpose === 'new-case'
      ? {
          title: 'Choose an empty folder for the new case',
          buttonLabel: 'Use this folder',
          properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
        }
      : { title: 'Open a case folder', buttonLabel: 'Open case', properties: ['openDirectory'] },
  );
  return dir ?? null;
}

/** The system file picker for imports; empty when the user cancels. */
export function chooseFiles(): Promise<string[]> {
  return open({
    title: 'Choose documents to import',
    buttonLabel: 'Import',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Documents, scans and emails', extensions: IMPORTABLE },
      // The importer explains clearly why a file it cannot read was rejected: let people try.
      { name: 'All files', extensions: ['*'] },
    ],
  });
}

/** The system save dialog, filtered to the suggested file's type. Null when the user cancels. */
export async function chooseSaveFile(suggestedName: string, title?: string): Promise<string | null> {
  const ext = extname(suggestedName).slice(1).toLowerCase();
  const options: SaveDialogOptions = {
    title: title ?? 'Save',
    defaultPath: join(app.getPath('documents'), basename(suggestedName)),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
    ...(ext ? { filters: [{ name: `${ext.toUpperCase()} file`, extensions: [ext] }] } : {}),
  };
  const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
