import { fail, type Result } from '../../../shared/result.ts';

/**
 * HEIC (iPhone photos) is coded with HEVC, which sharp's prebuilt libvips leaves out for patent
 * reasons. Without a decoder, say how to get a JPEG instead.
 */
export async function decodeHeic(bytes: Uint8Array): Promise<Result<Uint8Array>> {
  void bytes;
  return fail(
    'image-heic',
    'This looks like an iPhone photo in HEIC format, which Casebook cannot read yet. On the iPhone, share the photo and choose "Save as JPEG" (or set Settings › Camera › Formats › Most Compatible), or open it on a computer and export it as JPEG, then add that copy.',
  );
}
