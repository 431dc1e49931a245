import type { NextFunction, Request, Response } from 'express';
import { boundaryOf, MultipartParser, type MultipartLimits, type ParsedFile } from './multipart.ts';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** Files posted to an upload page, read by `uploadForms`. */
      uploadedFiles?: ParsedFile[];
    }
  }
}

export const UPLOAD_PATH = '/feedback/attachments';
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const limits: MultipartLimits = {
  fileSize: MAX_FILE_BYTES,
  files: 1,
  fields: 10,
  fieldSize: 1024,
  // Room to read a file somewhat over the limit to the end, so the page can say it is too big;
  // anything larger is refused with 413 as it arrives.
  total: 2 * MAX_FILE_BYTES,
};

/**
 * Reads the upload page's multipart form. It has to run before the CSRF check, which reads the
 * form's `_csrf` field from the body like every other form's; it reads nothing on any other path.
 */
export function uploadForms(req: Request, _res: Response, next: NextFunction): void {
  if (req.method !== 'POST' || req.path !== UPLOAD_PATH) return next();
  const boundary = boundaryOf(req.headers['content-type']);
  if (!boundary) return next();
  const parser = new MultipartParser(boundary, limits);
  let failed = false;
  const fail = (error: unknown) => {
    if (failed) return;
    failed = true;
    req.removeAllListeners('data');
    req.resume();
    next(error);
  };
  req.on('data', (chunk: Buffer) => {
    if (failed) return;
    try {
      parser.write(chunk);
    } catch (error) {
      fail(error);
    }
  });
  req.on('end', () => {
    if (failed) return;
    try {
      const form = parser.end();
      req.body = form.fields;
      req.uploadedFiles = form.files;
      next();
    } catch (error) {
      fail(error);
    }
  });
  req.on('error', fail);
}
