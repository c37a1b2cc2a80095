// Terraform resource addresses: `module.edge["a"].module.sg[0].aws_security_group.this[1]`.

export interface ResourceAddress {
  /** Module call names from the root, with the instance key each was expanded with (`["a"]`, `[0]`, or ''). */
  modules: { name: string; key: string }[];
  type: string;
  name: string;
  /** The resource's instance key as written (`[0]`, `["a"]`), or ''. */
  key: string;
}

/** Reads a `[...]` instance key at `pos` (strings may contain `]`); returns it and the position after it. */
function readKey(text: string, pos: number): [string, number] {
  if (text[pos] !== '[') return ['', pos];
  let i = pos + 1;
  let inString = false;
  for (; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === ']') break;
  }
  return [text.slice(pos, i + 1), i + 1];
}

const NAME = /[A-Za-z_][A-Za-z0-9_-]*/y;

function readName(text: string, pos: number): [string, number] | undefined {
  NAME.lastIndex = pos;
  const m = NAME.exec(text);
  return m ? [m[0], pos + m[0].length] : undefined;
}

/** Parses a managed resource's address; undefined for data sources and anything else. */
export function parseAddress(address: string): ResourceAddress | undefined {
  const modules: ResourceAddress['modules'] = [];
  let pos = 0;
  while (address.startsWith('module.', pos)) {
    const name = readName(address, pos + 'module.'.length);
    if (!name) return undefined;
    const [key, next] = readKey(address, name[1]);
    if (address[next] !== '.') return undefined;
    modules.push({ name: name[0], key });
    pos = next + 1;
  }
  const type = readName(address, pos);
  if (!type || type[0] === 'data' || address[type[1]] !== '.') return undefined;
  const name = readName(address, type[1] + 1);
  if (!name) return undefined;
  const [key, end] = readKey(address, name[1]);
  if (end !== address.length) return undefined;
  return { modules, type: type[0], name: name[0], key };
}

/** `module.a.module.b.` for a module path of names (instance keys dropped), '' for the root. */
export function modulePrefix(modules: readonly string[]): string {
  return modules.map((m) => `module.${m}.`).join('');
}

/** The address without any instance keys: how the configuration names the resource. */
export function staticAddress(address: ResourceAddress): string {
  return `${modulePrefix(address.modules.map((m) => m.name))}${address.type}.${address.name}`;
}

/** The module instance part (`module.a["x"].`), to tell apart two instances of one module. */
export function moduleInstance(address: ResourceAddress): string {
  return address.modules.map((m) => `module.${m.name}${m.key}.`).join('');
}
