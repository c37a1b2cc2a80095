// Parsed Terraform files kept between the units of one scan (src/engine/pool.ts): a local module called by root
// modules in several units is read by each of them, and parsed once.
import type { ParsedHcl } from '../hcl/ast.ts';

/** Source bytes whose syntax trees a cache holds at most; the least recently used go first. */
const MAX_CACHED_BYTES = 4 * 1024 * 1024;

export class ParseCache {
  private readonly entries = new Map<string, { text: string; parsed: ParsedHcl }>();
  private bytes = 0;
  /** The only paths worth keeping: files more than one unit reads. */
  private readonly shared: ReadonlySet<string>;

  constructor(
    shared: Iterable<string>,
    private readonly maxBytes = MAX_CACHED_BYTES,
  ) {
    this.shared = new Set(shared);
  }

  /** `parse(text)`, or the tree of an earlier call for the same path and text. */
  parse(path: string, text: string, parse: (text: string) => ParsedHcl): ParsedHcl {
    if (!this.shared.has(path)) return parse(text);
    const entry = this.entries.get(path);
    if (entry && entry.text === text) {
      // Map order is recency order: re-inserted, it is the last to be evicted.
      this.entries.delete(path);
      this.entries.set(path, entry);
      return entry.parsed;
    }
    const parsed = parse(text);
    if (entry) this.forget(path, entry.text);
    this.entries.set(path, { text, parsed });
    this.bytes += text.length;
    for (const [oldest, { text: oldText }] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.forget(oldest, oldText);
    }
    return parsed;
  }

  private forget(path: string, text: string): void {
    this.entries.delete(path);
    this.bytes -= text.length;
  }
}
