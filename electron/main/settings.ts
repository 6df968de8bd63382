import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The shell's own settings, a small JSON file in app.getPath('userData'). Recent cases are the
 * core's business (electron/core/api/recentCases.ts, same folder); this file only holds how the
 * window looked and whether to reopen the last case.
 */
export const SETTINGS_FILE = 'settings.json';

const Bounds = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20_000),
  height: z.number().int().min(300).max(20_000),
});
export type Bounds = z.infer<typeof Bounds>;

export const Settings = z.object({
  window: Bounds.extend({ maximized: z.boolean() }),
  reopenLastCase: z.boolean(),
});
export type Settings = z.infer<typeof Settings>;

/** Fits a 1280×800 laptop screen with room for the taskbar. */
export const DEFAULT_SETTINGS: Settings = {
  window: { width: 1200, height: 780, maximized: false },
  reopenLastCase: true,
};

export function loadSettings(dir: string): Settings {
  try {
    const parsed = Settings.safeParse(JSON.parse(readFileSync(join(dir, SETTINGS_FILE), 'utf8')));
    // A damaged or old settings file is not worth an error message: start with the defaults.
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** Written to a temporary name then renamed, so a crash never leaves half a file. */
export function saveSettings(dir: string, settings: Settings): void {
  const checked = Settings.parse(settings);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `${SETTINGS_FILE}.tmp`);
  writeFileSync(tmp, JSON.stringify(checked, null, 2));
  renameSync(tmp, join(dir, SETTINGS_FILE));
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The saved window, moved back on screen: a window saved on a monitor that has since been
 * unplugged would otherwise open where nobody can see it. Keeps the position only if most of the
 * title bar lands on one of the displays; shrinks a window larger than every display.
 */
export function fitBounds(saved: Bounds, workAreas: Area[]): Bounds {
  const largest = workAreas.reduce<Area | undefined>(
    (a, b) => (!a || b.width * b.height > a.width * a.height ? b : a),
    undefined,
  );
  const width = largest ? Math.min(saved.width, largest.width) : saved.width;
  const height = largest ? Math.min(saved.height, largest.height) : saved.height;
  if (saved.x === undefined || saved.y === undefined) return { width, height };
  const { x, y } = saved;
  const titleBarVisible = workAreas.some(
    (a) => y >= a.y && y + 40 <= a.y + a.height && x + width / 2 >= a.x && x + width / 2 <= a.x + a.width,
  );
  return titleBarVisible ? { x, y, width, height } : { width, height };
}
