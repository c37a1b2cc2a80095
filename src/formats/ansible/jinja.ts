// The part of Jinja that Ansible firewall tasks use for their values: `{{ name }}`, attribute and index access
// (`item.port`, `item['port']`), literals, and the filters `default`/`d`, `bool`, `int`, `string`, `trim`,
// `lower`, `upper`, `list`. Anything else (operators, tests, lookups, facts the play gathers) is unknown.
// No template is ever executed: this evaluates expressions over literal values read from YAML.

export const UNKNOWN = Symbol('unknown');
export const OMIT = Symbol('omit');
export type Value =
  string | number | boolean | null | Value[] | { [key: string]: Value } | typeof UNKNOWN | typeof OMIT;

/** A variable's value, or undefined when it is not defined. */
export type Scope = (name: string) => Value | undefined;

/** How deep variables that hold templates are followed (`a: "{{ b }}"`, `b: "{{ c }}"`…). */
const MAX_DEPTH = 10;

const EXPRESSION = /\{\{(.*?)\}\}/gs;

/** Renders a value: a string that is one `{{ expression }}` becomes the expression's value; others are rendered. */
export function render(value: Value, scope: Scope, depth = 0): Value {
  if (typeof value !== 'string' || !value.includes('{{')) return value;
  if (depth > MAX_DEPTH || /\{%/.test(value)) return UNKNOWN;
  const whole = /^\s*\{\{(.*?)\}\}\s*$/s.exec(value);
  if (whole && !whole[1].includes('}}')) return evaluate(whole[1], scope, depth) ?? UNKNOWN;
  let unknown = false;
  const text = value.replace(EXPRESSION, (_, expression: string) => {
    const v = evaluate(expression, scope, depth);
    if (v === undefined || v === UNKNOWN || v === OMIT || (typeof v === 'object' && v !== null)) {
      unknown = true;
      return '';
    }
    return String(v);
  });
  return unknown ? UNKNOWN : text;
}

function literal(text: string): Value | undefined {
  const t = text.trim();
  if (/^-?\d+$/.test(t)) return Number(t);
  if (/^(true|True)$/.test(t)) return true;
  if (/^(false|False)$/.test(t)) return false;
  if (/^(none|None|null)$/.test(t)) return null;
  const quoted = /^'([^']*)'$|^"([^"]*)"$/.exec(t);
  if (quoted) return quoted[1] ?? quoted[2];
  if (t === '[]') return [];
  return undefined;
}

/** `a.b['c'][0]` → the value, undefined when a part is not defined, UNKNOWN when it cannot be read. */
function lookup(path: string, scope: Scope, depth: number): Value | undefined {
  const m = /^([A-Za-z_]\w*)((?:\.\w+|\[\s*(?:'[^']*'|"[^"]*"|\d+)\s*\])*)$/.exec(path.trim());
  if (!m) return UNKNOWN;
  if (m[1] === 'omit') return OMIT;
  let current = scope(m[1]);
  for (const part of m[2].match(/\.\w+|\[[^\]]*\]/g) ?? []) {
    current = render(current ?? UNKNOWN, scope, depth + 1);
    if (current === UNKNOWN) return UNKNOWN;
    const key = part.startsWith('.') ? part.slice(1) : (literal(part.slice(1, -1)) as string | number);
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (current !== null && typeof current === 'object' && !Array.isArray(current))
      current = Object.hasOwn(current, key) ? current[key] : undefined;
    else return undefined;
    if (current === undefined) return undefined;
  }
  return current === undefined ? undefined : render(current, scope, depth + 1);
}

function splitFilters(expression: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(expression.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(expression.slice(start));
  return parts.map((p) => p.trim());
}

/** An expression's value; undefined when it names a variable that is not defined (for `default`). */
export function evaluate(expression: string, scope: Scope, depth = 0): Value | undefined {
  const [base, ...filters] = splitFilters(expression);
  let value: Value | undefined = literal(base) ?? lookup(base, scope, depth);
  for (const filter of filters) {
    const call = /^(\w+)\s*(?:\((.*)\))?$/s.exec(filter);
    if (!call) return UNKNOWN;
    const [, name, args] = call;
    if (name === 'default' || name === 'd') {
      if (value === undefined)
        value = args === undefined ? '' : evaluate(args.split(/,(?![^(]*\))/)[0], scope, depth);
    } else if (value === undefined) return undefined;
    else if (value === UNKNOWN || value === OMIT) continue;
    else if (name === 'bool') value = value === true || /^(yes|true|1|on)$/i.test(String(value));
    else if (name === 'int') value = Number.parseInt(String(value), 10);
    else if (name === 'string') value = String(value);
    else if (name === 'trim') value = String(value).trim();
    else if (name === 'lower') value = String(value).toLowerCase();
    else if (name === 'upper') value = String(value).toUpperCase();
    else if (name !== 'list') return UNKNOWN;
  }
  return value;
}
