import sharp from 'sharp';
import { fail, ok, type Result } from '../../../shared/result.ts';

/**
 * HEIC (iPhone photos) is coded with HEVC, which sharp's prebuilt libvips leaves out for patent
 * reasons: it reads the header but cannot decode the picture. heic-decode (libheif compiled to
 * WebAssembly) can; it applies the file's own rotation. Returns the picture as a PNG.
 */
export async function decodeHeic(bytes: Uint8Array): Promise<Result<Uint8Array>> {
  try {
    const { default: decode } = await import('heic-decode');
    const image = await decode({ buffer: bytes });
    const png = await sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength), {
      raw: { width: image.width, height: image.height, channels: 4 },
    })
      .png()
      .toBuffer();
    return ok(png);
  } catch {
    return fail(
      'image-heic',
      'This iPhone photo (HEIC) could not be read; it may be damaged, or a kind of HEIC Casebook does not know. On the iPhone, share the photo and choose "Save as JPEG" (or set Settings › Camera › Formats › Most Compatible), or open it on a computer and export it as JPEG, then add that copy.',
    );
  }
}
