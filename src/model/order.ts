// One string order for everything that is sorted: by UTF-16 code units, the same on every machine. localeCompare
// depends on the locale (reports would differ between a laptop and CI) and its first call loads ICU collation
// data (~10 ms of a whole lint).

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
