import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createOcrEngine } from '../../electron/core/text/ocr.ts';

describe('offline OCR engine', () => {
  it('rejects an image Tesseract cannot read instead of ending the process, and goes on working', async () => {
    const ocr = createOcrEngine();
    try {
      await expect(ocr.recognise(new Uint8Array([1, 2, 3, 4]))).rejects.toBeDefined();
      // The same engine still reads afterwards: a blank white page gives no text and no error.
      const png = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#ffffff' } })
        .png()
        .toBuffer();
      const page = await ocr.recognise(png);
      expect(page.text.trim()).toBe('');
    } finally {
      await ocr.close();
    }
  });
});
