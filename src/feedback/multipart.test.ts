import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  boundaryOf,
  MultipartFormatError,
  MultipartLimitError,
  MultipartParser,
  type MultipartLimits,
} from './multipart.ts';

const limits: MultipartLimits = {
  fileSize: 1000,
  files: 1,
  fields: 5,
  fieldSize: 200,
  total: 5000,
};
const BOUNDARY = '----HeardBoundary7MA4YWxkTrZu0gW';

interface FilePart {
  name: string;
  fileName: string;
  type: string;
  content: Buffer;
}

/** A body the way a browser writes one. */
function body(fields: [string, string][], files: FilePart[] = [], boundary = BOUNDARY): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of fields)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ),
    );
  for (const file of files)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.fileName}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(parts);
}

function parseInChunks(bytes: Buffer, cuts: number[], options = limits) {
  const parser = new MultipartParser(BOUNDARY, options);
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    parser.write(bytes.subarray(from, cut));
    from = cut;
  }
  parser.write(bytes.subarray(from));
  return parser.end();
}

describe('the multipart/form-data parser', () => {
  it('reads fields and a file', () => {
    const content = Buffer.from('%PDF-1.7 binary \r\n-- not a boundary \x00\xff');
    const form = parseInChunks(
      body(
        [
          ['_csrf', 'token-123'],
          ['change', '1'],
        ],
        [{ name: 'file', fileName: 'Letter from school.pdf', type: 'application/pdf', content }],
      ),
      [],
    );
    expect(form.fields).toEqual({ _csrf: 'token-123', change: '1' });
    expect(form.files).toHaveLength(1);
    expect(form.files[0]).toMatchObject({
      field: 'file',
      fileName: 'Letter from school.pdf',
      contentType: 'application/pdf',
      size: content.length,
      truncated: false,
    });
    expect(form.files[0]?.content.equals(content)).toBe(true);
  });

  it('gives the same result however the body is split into chunks', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.stringMatching(/^[a-z_]{1,10}$/), fc.string({ maxLength: 50 }), {
          maxKeys: 4,
        }),
        fc.uint8Array({ maxLength: 900 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        (fields, bytes, cuts) => {
          const content = Buffer.from(bytes);
          const sent = body(Object.entries(fields), [
            { name: 'file', fileName: 'photo.png', type: 'image/png', content },
          ]);
          const form = parseInChunks(
            sent,
            cuts.map((c) => c % (sent.length + 1)),
          );
          expect(form.fields).toEqual(fields);
          if (content.length === 0) expect(form.files[0]?.size ?? 0).toBe(0);
          else expect(form.files[0]?.content.equals(content)).toBe(true);
        },
      ),
    );
  });

  it('reads a field named __proto__ as a field, changing no prototype', () => {
    const form = parseInChunks(body([['__proto__', 'polluted']]), []);
    expect(form.fields['__proto__']).toBe('polluted');
    expect(Object.getPrototypeOf(form.fields)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('ignores a file input left empty', () => {
    const form = parseInChunks(
      body(
        [['_csrf', 't']],
        [
          {
            name: 'file',
            fileName: '',
            type: 'application/octet-stream',
            content: Buffer.alloc(0),
          },
        ],
      ),
      [],
    );
    expect(form.files).toEqual([]);
  });

  it('marks a file over the size limit truncated and keeps none of it', () => {
    const form = parseInChunks(
      body(
        [['_csrf', 't']],
        [
          {
            name: 'file',
            fileName: 'big.pdf',
            type: 'application/pdf',
            content: Buffer.alloc(1500, 1),
          },
        ],
      ),
      [100, 700, 1200],
    );
    expect(form.files[0]).toMatchObject({ truncated: true, size: 1500 });
    expect(form.files[0]?.content.length).toBe(0);
  });

  it('refuses, while reading, a body over the total limit, too many files or long fields', () => {
    const parser = new MultipartParser(BOUNDARY, limits);
    expect(() => {
      for (let i = 0; i < 10; i++) parser.write(Buffer.alloc(600, 0x41));
    }).toThrow(MultipartLimitError);

    const twoFiles = body(
      [],
      [
        { name: 'a', fileName: 'a.png', type: 'image/png', content: Buffer.from('a') },
        { name: 'b', fileName: 'b.png', type: 'image/png', content: Buffer.from('b') },
      ],
    );
    expect(() => parseInChunks(twoFiles, [])).toThrow(MultipartLimitError);
    expect(() => parseInChunks(body([['note', 'x'.repeat(300)]]), [])).toThrow(MultipartLimitError);
    const manyFields = body(
      Array.from({ length: 6 }, (_, i) => [`f${i}`, 'x'] as [string, string]),
    );
    expect(() => parseInChunks(manyFields, [])).toThrow(MultipartLimitError);
  });

  it('refuses a body that is cut short or malformed', () => {
    const whole = body([['_csrf', 't']]);
    expect(() => parseInChunks(whole.subarray(0, whole.length - 10), [])).toThrow(
      MultipartFormatError,
    );
    const noName = Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data\r\n\r\nx\r\n--${BOUNDARY}--\r\n`,
    );
    expect(() => parseInChunks(noName, [])).toThrow(MultipartFormatError);
  });

  it('reads the boundary from the content type', () => {
    expect(boundaryOf(`multipart/form-data; boundary=${BOUNDARY}`)).toBe(BOUNDARY);
    expect(boundaryOf('multipart/form-data; boundary="quoted boundary"')).toBe('quoted boundary');
    expect(boundaryOf('application/x-www-form-urlencoded')).toBeNull();
    expect(boundaryOf('multipart/form-data')).toBeNull();
  });
});
