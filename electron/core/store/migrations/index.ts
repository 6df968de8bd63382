import type { Migration, MigrationArea, SequencedMigration } from './types.ts';
import { bundleMigrations } from './bundle.ts';
import { bundleCheckTables, leftOutIsNotForTribunal } from './bundleCheck.ts';
import { bundleVersionInputs } from './bundleInputs.ts';
import { dismissedEmailEntries } from './correspondence.ts';
import { deadlinesMigrations } from './deadlines.ts';
import { documentLinks, estimatedPageCounts } from './documents.ts';
import { decisionRecommendationText, embeddingVectors, evidenceMigrations } from './evidence.ts';
import { papersTables } from './papers.ts';
import { vaultMigrations } from './vault.ts';

const fromArea = (area: MigrationArea, version: number): Omit<SequencedMigration, 'version'> => {
  const step = area.steps.find((s) => s.version === version)!;
  return { description: step.description, up: step.up, legacy: { area: area.area, version } };
};

/**
 * Every schema change, in the order a case file runs them; the position is the version number.
 * Append new steps at the end, never in between.
 */
export const migrations: SequencedMigration[] = [
  fromArea(vaultMigrations, 1),
  fromArea(bundleMigrations, 1),
  fromArea(deadlinesMigrations, 1),
  fromArea(evidenceMigrations, 1),
  dismissedEmailEntries,
  documentLinks,
  estimatedPageCounts,
  bundleVersionInputs,
  decisionRecommendationText,
  papersTables,
  bundleCheckTables,
  embeddingVectors,
  leftOutIsNotForTribunal,
].map((m: Omit<Migration, 'version'>, i) => ({ ...m, version: i + 1 }));

/** The schema version this build of Casebook writes. */
export const SCHEMA_VERSION = migrations.length;
