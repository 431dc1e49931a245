// Uploaded files are judged by their first bytes, not by their names: a program renamed to
// "letter.pdf" is refused.

export const FILE_KINDS = {
  pdf: { contentType: 'application/pdf', extensions: ['pdf'] },
  jpeg: { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  png: { contentType: 'image/png', extensions: ['png'] },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
} as const;
export type FileKind = keyof typeof FILE_KINDS;

const startsWith = (content: Buffer, bytes: number[]) =>
  content.length >= bytes.length && bytes.every((b, i) => content[i] === b);

/** The kind of file the content is, whatever it is called; null when it is none we accept. */
export function detectFileKind(content: Buffer): FileKind | null {
  if (startsWith(content, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(content, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(content, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  // A Word document is a ZIP archive holding the parts of an Office Open XML document.
  if (
    startsWith(content, [0x50, 0x4b, 0x03, 0x04]) &&
    content.includes('[Content_Types].xml') &&
    content.includes('word/')
  )
    return 'docx';
  return null;
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** Both the name and the content must be of a kind we accept. */
export function acceptedKind(fileName: string, content: Buffer): FileKind | null {
  const extension = extensionOf(fileName);
  const named = Object.values(FILE_KINDS).some((k) =>
    (k.extensions as readonly string[]).includes(extension),
  );
  return named ? detectFileKind(content) : null;
}

/** A name safe to show and to offer for download: no folders, control characters or quotes. */
export function cleanFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((ch) => ch >= ' ' && ch !== '\u007f' && !'"<>|:*?'.includes(ch))
    .join('')
    .trim()
    .slice(-150);
  return cleaned.length > 0 ? cleaned : 'file';
}
