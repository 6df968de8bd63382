import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { embed, textHash } from '../../electron/core/evidence/embedder.ts';
import { initCase, openCase, type CaseStore } from '../../electron/core/store/caseStore.ts';
import { deleteDocument, insertDocument } from '../../electron/core/store/documents.ts';
import { purge } from '../../electron/core/store/purge.ts';
import { storedVectors } from '../../electron/core/store/vectors.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function newCase(): { store: CaseStore; dir: string } {
  const dir = join(mkdtempSync(join(tmpdir(), 'casebook-vectors-')), 'case');
  dirs.push(dir);
  const made = initCase(dir, { childName: 'Test Child' });
  if (!made.ok) throw new Error(made.message);
  return { store: made.value, dir };
}

describe('sentence vectors kept with the case', () => {
  it('reads back a kept vector after the case is closed and opened again', () => {
    const { store, dir } = newCase();
    const v = Float32Array.from([0.6, 0.8, 0]);
    storedVectors(store).put([[textHash('weekly sessions with a physiotherapist'), v]]);
    store.close();
    const again = openCase(dir);
    if (!again.ok) throw new Error(again.message);
    const got = storedVectors(again.value).get([
      textHash('weekly sessions with a physiotherapist'),
      textHash('something never embedded'),
    ]);
    again.value.close();
    expect([...got.get(textHash('weekly sessions with a physiotherapist'))!]).toEqual([...v]);
    expect(got.size).toBe(1);
  });

  it('uses a kept vector instead of running the model for that text', async () => {
    const { store } = newCase();
    // No encoder makes this vector: getting it back shows the kept one was used.
    const marker = Float32Array.from([1, 0, 0, 0]);
    const text = 'a laptop with speech-to-text software in every lesson';
    storedVectors(store).put([[textHash(text), marker]]);
    const [v] = await embed([text], storedVectors(store));
    store.close();
    expect([...v!]).toEqual([1, 0, 0, 0]);
  });

  it('forgets every kept vector when a document is purged, so nothing read from it stays', () => {
    const { store } = newCase();
    const id = insertDocument(store, {
      fileName: 'note.pdf',
      sourceType: 'pdf',
      kind: 'report',
      title: 'Note',
      original: new TextEncoder().encode('Weekly swimming lessons.'),
      pages: [{ text: 'Weekly swimming lessons.', ocr: false }],
    });
    storedVectors(store).put([[textHash('Weekly swimming lessons.'), Float32Array.from([1, 0])]]);
    deleteDocument(store, id);
    purge(store, [id]);
    const left = storedVectors(store).get([textHash('Weekly swimming lessons.')]);
    store.close();
    expect(left.size).toBe(0);
  });
});
