/**
 * A circuit file's bytes as text. The format is UTF-8; a file saved as UTF-16 (Windows
 * Notepad's "Unicode", PowerShell's redirection) is read too, with or without its byte order
 * mark. Nothing is guessed beyond that: bytes that are not valid text in the encoding found
 * are refused, never turned into replacement characters ("Caf� l�gs").
 */

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string }

/** How many bytes from the start are looked at to tell UTF-16 without a byte order mark. */
const SNIFF_BYTES = 1024

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'

/**
 * The encoding of a file's bytes: a byte order mark says it outright; without one, zero bytes
 * mean UTF-16 (UTF-8 JSON never holds one: a NUL must be written `\u0000`), little-endian
 * when they fall on odd offsets, as the ASCII of `{ "format"` does.
 */
function encodingOf(bytes: Uint8Array): { encoding: Encoding; bom: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', bom: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: 2 }
  let even = 0
  let odd = 0
  const end = Math.min(bytes.length, SNIFF_BYTES)
  for (let i = 0; i < end; i++) {
    if (bytes[i] !== 0) continue
    if (i % 2 === 0) even++
    else odd++
  }
  if (even === 0 && odd === 0) return { encoding: 'utf-8', bom: 0 }
  return { encoding: odd >= even ? 'utf-16le' : 'utf-16be', bom: 0 }
}

const SAVE_AS_UTF8 = 'save it as UTF-8 (most editors offer this under Save As or Encoding)'

/**
 * Decodes a circuit file's bytes strictly: UTF-8, or UTF-16 found by its byte order mark or
 * its zero bytes. Text that is not valid in that encoding is refused with a message saying
 * so and what helps; a leading byte order mark is dropped.
 */
export function decodeCircuitBytes(bytes: Uint8Array): DecodeResult {
  const { encoding, bom } = encodingOf(bytes)
  try {
    // `ignoreBOM` keeps the decoder from dropping a mark itself: it is dropped here, once.
    const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true })
    return { ok: true, text: decoder.decode(bytes.subarray(bom)) }
  } catch {
    if (encoding === 'utf-8')
      return {
        ok: false,
        message: `This file is not UTF-8 text, as circuit files are: it may be saved in another encoding, such as Latin-1 or Windows-1252. Open it in a text editor and ${SAVE_AS_UTF8}, then import it again.`,
      }
    const which = encoding === 'utf-16le' ? 'little-endian' : 'big-endian'
    return {
      ok: false,
      message: `This file looks like UTF-16 text (${which}) but is not valid UTF-16: it may be damaged or not a text file. If it is a circuit file, ${SAVE_AS_UTF8}, then import it again.`,
    }
  }
}
