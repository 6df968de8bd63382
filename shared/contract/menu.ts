import { z } from 'zod';

/**
 * What the native menu (and the shell at start-up) asks the renderer to do. Menus live in the
 * main process, screens in the renderer: these commands are the only way between them.
 */
export const MenuCommand = z.discriminatedUnion('command', [
  /** File › New case… : show the new-case screen. */
  z.object({ command: z.literal('new-case') }),
  /** File › Open case… (after the folder dialog), File › Recent cases, and the last case at start-up. */
  z.object({ command: z.literal('open-case'), caseDir: z.string().min(1) }),
  /** File › Import documents… : import into the open case (the renderer knows which case is open). */
  z.object({ command: z.literal('import-documents') }),
  /** Help › Using Casebook. */
  z.object({ command: z.literal('show-help') }),
]);
export type MenuCommand = z.infer<typeof MenuCommand>;

/** The IPC channel main sends MenuCommands on (see BRIDGE_CHANNELS for the others). */
export const MENU_CHANNEL = 'casebook:menu-command';

declare module './bridge.ts' {
  interface CasebookBridge {
    /**
     * Listen to menu commands; returns the unsubscribe function. Only the desktop shell has
     * menus, so other hosts (the E2E harness, a browser) may leave it out. Commands sent before
     * the first listener subscribed (the last case, at start-up) are delivered to it.
     */
    onMenuCommand?(listener: (command: MenuCommand) => void): () => void;
  }
}
