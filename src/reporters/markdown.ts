// GitHub-flavoured Markdown building blocks: escaping untrusted text so it cannot break a table or inject
// HTML or links, and a document that stays under a byte limit by dropping table rows and saying so.
import { clip, oneLine, plural } from './text.ts';

/**
 * Untrusted text as inline Markdown: one line; `<`, `>`, `&` as entities (no HTML); Markdown punctuation
 * backslash-escaped (no links, emphasis, code spans); `|` escaped so it cannot end a table cell.
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&');
}

/** A table cell from untrusted text, clipped so one huge value cannot eat the summary. */
export function cell(text: string, max = 200): string {
  return escapeMarkdown(clip(text, max));
}

function percentEncode(char: string): string {
  const code = char.charCodeAt(0);
  return code < 0x80 ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(char);
}

/** A URL as a link destination: characters that would end the link or the table cell are percent-encoded. */
export function linkDestination(url: string): string {
  // eslint-disable-next-line no-control-regex
  return url.replace(/[\s\u0000-\u001f\u007f()<>|\\`"'[\]]/g, percentEncode);
}

/** `[text](url)` with both parts made safe; plain escaped text when there is no URL. */
export function link(text: string, url: string | undefined): string {
  return url === undefined ? cell(text) : `[${cell(text)}](${linkDestination(url)})`;
}

/** Room kept for the notes that say what was left out. */
const NOTE_RESERVE = 512;

/**
 * A Markdown document bounded to `maxBytes` (UTF-8). Rows are added while they fit; the first table that
 * overflows is closed with a note of how many of its rows were left out, and everything after it is only
 * counted, in one closing note.
 */
export class BoundedMarkdown {
  private readonly lines: string[] = [];
  private bytes = 0;
  private full = false;
  private omittedLater = 0;

  constructor(private readonly maxBytes: number) {}

  private fits(line: string, reserve: number): boolean {
    return this.bytes + Buffer.byteLength(line, 'utf8') + 1 <= this.maxBytes - reserve;
  }

  private push(line: string): void {
    this.lines.push(line);
    this.bytes += Buffer.byteLength(line, 'utf8') + 1;
  }

  /** Adds a note if it fits in the whole limit (it uses the reserve). */
  private note(line: string): void {
    if (this.fits(line, 0)) this.push(line);
  }

  /** Prose and headings (already escaped); once the document is full they are left out like the rows. */
  text(...lines: string[]): void {
    for (const line of lines) {
      if (this.full || !this.fits(line, NOTE_RESERVE)) {
        this.full = true;
        return;
      }
      this.push(line);
    }
  }

  /** Lines that only make sense whole (a fenced block): all of them or, when they do not fit, none. */
  block(lines: string[]): boolean {
    const bytes = lines.reduce((n, line) => n + Buffer.byteLength(line, 'utf8') + 1, 0);
    if (this.full || this.bytes + bytes > this.maxBytes - NOTE_RESERVE) return false;
    lines.forEach((line) => this.push(line));
    return true;
  }

  /** A table whose cells are already escaped; `right` marks right-aligned (numeric) columns. */
  table(header: string[], rows: string[][], right: boolean[] = []): void {
    if (rows.length === 0) return;
    const format = (cells: string[]) => `| ${cells.join(' | ')} |`;
    const head = [format(header), format(header.map((_, i) => (right[i] ? '---:' : '---')))];
    if (this.full || !this.fits(head.join('\n'), NOTE_RESERVE)) {
      this.full = true;
      this.omittedLater += rows.length;
      return;
    }
    head.forEach((line) => this.push(line));
    let shown = 0;
    for (const row of rows) {
      const line = format(row);
      if (!this.fits(line, NOTE_RESERVE)) break;
      this.push(line);
      shown++;
    }
    // A blank line ends the table, so a following note cannot be read as one of its rows.
    this.push('');
    if (shown < rows.length) {
      this.full = true;
      this.note(
        `_${plural(rows.length - shown, 'more row')} not shown: the job summary is limited to ${this.maxBytes} bytes. The SARIF and JSON reports have everything._`,
      );
      this.note('');
    }
  }

  toString(): string {
    const lines = [...this.lines];
    if (this.omittedLater > 0) {
      const note = `_The rest of this summary (${plural(this.omittedLater, 'more row')}) is not shown: it is limited to ${this.maxBytes} bytes._`;
      if (this.fits(note, 0)) lines.push(note);
    }
    return lines.map((line) => `${line}\n`).join('');
  }
}
