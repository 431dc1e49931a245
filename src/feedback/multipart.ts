// A small multipart/form-data parser (RFC 7578) for the upload page, written here because the
// project adds no packages. It is fed the request as it arrives and never holds more than the
// limits allow: a file past its size limit is marked truncated and its bytes dropped, and a body
// past the total limit, or with too many parts, is refused at once.

export interface MultipartLimits {
  /** Bytes kept per file; more marks the file truncated. */
  fileSize: number;
  files: number;
  fields: number;
  fieldSize: number;
  /** Bytes in the whole body. */
  total: number;
}

export interface ParsedFile {
  field: string;
  fileName: string;
  contentType: string;
  content: Buffer;
  /** Bytes sent, even when more than were kept. */
  size: number;
  truncated: boolean;
}

export interface ParsedForm {
  fields: Record<string, string>;
  files: ParsedFile[];
}

/** Too much was sent: answered with 413. */
export class MultipartLimitError extends Error {
  readonly status = 413;
}

/** Not a well-formed multipart body: answered with 400. */
export class MultipartFormatError extends Error {
  readonly status = 400;
}

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');
const MAX_HEADER_BYTES = 8 * 1024;

/** The boundary from a Content-Type header, or null when it is not multipart/form-data. */
export function boundaryOf(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data\s*;/i.test(contentType)) return null;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return match?.[1] ?? match?.[2] ?? null;
}

interface Part {
  field: string;
  fileName: string | null;
  contentType: string;
  chunks: Buffer[];
  kept: number;
  size: number;
  truncated: boolean;
}

function headerParam(header: string, name: string): string | null {
  const pattern = new RegExp(`;\\s*${name}="((?:[^"\\\\]|\\\\.)*)"|;\\s*${name}=([^;\\s]*)`, 'i');
  const match = pattern.exec(header);
  if (!match) return null;
  return match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : (match[2] ?? null);
}

export class MultipartParser {
  private readonly opening: Buffer;
  private readonly delimiter: Buffer;
  private state: 'preamble' | 'after-delimiter' | 'headers' | 'body' | 'done' = 'preamble';
  private pending: Buffer = Buffer.alloc(0);
  private part: Part | null = null;
  private total = 0;
  private fieldCount = 0;
  private fileCount = 0;
  // No prototype, so a field named "__proto__" is just a field.
  private readonly form: ParsedForm = {
    fields: Object.create(null) as Record<string, string>,
    files: [],
  };

  constructor(
    boundary: string,
    private readonly limits: MultipartLimits,
  ) {
    this.opening = Buffer.from(`--${boundary}`);
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  write(chunk: Buffer): void {
    this.total += chunk.length;
    if (this.total > this.limits.total)
      throw new MultipartLimitError('The form is larger than allowed');
    this.pending = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk;
    this.advance();
  }

  end(): ParsedForm {
    if (this.state !== 'done')
      throw new MultipartFormatError('The form ended before its last part');
    return this.form;
  }

  private advance(): void {
    for (;;) {
      if (this.state === 'preamble') {
        const at = this.pending.indexOf(this.opening);
        if (at < 0) {
          this.keepTail(this.opening.length - 1);
          return;
        }
        this.pending = this.pending.subarray(at + this.opening.length);
        this.state = 'after-delimiter';
      } else if (this.state === 'after-delimiter') {
        if (this.pending.length < 2) return;
        if (this.pending[0] === 0x2d && this.pending[1] === 0x2d) {
          this.state = 'done';
          this.pending = Buffer.alloc(0);
          return;
        }
        if (!this.pending.subarray(0, 2).equals(CRLF))
          throw new MultipartFormatError('A boundary is not followed by a new line');
        this.pending = this.pending.subarray(2);
        this.state = 'headers';
      } else if (this.state === 'headers') {
        const at = this.pending.indexOf(HEADER_END);
        if (at < 0) {
          if (this.pending.length > MAX_HEADER_BYTES)
            throw new MultipartFormatError('A part has headers that are too long');
          return;
        }
        this.startPart(this.pending.subarray(0, at).toString('utf8'));
        this.pending = this.pending.subarray(at + HEADER_END.length);
        this.state = 'body';
      } else if (this.state === 'body') {
        const at = this.pending.indexOf(this.delimiter);
        if (at < 0) {
          // The end of what has arrived may be the start of a delimiter, so it waits.
          const safe = this.pending.length - (this.delimiter.length - 1);
          if (safe > 0) {
            this.append(this.pending.subarray(0, safe));
            this.pending = this.pending.subarray(safe);
          }
          return;
        }
        this.append(this.pending.subarray(0, at));
        this.finishPart();
        this.pending = this.pending.subarray(at + this.delimiter.length);
        this.state = 'after-delimiter';
      } else {
        this.pending = Buffer.alloc(0);
        return;
      }
    }
  }

  private keepTail(length: number): void {
    if (this.pending.length > length)
      this.pending = this.pending.subarray(this.pending.length - length);
  }

  private startPart(headerText: string): void {
    let disposition = '';
    let contentType = 'application/octet-stream';
    for (const line of headerText.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === 'content-disposition') disposition = value;
      if (name === 'content-type') contentType = value;
    }
    if (!/^form-data\b/i.test(disposition))
      throw new MultipartFormatError('A part is not form data');
    const field = headerParam(disposition, 'name');
    if (field === null) throw new MultipartFormatError('A part has no name');
    const fileName = headerParam(disposition, 'filename');
    if (fileName === null && ++this.fieldCount > this.limits.fields)
      throw new MultipartLimitError('The form has too many fields');
    if (fileName && ++this.fileCount > this.limits.files)
      throw new MultipartLimitError('The form has too many files');
    this.part = { field, fileName, contentType, chunks: [], kept: 0, size: 0, truncated: false };
  }

  private append(bytes: Buffer): void {
    const part = this.part;
    if (!part || bytes.length === 0) return;
    part.size += bytes.length;
    if (part.fileName === null) {
      if (part.size > this.limits.fieldSize)
        throw new MultipartLimitError(`The field ${part.field} is longer than allowed`);
    } else if (part.truncated || part.kept + bytes.length > this.limits.fileSize) {
      part.truncated = true;
      part.chunks = [];
      return;
    }
    // Copied, because the request's buffers are reused by the stream.
    part.chunks.push(Buffer.from(bytes));
    part.kept += bytes.length;
  }

  private finishPart(): void {
    const part = this.part;
    this.part = null;
    if (!part) return;
    const content = part.truncated ? Buffer.alloc(0) : Buffer.concat(part.chunks);
    if (part.fileName === null) {
      this.form.fields[part.field] = content.toString('utf8');
      return;
    }
    // A file input left empty still sends a part, with no name and no content.
    if (part.fileName === '' && part.size === 0) return;
    this.form.files.push({
      field: part.field,
      fileName: part.fileName,
      contentType: part.contentType,
      content,
      size: part.size,
      truncated: part.truncated,
    });
  }
}
