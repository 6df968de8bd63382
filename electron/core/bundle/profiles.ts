import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BundleProfile } from '../../../shared/bundle.ts';
import { fail, ok, type Result } from '../../../shared/result.ts';
import type { CaseStore } from '../store/caseStore.ts';
import { listUserProfiles, saveUserProfile } from '../store/bundle.ts';

/** Profiles shipped with the app, as JSON data citing their source (PD 1/2025). */
const BUILT_IN_FILES = ['pd-2025-send.json'];
export const DEFAULT_PROFILE_ID = 'pd-2025-send';

let builtIns: BundleProfile[] | undefined;

export function builtInProfiles(): BundleProfile[] {
  return (builtIns ??= BUILT_IN_FILES.map((f) =>
    BundleProfile.parse(JSON.parse(readFileSync(join(import.meta.dirname, 'profiles', f), 'utf8'))),
  ));
}

/** Shipped profiles, then the user's own; a user profile with a shipped id replaces it (an edit). */
export function listProfiles(store?: CaseStore): BundleProfile[] {
  const byId = new Map(builtInProfiles().map((p) => [p.id, p]));
  for (const raw of store ? listUserProfiles(store) : []) {
    const parsed = BundleProfile.safeParse(raw);
    if (parsed.success) byId.set(parsed.data.id, parsed.data);
  }
  return [...byId.values()];
}

export function getProfile(store: CaseStore | undefined, id = DEFAULT_PROFILE_ID): Result<BundleProfile> {
  const found = listProfiles(store).find((p) => p.id === id);
  if (!found) {
    const names = listProfiles(store)
      .map((p) => p.id)
      .join(', ');
    return fail('no-such-profile', `There is no bundle profile called "${id}". Profiles in this case: ${names}.`);
  }
  return ok(found);
}

/** Checks a profile's internal consistency beyond its schema (letters unique, references exist). */
export function checkProfile(p: BundleProfile): string[] {
  const problems: string[] = [];
  const letters = p.sections.map((s) => s.letter);
  if (new Set(letters).size !== letters.length) problems.push('Two sections share a letter.');
  if (!letters.includes(p.defaultSection))
    problems.push(`The default section ${p.defaultSection} is not one of the sections.`);
  for (const pack of p.packs) {
    for (const s of pack.sections)
      if (!letters.includes(s)) problems.push(`Pack "${pack.id}" names section ${s}, which does not exist.`);
  }
  for (const r of p.documentRules) {
    for (const pat of [r.titlePattern, r.notTitlePattern, r.summaryPattern]) {
      if (pat === undefined) continue;
      try {
        new RegExp(pat, 'im');
      } catch {
        problems.push(`Rule "${r.id}" has a pattern that is not valid: ${pat}`);
      }
    }
  }
  return problems;
}

/** Saves a new or edited profile in the case after validating it. */
export function saveProfile(store: CaseStore, raw: unknown): Result<BundleProfile> {
  const parsed = BundleProfile.safeParse(raw);
  if (!parsed.success)
    return fail(
      'bad-profile',
      `This profile is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  const problems = checkProfile(parsed.data);
  if (problems.length) return fail('bad-profile', problems.join(' '));
  saveUserProfile(store, parsed.data.id, parsed.data);
  return ok(parsed.data);
}

/** Copies a profile under a new id and name, for a solicitor to adapt to their directions. */
export function duplicateProfile(
  store: CaseStore,
  fromId: string,
  newId: string,
  newName?: string,
): Result<BundleProfile> {
  const from = getProfile(store, fromId);
  if (!from.ok) return from;
  if (listProfiles(store).some((p) => p.id === newId))
    return fail('profile-exists', `A profile called "${newId}" already exists.`);
  return saveProfile(store, { ...from.value, id: newId, name: newName ?? `${from.value.name} (copy)` });
}
