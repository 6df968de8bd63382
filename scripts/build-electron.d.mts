/** Types for scripts/build-electron.mjs, which the tests run to check the real build. */
export const ROOT: string;
export const DIST_ELECTRON: string;
export function buildElectron(options?: { outdir?: string }): Promise<string>;
