// Share links: the (redacted) message travels in the part of the address after "#", which browsers
// never send to a server. It is deflated and written in base64url; a link carries at most
// SHARE_LIMIT bytes of compressed message, so every browser and chat tool accepts it.

/** The most compressed bytes a share link carries (32 KB: about 44,000 characters of link). */
export const SHARE_LIMIT = 32 * 1024;

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
const fromBase64Url = (text: string) =>
  Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (c) => c.charCodeAt(0));

async function pipe(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** A packed message, or how big it would be when it is over the limit. */
export type Packed = { ok: true; fragment: string; bytes: number } | { ok: false; bytes: number };

/** Deflates `text`; gives the fragment only when it fits in a link. */
export async function pack(text: string): Promise<Packed> {
  const packed = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  if (packed.length > SHARE_LIMIT) return { ok: false, bytes: packed.length };
  // Pieces of 0x6000 bytes (a multiple of 3): their base64 joins without padding in between.
  let fragment = '';
  for (let i = 0; i < packed.length; i += 0x6000)
    fragment += toBase64Url(packed.subarray(i, i + 0x6000));
  return { ok: true, fragment, bytes: packed.length };
}

/** Reads a message back from a link's fragment; throws when the fragment is damaged. */
export async function unpack(fragment: string): Promise<string> {
  const bytes = await pipe(fromBase64Url(fragment), new DecompressionStream('deflate-raw'));
  return new TextDecoder().decode(bytes);
}
