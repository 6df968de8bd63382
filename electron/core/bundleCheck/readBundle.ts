import { availableParallelism } from 'node:os';
import { fail, ok, type Result } from '../../../shared/result.ts';
import type { ErrorCode } from '../../../shared/errors.ts';
import { pdfFailure } from '../importers/pdfMessages.ts';
import { pgmRows, type GreyImage } from '../text/greyImage.ts';
import type { ScanJpeg } from '../text/scanImage.ts';
import { createOcrEngine, type OcrEngine } from '../text/ocr.ts';
import { PdfSession } from '../text/pdfWorkerClient.ts';
import { compactLines, findLabel } from './labels.ts';
import {
  band,
  BODY_BANDS,
  BOTTOM_EDGE,
  decodeScan,
  LABEL_CHARACTERS,
  READ_DPI,
  rowsOf,
  TOP_EDGE,
  wholeLines,
} from './scanPage.ts';
import type { OpenedPdf, WorkerFailure } from '../text/pdfWorkerProtocol.ts';

/** One bundle page as read. */
export interface BundlePage {
  /** Text layer, or what OCR read (all of the page, or its bands when `partial`). */
  text: string;
  /** Text near the top and bottom edges, where labels are printed. */
  edgeText: string;
  ocr: boolean;
  partial: boolean;
  /** OCR's mean confidence (0–100) for scanned pages. */
  confidence?: number;
  /** A wholly OCRed page's words in rows across the page, as printed (see `rowsOf`). */
  rows?: string;
}

/** Without a case to settle against, this many words identify a page. */
const MIN_BAND_WORDS = 20;
/** Fewer words than this in half a page: a near-empty page (a signature, a chart), read whole. */
const SPARSE_PAGE_WORDS = 8;

/** Failures where pdf.js found no usable structure, but pdf-lib may still rebuild the file. */
const RESCUABLE = new Set(['pdf-invalid', 'pdf-truncated', 'pdf-unreadable']);

export type OcrMode = 'quick' | 'full';

/**
 * Up to this many scanned pages, every one is read whole unless `quick` is asked for: about half
 * a minute on two cores (~1.2 s of CPU a page, `npm run bench -- bundle-check --full-ocr`), and
 * nothing on a page goes unread. Larger scanned bundles are read quickly, and the report says so.
 */
export const READ_WHOLE_UP_TO = 60;

export interface ReadOptions {
  password?: string;
  /**
   * quick: OCR a scanned page's edges and the top of its body, the rest only when needed; full:
   * every scanned page whole. Unset: full up to READ_WHOLE_UP_TO scanned pages, else quick.
   */
  ocrMode?: OcrMode;
  signal?: AbortSignal;
  onPage?: (done: number, total: number, what: 'text' | 'ocr') => void;
}

const passwordFailure = (code: string) =>
  code === 'pdf-password-needed'
    ? fail(
        'bundle-password-needed',
        'This bundle is locked with a password. The council usually sends the password in a separate email: give it with --password "…" (or type it when the app asks), and Casebook will read the bundle.',
      )
    : fail(
        'bundle-password-wrong',
        'The password given does not open this bundle. Check it against the council’s email (passwords are case-sensitive, and a space copied at the end counts) and try again.',
      );

/** The PDF reader's failures, said of the bundle (the parent is told what to do with the bundle). */
const BUNDLE_CODES: Partial<Record<ErrorCode, ErrorCode>> = {
  'pdf-truncated': 'bundle-truncated',
  'pdf-timeout': 'bundle-timeout',
  'pdf-too-big': 'bundle-too-big',
};

function openFailure(f: WorkerFailure): Result<never> {
  if (f.code === 'pdf-password-needed' || f.code === 'pdf-password-wrong') return passwordFailure(f.code);
  if (f.code === 'cancelled') return fail('cancelled', 'The bundle check was cancelled.');
  const why = pdfFailure(f);
  return fail(
    BUNDLE_CODES[why.code] ?? 'bundle-unreadable',
    why.message.replace(/ add (?:that|the) copy(?: instead)?/, ' check that copy'),
  );
}

