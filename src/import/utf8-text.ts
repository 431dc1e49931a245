import { Buffer, isUtf8 } from 'node:buffer';

/** Thrown once the text before the first line that is not valid UTF-8 has been yielded. */
export class InvalidUtf8Error extends Error {
  constructor() {
    super('The text is not valid UTF-8');
    this.name = 'InvalidUtf8Error';
  }
}

// Fatal, so bytes from a file saved in another encoding (Excel's "CSV" is Windows-1252) are refused
// rather than silently replaced; ignoreBOM, so the CSV parser strips a BOM whatever the input type.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const CR = 0x0d;
const LF = 0x0a;

/**
 * Turns a stream of bytes (or strings, passed through) into text. A character split between two
 * chunks is decoded once whole. On invalid bytes it first yields every line before the bad one, so
 * a consumer counting lines knows where the problem is, then throws InvalidUtf8Error.
 */
export async function* decodeUtf8(
  chunks: AsyncIterable<string | Uint8Array>,
): AsyncGenerator<string> {
  let pending = new Uint8Array(0);
  for await (const chunk of chunks) {
    if (typeof chunk === 'string') {
      if (pending.length > 0) throw new InvalidUtf8Error();
      yield chunk;
      continue;
    }
    const bytes = pending.length > 0 ? concat(pending, chunk) : chunk;
    const end = wholeCharactersLength(bytes);
    pending = new Uint8Array(bytes.subarray(end));
    const whole = bytes.subarray(0, end);
    if (isUtf8(whole)) yield* decodeCompactly(whole);
    else yield* decodeOrLocateError(whole);
  }
  if (pending.length > 0) throw new InvalidUtf8Error();
}

// The first byte of a character beyond Latin-1 (U+0100 on), in bytes read one to a character.
const WIDE_START = /[\xc4-\xf4]/g;

/**
 * Decodes valid UTF-8 in pieces, the lines holding characters beyond Latin-1 apart from the rest.
 * V8 keeps Latin-1 text at one byte a character, but a whole string at two once it holds any other
 * character, and so every cell later cut from it; a curly quote (’) from a word processor in one
 * line would otherwise make a whole chunk's cells twice the size and slower to compare and hash.
 */
function* decodeCompactly(bytes: Uint8Array): Generator<string> {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
  // Bytes before `start` are decoded; those from `start` to `wideEnd` are whole lines with wide
  // characters, decoded together once the next such line is not adjacent.
  let start = 0;
  let wideEnd = 0;
  WIDE_START.lastIndex = 0;
  for (let wide = WIDE_START.exec(latin1); wide !== null; wide = WIDE_START.exec(latin1)) {
    const lineStart = latin1.lastIndexOf('\n', wide.index) + 1;
    if (lineStart > wideEnd) {
      if (wideEnd > start) yield decoder.decode(bytes.subarray(start, wideEnd));
      yield decoder.decode(bytes.subarray(wideEnd, lineStart));
      start = lineStart;
    }
    wideEnd = WIDE_START.lastIndex = latin1.indexOf('\n', wide.index) + 1 || bytes.length;
  }
  if (wideEnd > start) yield decoder.decode(bytes.subarray(start, wideEnd));
  const rest = Math.max(start, wideEnd);
  if (rest < bytes.length) yield decoder.decode(bytes.subarray(rest));
}

function* decodeOrLocateError(bytes: Uint8Array): Generator<string> {
  const text = tryDecode(bytes);
  if (text !== undefined) {
    yield text;
    return;
  }
  // Rare path: decode again line by line to stop at the line holding the bad bytes. CR and LF
  // bytes never occur inside a multi-byte UTF-8 sequence, so splitting at them is safe.
  let start = 0;
  while (start < bytes.length) {
    let end = start;
    while (end < bytes.length && bytes[end] !== CR && bytes[end] !== LF) end++;
    const line = tryDecode(bytes.subarray(start, end + 1));
    if (line === undefined) throw new InvalidUtf8Error();
    yield line;
    start = end + 1;
  }
}

function tryDecode(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** The length of the longest prefix that does not end part-way through a UTF-8 sequence. */
function wholeCharactersLength(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return size > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
