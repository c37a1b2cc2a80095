// A tiny ANSI styling helper (no chalk): styles are open/close SGR pairs so they nest.
const STYLES = {
  bold: [1, 22],
  dim: [2, 22],
  underline: [4, 24],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const;

export type Style = keyof typeof STYLES;

/** Styles text when enabled, returns it unchanged otherwise. The caller decides (TTY, NO_COLOR, FORCE_COLOR). */
export type Painter = (text: string, ...styles: Style[]) => string;

export function painter(enabled: boolean): Painter {
  if (!enabled) return (text) => text;
  return (text, ...styles) =>
    styles.reduceRight(
      (inner, style) => `\u001b[${STYLES[style][0]}m${inner}\u001b[${STYLES[style][1]}m`,
      text,
    );
}
