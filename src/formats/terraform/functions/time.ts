// Date and time functions on RFC 3339 timestamps: formatdate, timeadd, timecmp. timestamp() and plantimestamp()
// read the clock and stay unknown (see index.ts).
import { def, fail, needString, num, str, type FunctionDef } from './args.ts';

interface Timestamp {
  /** Milliseconds since the epoch of the instant, without the sub-millisecond part. */
  ms: number;
  /** Nanoseconds within the millisecond, so comparisons keep RFC 3339's precision. */
  ns: number;
  /** The offset written, in minutes; `z` when written as Z. */
  offset: number;
  z: boolean;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function parseTimestamp(text: string, fn: string): Timestamp {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|([+-])(\d{2}):(\d{2}))$/.exec(
    text,
  );
  if (!m) return fail(fn, `not a valid RFC3339 timestamp: ${JSON.stringify(text)}`);
  const [, y, mo, d, h, mi, s, frac = '', zone, sign, oh, om] = m;
  const offset = zone === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const check = new Date(utc);
  if (check.getUTCDate() !== Number(d) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59)
    fail(fn, `not a valid RFC3339 timestamp: ${JSON.stringify(text)}: a field is out of range`);
  const nanos = Number(frac.padEnd(9, '0'));
  return { ms: utc - offset * 60_000 + Math.floor(nanos / 1e6), ns: nanos % 1e6, offset, z: zone === 'Z' };
}

/** The wall clock of a timestamp in its own offset. */
function wallClock(t: Timestamp): Date {
  return new Date(t.ms + t.offset * 60_000);
}

function offsetText(t: Timestamp, colon: boolean): string {
  const abs = Math.abs(t.offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${t.offset < 0 ? '-' : '+'}${hh}${colon ? ':' : ''}${mm}`;
}

function rfc3339(t: Timestamp): string {
  const wall = wallClock(t).toISOString().slice(0, 19);
  return `${wall}${t.z || t.offset === 0 ? 'Z' : offsetText(t, true)}`;
}

const two = (n: number) => String(n).padStart(2, '0');

function formatVerb(verb: string, t: Timestamp): string {
  const d = wallClock(t);
  const hour = d.getUTCHours();
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  switch (verb) {
    case 'YYYY':
      return String(d.getUTCFullYear()).padStart(4, '0');
    case 'YY':
      return two(d.getUTCFullYear() % 100);
    case 'MMMM':
      return MONTHS[d.getUTCMonth()];
    case 'MMM':
      return MONTHS[d.getUTCMonth()].slice(0, 3);
    case 'MM':
      return two(d.getUTCMonth() + 1);
    case 'M':
      return String(d.getUTCMonth() + 1);
    case 'DD':
      return two(d.getUTCDate());
    case 'D':
      return String(d.getUTCDate());
    case 'EEEE':
      return DAYS[d.getUTCDay()];
    case 'EEE':
      return DAYS[d.getUTCDay()].slice(0, 3);
    case 'hh':
      return two(hour);
    case 'h':
      return String(hour);
    case 'HH':
      return two(hour12);
    case 'H':
      return String(hour12);
    case 'AA':
      return hour < 12 ? 'AM' : 'PM';
    case 'aa':
      return hour < 12 ? 'am' : 'pm';
    case 'mm':
      return two(d.getUTCMinutes());
    case 'm':
      return String(d.getUTCMinutes());
    case 'ss':
      return two(d.getUTCSeconds());
    case 's':
      return String(d.getUTCSeconds());
    case 'ZZZZZ':
      return offsetText(t, true);
    case 'ZZZZ':
      return offsetText(t, false);
    case 'ZZZ':
      return t.offset === 0 ? 'UTC' : offsetText(t, false);
    case 'Z':
      return t.offset === 0 ? 'Z' : offsetText(t, true);
  }
  return fail('formatdate', `invalid date format verb ${JSON.stringify(verb)}`);
}

function formatdate(spec: string, t: Timestamp): string {
  let out = '';
  for (let i = 0; i < spec.length;) {
    const c = spec[i];
    if (c === "'") {
      if (spec[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // A quoted literal runs to the next lone quote; a doubled quote inside it is one quote ('o''clock').
      let end = i + 1;
      for (; end < spec.length; end++) {
        if (spec[end] !== "'") continue;
        if (spec[end + 1] !== "'") break;
        end++;
      }
      if (end >= spec.length) fail('formatdate', 'unterminated literal quote');
      out += spec.slice(i + 1, end).replaceAll("''", "'");
      i = end + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (spec[j] === c) j++;
      out += formatVerb(spec.slice(i, j), t);
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

const UNITS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Go's time.ParseDuration, in milliseconds. */
function parseDuration(text: string): number {
  const m = /^([+-]?)((?:\d*\.?\d+(?:ns|us|µs|μs|ms|s|m|h))+|0)$/.exec(text);
  if (!m) return fail('timeadd', `time: invalid duration ${JSON.stringify(text)}`);
  let total = 0;
  for (const part of m[2].matchAll(/(\d*\.?\d+)(ns|us|µs|μs|ms|s|m|h)/g))
    total += Number(part[1]) * UNITS[part[2]];
  return m[1] === '-' ? -total : total;
}

export const TIME_FUNCTIONS: Record<string, FunctionDef> = {
  formatdate: def(2, 2, ([spec, ts]) =>
    str(
      formatdate(needString(spec, 'formatdate'), parseTimestamp(needString(ts, 'formatdate'), 'formatdate')),
    ),
  ),
  timeadd: def(2, 2, ([ts, duration]) => {
    const t = parseTimestamp(needString(ts, 'timeadd'), 'timeadd');
    const ms = parseDuration(needString(duration, 'timeadd'));
    return str(rfc3339({ ...t, ms: t.ms + Math.trunc(ms) }));
  }),
  timecmp: def(2, 2, ([a, b]) => {
    const x = parseTimestamp(needString(a, 'timecmp'), 'timecmp');
    const y = parseTimestamp(needString(b, 'timecmp'), 'timecmp');
    return num(Math.sign(x.ms - y.ms || x.ns - y.ns));
  }),
};
