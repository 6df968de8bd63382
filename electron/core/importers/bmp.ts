import { fail, ok, type Result } from '../../../shared/result.ts';

/** Raw RGB pixels sharp can take with `{ raw: { width, height, channels: 3 } }`. */
export interface RawImage {
  width: number;
  height: number;
  data: Buffer;
}

const BI_RGB = 0;
const BI_BITFIELDS = 3;

/**
 * sharp's libvips has no BMP reader. Windows Paint and many scanner utilities save BMP as
 * uncompressed 24- or 32-bit pixels, rows bottom-up and padded to 4 bytes (Microsoft, "Bitmap
 * Storage", BITMAPINFOHEADER); that is all this reads. Palette and RLE files get a message.
 */
export function decodeBmp(bytes: Uint8Array): Result<RawImage> {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const unsupported = fail(
    'image-bmp',
    'This BMP picture uses a kind of BMP Casebook cannot read. Open it (in Paint or Photos) and save it as PNG or JPEG, then add that copy.',
  );
  if (b.length < 54 || b.toString('latin1', 0, 2) !== 'BM') return unsupported;
  const offset = b.readUInt32LE(10);
  const width = b.readInt32LE(18);
  const rawHeight = b.readInt32LE(22);
  const bpp = b.readUInt16LE(28);
  const compression = b.readUInt32LE(30);
  const height = Math.abs(rawHeight);
  const okFormat =
    (bpp === 24 && compression === BI_RGB) || (bpp === 32 && (compression === BI_RGB || compression === BI_BITFIELDS));
  if (!okFormat || width <= 0 || height === 0 || width * height > 100_000_000) return unsupported;
  const step = bpp / 8;
  const stride = Math.ceil((width * step) / 4) * 4;
  if (offset + stride * height > b.length) return unsupported;
  const data = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    // Positive height means the last row comes first in the file.
    const row = offset + (rawHeight > 0 ? height - 1 - y : y) * stride;
    for (let x = 0; x < width; x++) {
      const src = row + x * step;
      const dst = (y * width + x) * 3;
      data[dst] = b[src + 2]!;
      data[dst + 1] = b[src + 1]!;
      data[dst + 2] = b[src]!;
    }
  }
  return ok({ width, height, data });
}
