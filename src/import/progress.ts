/** A progress bar on a terminal; on anything else (a log, a pipe) it stays silent. */
export interface Progress {
  /** Starts a new bar for a phase, such as checking or importing, of `total` bytes. */
  phase(label: string, total: number): void;
  update(done: number): void;
  finish(): void;
}

const WIDTH = 30;
const INTERVAL_MS = 100;

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { phase() {}, update() {}, finish() {} };
  let label = '';
  let total = 1;
  let shown = -1;
  let lastDrawn = 0;
  const draw = (done: number) => {
    const fraction = Math.min(1, done / total);
    const filled = Math.round(fraction * WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
    const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    stream.write(
      `\r${label.padEnd(10)} ${bar} ${String(Math.floor(fraction * 100)).padStart(3)}%  ${megabytes(done)} of ${megabytes(total)} MB`,
    );
  };
  return {
    phase(newLabel, newTotal) {
      if (shown >= 0) stream.write('\n');
      label = newLabel;
      total = Math.max(1, newTotal);
      shown = 0;
      draw(0);
    },
    update(done) {
      const now = Date.now();
      if (now - lastDrawn < INTERVAL_MS && done < total) return;
      lastDrawn = now;
      shown = done;
      draw(done);
    },
    finish() {
      if (shown >= 0) {
        draw(total);
        stream.write('\n');
      }
      shown = -1;
    },
  };
}

/** The chunks of a stream, reporting the bytes read so far as they pass. */
export async function* counted(
  chunks: AsyncIterable<string | Uint8Array>,
  onBytes: (bytes: number) => void,
): AsyncGenerator<string | Uint8Array> {
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    onBytes(bytes);
    yield chunk;
  }
}
