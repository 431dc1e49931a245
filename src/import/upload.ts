import type { Request } from 'express';
import {
  boundaryOf,
  MultipartFormatError,
  MultipartParser,
  type ParsedForm,
} from '../feedback/multipart.ts';

/** The largest import file the upload page takes; bigger files go through `heard import`. */
export const MAX_IMPORT_BYTES = 60 * 1024 * 1024;

/**
 * Reads the import page's multipart form as it arrives, with the project's multipart parser: one
 * file of up to 60 MB, held in memory for the two passes of the import, and a few small fields. A
 * body larger than that is refused with 413 while it arrives.
 */
export function readUpload(req: Request): Promise<ParsedForm> {
  const boundary = boundaryOf(req.headers['content-type']);
  if (!boundary) {
    return Promise.reject(new MultipartFormatError('The form was not sent as multipart/form-data'));
  }
  const parser = new MultipartParser(boundary, {
    fileSize: MAX_IMPORT_BYTES,
    files: 1,
    fields: 10,
    fieldSize: 1024,
    total: MAX_IMPORT_BYTES + 64 * 1024,
  });
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => {
      req.removeAllListeners('data');
      req.resume();
      reject(error);
    };
    req.on('data', (chunk: Buffer) => {
      try {
        parser.write(chunk);
      } catch (error) {
        fail(error);
      }
    });
    req.on('end', () => {
      try {
        resolve(parser.end());
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', fail);
  });
}

/** A file in memory as the stream of chunks an import reads, so it can be read twice. */
export async function* chunksOf(content: Buffer, size = 64 * 1024): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < content.length; start += size) {
    yield content.subarray(start, start + size);
  }
}
