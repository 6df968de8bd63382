import type { MigrationArea } from './types.ts';
import { bundleMigrations } from './bundle.ts';
import { bundleCheckMigrations } from './bundleCheck.ts';
import { deadlinesMigrations } from './deadlines.ts';
import { evidenceMigrations } from './evidence.ts';
import { vaultMigrations } from './vault.ts';

/** Every area's migrations, applied in this order on open. Add new areas at the end. */
export const migrationAreas: MigrationArea[] = [vaultMigrations, bundleMigrations, deadlinesMigrations, evidenceMigrations, bundleCheckMigrations];
