/** Types for scripts/electronApp.mjs (used by the tests). */
export const APP_DIR: string;
export class StartError extends Error {}
export function electronVersion(): string;
export function electronBinary(): string;
export function electronAbi(): string;
export function nativeAbi(nodeFile: string): string | undefined;
export function stageApp(options?: { log?: (line: string) => void }): void;
export function ensureSqliteForElectron(options?: { log?: (line: string) => void }): Promise<void>;
