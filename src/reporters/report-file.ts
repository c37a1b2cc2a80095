// Report text on its way out: gathered into large chunks (a streamed report writes many small pieces), and written
// to a file the user named without ever being held whole.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TextSink } from './json-writer.ts';

const CHUNK = 64 * 1024;

/** A sink that hands `out` chunks of about 64 KB; `end()` hands it the rest. */
export function chunkedSink(out: (chunk: string) => void): TextSink & { end(): void } {
  let parts: string[] = [];
  let length = 0;
  const flush = () => {
    if (length === 0) return;
    out(parts.join(''));
    parts = [];
    length = 0;
  };
  return {
    write(text) {
      parts.push(text);
      length += text.length;
      if (length >= CHUNK) flush();
    },
    end: flush,
  };
}

/** Writes what `write` produces to `file`, creating its directory; throws as writeFileSync does when it cannot. */
export function writeReportFile(file: string, write: (sink: TextSink) => void): void {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  try {
    const sink = chunkedSink((chunk) => {
      const bytes = Buffer.from(chunk);
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
    });
    write(sink);
    sink.end();
  } finally {
    closeSync(fd);
  }
}
