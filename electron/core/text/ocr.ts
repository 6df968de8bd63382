import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createWorker, OEM, PSM, type Worker } from 'tesseract.js';

/** Something read, with its box in image pixels (origin top-left). */
interface OcrBox {
  text: string;
  confidence: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One recognised word, for text layers. */
export interface OcrWord extends OcrBox {
  /** The top and bottom of the printed line the word is on, so a slanted scan's lines stay whole. */
  lineY0: number;
  lineY1: number;
}

/** One printed line as read. */
export type OcrLine = OcrBox;

export interface OcrPage {
  text: string;
  /** Mean confidence 0–100 as Tesseract reports it. */
  confidence: number;
  words: OcrWord[];
  lines: OcrLine[];
}

export interface RecogniseOptions {
  /** Find isolated bits of text (a page label alone in a margin) that page layout analysis drops. */
  sparse?: boolean;
  /**
   * Read only these characters. A page label is capitals and digits; told so, the LSTM model
   * stops reading "A11" as "All" or "A4" as "Ad" (tesseract 4.1+ honours the whitelist in LSTM).
   */
  only?: string;
}

/** Offline OCR. One worker per engine, created on first use and reused for every page. */
export interface OcrEngine {
  recognise(image: Uint8Array, opts?: RecogniseOptions): Promise<OcrPage>;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);

/**
 * The English model ships in an npm package. Passing its folder as langPath with cacheMethod
 * 'none' keeps tesseract.js from fetching from a CDN, which offline is an uncatchable crash
 * (../shared/STACK.md).
 */
export function englishModelDir(): string {
  return join(dirname(require.resolve('@tesseract.js-data/eng/package.json')), '4.0.0_best_int');
}

/**
 * `dpi`: the resolution images are rendered at, when the caller knows it. Without it Tesseract
 * estimates it per image and prints "Estimating resolution as …" on the console.
 */
export function createOcrEngine(opts: { dpi?: number } = {}): OcrEngine {
  let worker: Promise<Worker> | undefined;
  const get = () =>
    (worker ??= createWorker('eng', OEM.LSTM_ONLY, {
      langPath: englishModelDir(),
      gzip: true,
      cacheMethod: 'none',
      // Without a handler, a job Tesseract cannot read is thrown inside tesseract.js's worker
      // plumbing and ends the whole process; with one, recognize() rejects and the file is rejected.
      errorHandler: () => undefined,
    }).then(async (w) => {
      if (opts.dpi) await w.setParameters({ user_defined_dpi: String(opts.dpi) });
      return w;
    }));
  return {
    async recognise(image, how = {}) {
      const w = await get();
      const changed = {
        ...(how.sparse ? { tessedit_pageseg_mode: PSM.SPARSE_TEXT } : {}),
        ...(how.only ? { tessedit_char_whitelist: how.only } : {}),
      };
      const changes = Object.keys(changed).length > 0;
      if (changes) await w.setParameters(changed);
      const { data } = await w.recognize(Buffer.from(image), {}, { text: true, blocks: true }).finally(() =>
        changes
          ? w.setParameters({
              ...(how.sparse ? { tessedit_pageseg_mode: PSM.AUTO } : {}),
              ...(how.only ? { tessedit_char_whitelist: '' } : {}),
            })
          : undefined,
      );
      const words: OcrWord[] = [];
      const lines: OcrLine[] = [];
      for (const block of data.blocks ?? []) {
        for (const para of block.paragraphs) {
          for (const line of para.lines) {
            lines.push({ text: line.text, confidence: line.confidence, ...line.bbox });
            for (const word of line.words) {
              words.push({
                text: word.text,
                confidence: word.confidence,
                ...word.bbox,
                lineY0: line.bbox.y0,
                lineY1: line.bbox.y1,
              });
            }
          }
        }
      }
      return { text: data.text, confidence: data.confidence, words, lines };
    },
    async close() {
      if (!worker) return;
      const w = await worker;
      worker = undefined;
      await w.terminate();
    },
  };
}