/** Checks the bytes are a PDF at all before any reader sees them (a Word file renamed, an email). */
export function notAPdf(bytes: Uint8Array): Result<never> | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return undefined;
  const what = head.startsWith('PK')
    ? 'a Word or zip file'
    : /^(From|Received|Return-Path|MIME-Version):/m.test(head)
      ? 'an email'
      : 'not a PDF';
  return fail(
    'bundle-not-pdf',
    `This file is ${what}, not a PDF, so it cannot be the hearing bundle. Save the bundle itself (a .pdf file) from the council’s email or link, and check that.`,
  );
}

/**
 * Reads a bundle page by page: the text layer where a page has one, OCR where it has none (LA
 * bundles are often scans of printouts; some carry only a label stamped over the scan). OCR runs
 * on as many engines as there are cores, while pdf.js renders the next page.
 */
export class BundleReader {
  private engines: OcrEngine[] = [];
  private rendering: Promise<unknown> = Promise.resolve();
  private settles: ((text: string) => boolean) | undefined;
  private constructor(
    private readonly session: PdfSession,
    readonly opened: OpenedPdf,
    private readonly opts: ReadOptions,
  ) {}

  static async open(bytes: Uint8Array, opts: ReadOptions): Promise<Result<BundleReader>> {
    const bad = notAPdf(bytes);
    if (bad) return bad;
    const session = PdfSession.start(opts.signal ? { signal: opts.signal } : {});
    const onPage = (d: number, t: number) => opts.onPage?.(d, t, 'text');
    let opened = await session.request<OpenedPdf>(
      { op: 'open', bytes, ...(opts.password !== undefined ? { password: opts.password } : {}) },
      onPage,
    );
    if (!opened.ok && RESCUABLE.has(opened.code)) {
      // A download cut short: pdf-lib can often rebuild the pages that arrived (STACK.md).
      const copy = await session.request<Uint8Array>({ op: 'copy', bytes, firstPageText: '' });
      const reopened = copy.ok
        ? await session.request<OpenedPdf>({ op: 'open', bytes: copy.value }, onPage)
        : undefined;
      // Kept only when text came back: a rebuilt shell of empty pages would read as a bundle with nothing in it.
      if (reopened?.ok && reopened.value.pages.some((p) => p.text.trim()))
        opened = { ok: true, value: { ...reopened.value, damaged: true } };
    }
    if (!opened.ok) {
      await session.close();
      return openFailure(opened);
    }
    if (opened.value.numPages === 0) {
      await session.close();
      return fail(
        'bundle-empty',
        'This PDF has no pages. Save the bundle again from the council’s email or link and check the new copy.',
      );
    }
    return ok(new BundleReader(session, opened.value, opts));
  }

  private async render(page: number): Promise<GreyImage | undefined> {
    // One page at a time through the PDF worker; OCR of the previous page runs meanwhile.
    const turn = this.rendering.then(async () => {
      const scan = this.opened.encrypted
        ? undefined
        : await this.session.request<ScanJpeg | null>({ op: 'scan', page: page + 1 });
      const grey = scan?.ok && scan.value ? await decodeScan(scan.value) : undefined;
      return grey
        ? { ok: true as const, value: grey }
        : this.session.request<GreyImage>({ op: 'render', page: page + 1, dpi: READ_DPI, grey: true });
    });
    this.rendering = turn.catch(() => undefined);
    const r = await turn;
    if (r.ok) return r.value;
    if (r.code === 'cancelled') throw new DOMException('The bundle check was cancelled.', 'AbortError');
    return undefined;
  }

  private engine(lane: number): OcrEngine {
    return (this.engines[lane] ??= createOcrEngine({ dpi: READ_DPI }));
  }

  /**
   * The text of a scanned page's edges, where labels are printed: the bottom first (the usual
   * corner), the top only when the bottom has no label. A label alone in a margin is dropped by
   * page layout analysis, so edges are read as sparse text, and only as capitals and digits.
   */
  private async edges(image: GreyImage, ocr: OcrEngine, layer: string): Promise<string> {
    if (findLabel(layer, { ocr: false })) return '';
    const read = async (edge: [number, number]) =>
      compactLines(await ocr.recognise(band(image, edge).pgm, { sparse: true, only: LABEL_CHARACTERS }));
    const bottom = await read(BOTTOM_EDGE);
    if (findLabel(bottom, { ocr: true })) return bottom;
    return `${await read(TOP_EDGE)}\n${bottom}`;
  }

