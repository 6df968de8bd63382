import type { VectorCache } from '../evidence/embedder.ts';
import type { CaseStore } from './caseStore.ts';

/** The case's kept sentence vectors (evidence_vectors), read and written by text hash. */
export function storedVectors(store: CaseStore): VectorCache {
  return {
    get(hashes) {
      const out = new Map<string, Float32Array>();
      const select = store.db.prepare('SELECT vector FROM evidence_vectors WHERE text_hash = ?').pluck();
      for (const h of hashes) {
        const blob = select.get(h) as Buffer | undefined;
        // A copy, aligned for Float32Array: the blob's own buffer may start at any byte.
        if (blob) out.set(h, new Float32Array(new Uint8Array(blob).buffer));
      }
      return out;
    },
    put(entries) {
      const insert = store.db.prepare('INSERT OR REPLACE INTO evidence_vectors (text_hash, vector) VALUES (?, ?)');
      store.db.transaction(() => {
        for (const [h, v] of entries) insert.run(h, Buffer.from(v.buffer, v.byteOffset, v.byteLength));
      })();
    },
  };
}
