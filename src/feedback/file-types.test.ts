import { describe, expect, it } from 'vitest';
import { acceptedKind, cleanFileName, detectFileKind } from './file-types.ts';
import { SAMPLES } from './test-files.ts';

describe('file types by content', () => {
  it.each([
    ['pdf', SAMPLES.pdf],
    ['png', SAMPLES.png],
    ['jpeg', SAMPLES.jpeg],
    ['docx', SAMPLES.docx],
  ])('recognises a %s by its first bytes', (kind, content) => {
    expect(detectFileKind(content)).toBe(kind);
  });

  it('refuses a program or a plain ZIP archive, whatever it is called', () => {
    expect(acceptedKind('letter.pdf', SAMPLES.exe)).toBeNull();
    expect(acceptedKind('report.docx', SAMPLES.zip)).toBeNull();
    expect(acceptedKind('empty.pdf', Buffer.alloc(0))).toBeNull();
  });

  it('refuses an accepted content under a name we do not accept', () => {
    expect(acceptedKind('letter.exe', SAMPLES.pdf)).toBeNull();
    expect(acceptedKind('LETTER.PDF', SAMPLES.pdf)).toBe('pdf');
    expect(acceptedKind('photo.jpg', SAMPLES.jpeg)).toBe('jpeg');
  });

  it('cleans file names of folders and characters that could mislead', () => {
    expect(cleanFileName('C:\\Users\\sam\\My "letter".pdf')).toBe('My letter.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('\u0000')).toBe('file');
  });
});