  /** Bands of the body read in turn until the text settles the page; undefined for a near-empty page. */
  private async bands(image: GreyImage, ocr: OcrEngine): Promise<{ text: string; confidence: number } | undefined> {
    const settles =
      this.settles ?? ((t: string) => t.split(/\s+/).filter((w) => /\p{L}{2}/u.test(w)).length >= MIN_BAND_WORDS);
    const read: ReturnType<typeof wholeLines>[] = [];
    for (const rows of BODY_BANDS) {
      const { pgm, rows: height } = band(image, rows);
      read.push(wholeLines(await ocr.recognise(pgm), height));
      const text = read.map((r) => r.text).join('\n');
      const letters = read.reduce((n, r) => n + r.letters, 0);
      const confidence = letters ? read.reduce((n, r) => n + r.confidence * r.letters, 0) / letters : 0;
      if (settles(text)) return { text, confidence };
      if (read.length === BODY_BANDS.length && text.split(/\s+/).length >= SPARSE_PAGE_WORDS)
        return { text, confidence };
    }
    return undefined;
  }

  /** One scanned page: its edges and the body bands that settle it (quick), or all of it. */
  private async ocrPage(page: number, lane: number, full: boolean): Promise<BundlePage> {
    const layer = this.opened.pages[page]!.text;
    const image = await this.render(page);
    if (!image) return { text: layer, edgeText: layer, ocr: false, partial: false };
    const ocr = this.engine(lane);
    const part = full ? undefined : await this.bands(image, ocr);
    if (part) {
      return {
        text: part.text,
        edgeText: `${layer}\n${await this.edges(image, ocr, layer)}`,
        ocr: true,
        partial: true,
        confidence: part.confidence,
      };
    }
    const all = await ocr.recognise(pgmRows(image).pgm);
    return {
      text: all.text.trim(),
      rows: rowsOf(all.words),
      edgeText: `${all.text}\n${layer}\n${await this.edges(image, ocr, layer)}`,
      ocr: true,
      partial: false,
      confidence: all.confidence,
    };
  }

  /**
   * Reads every page; scanned ones OCRed on parallel lanes. `settles` says whether the text read
   * of a scanned page so far is enough to tell which page it is (quick mode reads on until it is).
   */
  async readAll(settles?: (text: string) => boolean): Promise<BundlePage[]> {
    this.settles = settles;
    const pages: BundlePage[] = this.opened.pages.map((p) => ({
      text: p.text,
      edgeText: p.text,
      ocr: false,
      partial: false,
    }));
    const scanned = this.opened.pages.flatMap((p, i) => (p.usable || p.failed ? [] : [i]));
    const whole =
      this.opts.ocrMode === 'full' || (this.opts.ocrMode === undefined && scanned.length <= READ_WHOLE_UP_TO);
    const lanes = Math.max(1, Math.min(2, availableParallelism(), scanned.length));
    let next = 0;
    let done = 0;
    const lane = async (n: number) => {
      while (next < scanned.length) {
        if (this.opts.signal?.aborted) throw new DOMException('The bundle check was cancelled.', 'AbortError');
        const i = scanned[next++]!;
        pages[i] = await this.ocrPage(i, n, whole);
        this.opts.onPage?.(++done, scanned.length, 'ocr');
      }
    };
    await Promise.all(Array.from({ length: lanes }, (_, n) => lane(n)));
    return pages;
  }

  /** Reads all of a page that was read only in part (its match was unsure, or it may differ). */
  async readWhole(page: number): Promise<BundlePage> {
    return this.ocrPage(page, 0, true);
  }

  async close(): Promise<void> {
    await Promise.all(this.engines.map((e) => e.close()));
    await this.session.close();
  }
}
