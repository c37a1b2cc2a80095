// The registry of input formats, in claim order (the first analyser that claims a file gets it).
import type { FormatAnalyzer } from './formats.ts';

export const analyzers: FormatAnalyzer[] = [];
