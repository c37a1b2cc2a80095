import { createRequire as __egressLintCreateRequire } from 'node:module'; const require = __egressLintCreateRequire(import.meta.url);
import {
  hostFormatOf
} from "./chunk-BJPNVDV7.js";
import {
  applyCloudConfig,
  keepTaggedValue,
  scalarOrigin
} from "./chunk-QLNOTHSP.js";
import {
  filesReadBy
} from "./chunk-W243PUGB.js";
import {
  HostFirewalls
} from "./chunk-4OO2E52U.js";
import "./chunk-V55TISQB.js";
import "./chunk-G3BGQXE4.js";
import "./chunk-KMWAGXRE.js";
import {
  parseYaml
} from "./chunk-TS73Y5QE.js";
import "./chunk-ZREOZPZI.js";
import "./chunk-LJAGTFCK.js";
import "./chunk-QUNNNYKS.js";
import {
  get,
  toPlain
} from "./chunk-IVA2APYO.js";
import "./chunk-PYUYWIVF.js";

// src/formats/ansible/jinja.ts
var UNKNOWN = /* @__PURE__ */ Symbol("unknown");
var OMIT = /* @__PURE__ */ Symbol("omit");
var MAX_DEPTH = 10;
var EXPRESSION = /\{\{(.*?)\}\}/gs;
function render(value, scope, depth = 0) {
  if (typeof value !== "string" || !value.includes("{{")) return value;
  if (depth > MAX_DEPTH || /\{%/.test(value)) return UNKNOWN;
  const whole = /^\s*\{\{(.*?)\}\}\s*$/s.exec(value);
  if (whole && !whole[1].includes("}}")) return evaluate(whole[1], scope, depth) ?? UNKNOWN;
  let unknown = false;
  const text = value.replace(EXPRESSION, (_, expression) => {
    const v = evaluate(expression, scope, depth);
    if (v === void 0 || v === UNKNOWN || v === OMIT || typeof v === "object" && v !== null) {
      unknown = true;
      return "";
    }
    return String(v);
  });
  return unknown ? UNKNOWN : text;
}
function literal(text) {
  const t = text.trim();
  if (/^-?\d+$/.test(t)) return Number(t);
  if (/^(true|True)$/.test(t)) return true;
  if (/^(false|False)$/.test(t)) return false;
  if (/^(none|None|null)$/.test(t)) return null;
  const quoted = /^'([^']*)'$|^"([^"]*)"$/.exec(t);
  if (quoted) return quoted[1] ?? quoted[2];
  if (t === "[]") return [];
  return void 0;
}
function lookup(path, scope, depth) {
  const m = /^([A-Za-z_]\w*)((?:\.\w+|\[\s*(?:'[^']*'|"[^"]*"|\d+)\s*\])*)$/.exec(path.trim());
  if (!m) return UNKNOWN;
  if (m[1] === "omit") return OMIT;
  let current = scope(m[1]);
  for (const part of m[2].match(/\.\w+|\[[^\]]*\]/g) ?? []) {
    current = render(current ?? UNKNOWN, scope, depth + 1);
    if (current === UNKNOWN) return UNKNOWN;
    const key = part.startsWith(".") ? part.slice(1) : literal(part.slice(1, -1));
    if (Array.isArray(current) && typeof key === "number") current = current[key];
    else if (current !== null && typeof current === "object" && !Array.isArray(current))
      current = Object.hasOwn(current, key) ? current[key] : void 0;
    else return void 0;
    if (current === void 0) return void 0;
  }
  return current === void 0 ? void 0 : render(current, scope, depth + 1);
}
function splitFilters(expression) {
  const parts = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < expression.length; i++) {
    const c = expression[i];
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "|" && depth === 0) {
      parts.push(expression.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(expression.slice(start));
  return parts.map((p) => p.trim());
}
function evaluate(expression, scope, depth = 0) {
  const [base, ...filters] = splitFilters(expression);
  let value = literal(base) ?? lookup(base, scope, depth);
  for (const filter of filters) {
    const call = /^(\w+)\s*(?:\((.*)\))?$/s.exec(filter);
    if (!call) return UNKNOWN;
    const [, name, args] = call;
    if (name === "default" || name === "d") {
      if (value === void 0)
        value = args === void 0 ? "" : evaluate(args.split(/,(?![^(]*\))/)[0], scope, depth);
    } else if (value === void 0) return void 0;
    else if (value === UNKNOWN || value === OMIT) continue;
    else if (name === "bool") value = value === true || /^(yes|true|1|on)$/i.test(String(value));
    else if (name === "int") value = Number.parseInt(String(value), 10);
    else if (name === "string") value = String(value);
    else if (name === "trim") value = String(value).trim();
    else if (name === "lower") value = String(value).toLowerCase();
    else if (name === "upper") value = String(value).toUpperCase();
    else if (name !== "list") return UNKNOWN;
  }
  return value;
}

// src/formats/ansible/tasks.ts
var MODULES = {
  ufw: "ufw",
  "community.general.ufw": "ufw",
  iptables: "iptables",
  "ansible.builtin.iptables": "iptables",
  "ansible.legacy.iptables": "iptables"
};
var SHELL_MODULES = new Set(
  ["shell", "command", "raw"].flatMap((m) => [m, `ansible.builtin.${m}`, `ansible.legacy.${m}`])
);
var BLOCK_KEYS = ["block", "rescue", "always"];
var PLAY_TASK_KEYS = ["pre_tasks", "tasks", "post_tasks", "handlers"];
function plain(node) {
  return node === void 0 ? void 0 : toPlain(node);
}
function objectOf(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value : {};
}
function roleDirOf(path) {
  const m = /^(.*?)(?:^|\/)(tasks|handlers)\/[^/]+$/.exec(path);
  return m ? m[1] : void 0;
}
function readVars(project, dir, sub) {
  for (const name of ["main.yml", "main.yaml"]) {
    const text = project.read(`${dir ? `${dir}/` : ""}${sub}/${name}`);
    if (text === void 0) continue;
    return objectOf(plain(parseYaml(text, { tags: keepTaggedValue }).root));
  }
  return {};
}
function scopeOf(layers) {
  return (name) => {
    for (const layer of layers) if (Object.hasOwn(layer, name)) return layer[name];
    return void 0;
  };
}
function locationOf(file, node) {
  return { file, line: node.loc.line, column: node.loc.column };
}
function loopItems(task, scope) {
  const loop = get(task, "loop") ?? get(task, "with_items") ?? get(task, "with_list");
  if (!loop) return void 0;
  const flatten = get(task, "with_items") !== void 0;
  if (loop.type === "array") {
    const items = loop.items.map((n) => render(plain(n) ?? null, scope));
    return flatten && items.some(Array.isArray) ? { items: items.flat() } : { items, nodes: loop.items };
  }
  const value = render(plain(loop) ?? null, scope);
  if (!Array.isArray(value)) return { items: [UNKNOWN] };
  return { items: flatten ? value.flat() : value };
}
function itemLocation(source, loopVar, itemNode, file) {
  const m = new RegExp(`^\\s*\\{\\{\\s*${loopVar}(?:\\.(\\w+))?\\s*(\\|[^}]*)?\\}\\}\\s*$`).exec(source);
  if (!m || !itemNode) return void 0;
  const node = m[1] ? get(itemNode, m[1]) : itemNode;
  return node ? locationOf(file, node) : void 0;
}
function renderScript(text, scope) {
  const placeholders = /* @__PURE__ */ new Map();
  const out = text.replace(/\{\{(.*?)\}\}/gs, (whole) => {
    const v = render(whole, scope);
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return String(v);
    const name = `__jinja_${placeholders.size + 1}`;
    placeholders.set(`$${name}`, whole);
    return `$${name}`;
  });
  return { text: out, placeholders };
}
function walkTasks(list, layers, w) {
  if (list?.type !== "array") return;
  for (const task of list.items) {
    if (task.type !== "object") continue;
    const taskVars = objectOf(plain(get(task, "vars")));
    const inner = [taskVars, ...layers];
    for (const key of BLOCK_KEYS) walkTasks(get(task, key), inner, w);
    const entry = task.entries.find((e) => MODULES[e.key] !== void 0 || SHELL_MODULES.has(e.key));
    if (!entry) continue;
    const module = MODULES[entry.key] ?? "shell";
    const loopVar = String(plain(get(get(task, "loop_control"), "loop_var")) ?? "item");
    const loop = loopItems(task, scopeOf(inner));
    const runs = loop ? loop.items.map((item, i) => ({ item, node: loop.nodes?.[i] })) : [{}];
    for (const run of runs) {
      const itemLayer = {};
      if (run.item !== void 0) itemLayer[loopVar] = run.item;
      const scope = scopeOf([itemLayer, ...inner]);
      const args = /* @__PURE__ */ new Map();
      const addArg = (key, node) => {
        const raw = plain(node) ?? null;
        const source = typeof raw === "string" ? raw : JSON.stringify(raw);
        const value2 = render(raw, scope);
        if (value2 === OMIT) return;
        args.set(key, {
          value: value2,
          source,
          location: itemLocation(source, loopVar, run.node, w.file) ?? locationOf(w.file, node)
        });
      };
      const value = entry.value;
      if (value.type === "object") for (const e of value.entries) addArg(e.key, e.value);
      else if (module !== "shell" && value.type === "scalar" && typeof value.value === "string") {
        for (const m of value.value.matchAll(/(\w+)=((?:\{\{.*?\}\}|"[^"]*"|'[^']*'|[^\s])+)/g))
          args.set(m[1], {
            value: render(m[2].replace(/^["']|["']$/g, ""), scope),
            source: m[2],
            location: locationOf(w.file, value)
          });
      }
      for (const e of get(task, "args")?.type === "object" ? get(task, "args").entries : [])
        addArg(e.key, e.value);
      const fwTask = {
        module,
        args,
        location: locationOf(w.file, task),
        conditional: get(task, "when") !== void 0
      };
      if (module === "shell") {
        const node = value.type === "scalar" ? value : get(value, "cmd");
        const argv = get(value, "argv");
        if (node?.type === "scalar" && typeof node.value === "string") {
          fwTask.script = { ...renderScript(node.value, scope), origin: scalarOrigin(w.file, w.lines, node) };
        } else if (argv?.type === "array") {
          const words = argv.items.map((n) => `'${String(plain(n)).replaceAll("'", "'\\''")}'`).join(" ");
          fwTask.script = {
            ...renderScript(words, scope),
            origin: { file: w.file, line: argv.loc.line, column: argv.loc.column - 1 }
          };
        } else continue;
      }
      w.tasks.push(fwTask);
    }
  }
}
function ansibleFirewallTasks(text, file, project) {
  const parsed = parseYaml(text, { tags: keepTaggedValue });
  const w = { file, lines: text.split("\n"), tasks: [], unresolved: [] };
  if (!parsed.root) {
    const e = parsed.errors[0];
    return {
      tasks: [],
      unresolved: [],
      errors: [
        {
          level: "error",
          location: { file, line: e?.line ?? 1, column: e?.column ?? 1 },
          message: `invalid Ansible YAML: ${e?.message ?? "no document"}`
        }
      ]
    };
  }
  const role = roleDirOf(file);
  const roleLayers = role === void 0 ? [] : [readVars(project, role, "vars"), readVars(project, role, "defaults")];
  if (parsed.root.type !== "array") return { tasks: [], errors: [], unresolved: [] };
  const isPlaybook = parsed.root.items.some((p) => get(p, "hosts") !== void 0);
  if (!isPlaybook) walkTasks(parsed.root, roleLayers, w);
  else
    for (const play of parsed.root.items) {
      const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
      const files = plain(get(play, "vars_files"));
      const fileVars = (Array.isArray(files) ? files : []).map((f) => {
        const path = typeof f === "string" && !f.includes("{{") ? project.read(`${dir}${f}`) : void 0;
        return path === void 0 ? {} : objectOf(plain(parseYaml(path, { tags: keepTaggedValue }).root));
      });
      const layers = [objectOf(plain(get(play, "vars"))), ...fileVars.reverse(), ...roleLayers];
      for (const key of PLAY_TASK_KEYS) walkTasks(get(play, key), layers, w);
    }
  return { tasks: w.tasks, errors: [], unresolved: w.unresolved };
}
var INCLUDE_KEYS = ["import_tasks", "include_tasks", "include"].flatMap((k) => [k, `ansible.builtin.${k}`]);
function roleTaskOrder(tasksDir, project) {
  const names = (project.listDir(tasksDir) ?? []).filter((n) => /\.ya?ml$/.test(n)).sort();
  const order = [];
  const visit = (name, depth) => {
    const path = `${tasksDir}/${name}`;
    if (order.includes(path) || depth > 16 || !names.includes(name)) return;
    order.push(path);
    const text = project.read(path);
    const root = text === void 0 ? void 0 : parseYaml(text, { tags: keepTaggedValue }).root;
    for (const task of root?.type === "array" ? root.items : []) {
      for (const key of INCLUDE_KEYS) {
        const arg = get(task, key);
        const target = plain(arg?.type === "object" ? get(arg, "file") : arg);
        if (typeof target === "string" && !target.includes("{{"))
          visit(target.replace(/^\.\//, ""), depth + 1);
      }
    }
  };
  visit(names.includes("main.yml") ? "main.yml" : "main.yaml", 0);
  for (const name of names) if (!order.includes(`${tasksDir}/${name}`)) order.push(`${tasksDir}/${name}`);
  return order;
}

// src/providers/host/ansible.ts
function wordOf(arg) {
  const v = arg.value;
  if (v === UNKNOWN) return { text: arg.source, location: arg.location, unknown: true };
  if (v === null || v === "" || typeof v === "symbol") return void 0;
  if (Array.isArray(v))
    return {
      text: v.map(String).join(","),
      location: arg.location,
      unknown: v.includes(UNKNOWN) || void 0
    };
  if (typeof v === "object") return { text: arg.source, location: arg.location, unknown: true };
  return { text: String(v), location: arg.location };
}
function truthy(arg) {
  const v = arg?.value;
  return v === true || typeof v === "string" && /^(yes|true|on|1)$/i.test(v);
}
var Words = class {
  constructor(tool, args, at) {
    this.args = args;
    this.at = at;
    this.list = [{ text: tool, location: at }];
  }
  args;
  at;
  list;
  /** Adds literal words. */
  add(...texts) {
    for (const text of texts) this.list.push({ text, location: this.at });
    return this;
  }
  /** Adds `flag VALUE` when one of the arguments is set; the value's word carries its location. */
  option(flag, ...names) {
    for (const name of names) {
      const arg = this.args.get(name);
      const word = arg ? wordOf(arg) : void 0;
      if (!word) continue;
      this.add(...Array.isArray(flag) ? flag : [flag]);
      this.list.push(word);
      return true;
    }
    return false;
  }
  text(name) {
    const arg = this.args.get(name);
    return arg ? wordOf(arg)?.text : void 0;
  }
};
function ufwTask(host, task) {
  const w = new Words("ufw", task.args, task.location);
  const state = w.text("state");
  if (state === "reset") {
    if (!task.conditional) host.command(w.add("reset").list, task.location);
    return;
  }
  const direction = w.text("direction");
  const policyArg = task.args.get("policy") ?? task.args.get("default");
  const policy = policyArg ? wordOf(policyArg) : void 0;
  if (policy) {
    const outgoing = direction === "out" || direction === "outgoing";
    w.add("default").list.push(policy);
    w.add(outgoing ? "outgoing" : direction ?? "incoming");
    host.command(w.list, policy.location);
    return;
  }
  const rule = task.args.get("rule");
  if (!rule || truthy(task.args.get("route"))) return;
  const remove = truthy(task.args.get("delete"));
  if (remove && task.conditional) return;
  if (remove) w.add("delete");
  w.option("insert", "insert");
  w.list.push(wordOf(rule) ?? { text: rule.source, location: rule.location, unknown: true });
  w.add(direction === "out" || direction === "outgoing" ? "out" : "in");
  w.option("on", "interface", "if", "interface_out");
  w.option("proto", "proto", "protocol");
  w.option("from", "from_ip", "from", "src");
  w.option("port", "from_port");
  if (!w.option("to", "to_ip", "to", "dest")) w.add("to", "any");
  if (!w.option("port", "to_port", "port")) w.option("app", "name", "app");
  host.command(w.list, task.location);
}
function iptablesTask(host, task) {
  const six = /6/.test(String(task.args.get("ip_version")?.value ?? ""));
  const w = new Words(six ? "ip6tables" : "iptables", task.args, task.location);
  w.option("-t", "table");
  const chain = w.text("chain") ?? "INPUT";
  if (truthy(task.args.get("flush"))) {
    if (!task.conditional)
      host.command(w.add("-F", ...task.args.has("chain") ? [chain] : []).list, task.location);
    return;
  }
  if (w.option(["-P", chain], "policy")) return host.command(w.list, task.args.get("policy").location);
  const absent = w.text("state") === "absent";
  if (absent && task.conditional) return;
  const ruleArgs = [
    "protocol",
    "destination",
    "destination_port",
    "destination_ports",
    "jump",
    "out_interface",
    "ctstate"
  ];
  if (truthy(task.args.get("chain_management")) && !ruleArgs.some((a) => task.args.has(a))) {
    if (!absent) host.command(w.add("-N", chain).list, task.location);
    return;
  }
  if (absent) w.add("-D", chain);
  else if (w.text("action") === "insert") {
    w.add("-I", chain);
    const num = w.text("rule_num");
    if (num !== void 0) w.add(num);
  } else w.add("-A", chain);
  w.option("-p", "protocol");
  w.option("-s", "source");
  w.option("-d", "destination");
  w.option("-o", "out_interface");
  w.option("-i", "in_interface");
  w.option(["-m", "multiport", "--dports"], "destination_ports");
  w.option("--dport", "destination_port");
  w.option("--sport", "source_port");
  w.option(["-m", "conntrack", "--ctstate"], "ctstate");
  w.option(["-m", "owner", "--uid-owner"], "uid_owner");
  w.option("-j", "jump");
  w.option("-g", "goto");
  host.command(w.list, task.location);
}
function shellTask(host, task) {
  if (task.script) host.script(task.script.text, task.script.origin, task.script.placeholders);
}
function applyAnsibleTask(host, task) {
  if (task.module === "ufw") ufwTask(host, task);
  else if (task.module === "iptables") iptablesTask(host, task);
  else shellTask(host, task);
}

// src/providers/host/index.ts
var FIREWALL_WORD = /ufw|ip6?tables|^\s*(?:\*filter|:OUTPUT|-[AI] OUTPUT)\b/i;
function analyzeFile(file, result, options) {
  const format = hostFormatOf(file);
  const host = new HostFirewalls();
  const origin = { file: file.path, line: 1, column: 0 };
  if ((format === "shell" || format === "cloud-init") && renderedByTerraform(options.project).has(file.path)) {
    result.skipped?.push(file.path);
    return;
  }
  switch (format) {
    case "jinja-template": {
      result.skipped?.push(file.path);
      const firewallLine = file.text.split("\n").findIndex((line) => FIREWALL_WORD.test(line));
      if (firewallLine !== -1 || FIREWALL_WORD.test(file.path.slice(file.path.lastIndexOf("/") + 1)))
        result.unresolved.push({
          location: { file: file.path, line: Math.max(firewallLine + 1, 1), column: 1 },
          expression: "Jinja template",
          reason: "Ansible renders it with values known only at run time, so the ufw or iptables configuration in it is not analysed"
        });
      return;
    }
    case "shell":
      host.script(file.text, origin);
      break;
    case "iptables-save":
      host.saveFile(file.text, origin, file.path);
      break;
    case "cloud-init":
      result.diagnostics.push(...applyCloudConfig(host, file.text, file.path));
      break;
    case "ansible": {
      const role = roleTasks(file, options.project);
      if (role && role.files[0] !== file.path) return;
      for (const path of role?.files ?? [file.path]) {
        const text = path === file.path ? file.text : options.project.read(path) ?? "";
        const { tasks, errors, unresolved } = ansibleFirewallTasks(text, path, options.project);
        result.diagnostics.push(...errors);
        host.unresolved.push(...unresolved);
        for (const task of tasks) applyAnsibleTask(host, task);
      }
      if (role) {
        result.firewalls.push(...host.firewalls({ file: role.dir, kind: "Ansible role" }));
        result.unresolved.push(...host.unresolved);
        return;
      }
      break;
    }
    case void 0:
      result.skipped?.push(file.path);
      return;
  }
  result.firewalls.push(...host.firewalls({ file: file.path, kind: format }));
  result.unresolved.push(...host.unresolved);
}
var renderedCache = /* @__PURE__ */ new WeakMap();
function renderedByTerraform(project) {
  let rendered = renderedCache.get(project);
  if (rendered) return rendered;
  rendered = /* @__PURE__ */ new Set();
  for (const path of project.paths())
    if (path.endsWith(".tf"))
      for (const target of filesReadBy(path, project.read(path) ?? "")) rendered.add(target);
  renderedCache.set(project, rendered);
  return rendered;
}
function roleTasks(file, project) {
  const m = /^(.*?)\/?tasks\/[^/]+$/.exec(file.path);
  if (!m) return void 0;
  const tasksDir = file.path.slice(0, file.path.lastIndexOf("/"));
  const files = roleTaskOrder(tasksDir, project).filter((path) => {
    const text = path === file.path ? file.text : project.read(path);
    return text !== void 0 && hostFormatOf({ path, absPath: path, text }) === "ansible";
  });
  return files.includes(file.path) ? { dir: m[1] || ".", files } : void 0;
}
var hostAnalyzer = {
  id: "host",
  claims: (file) => hostFormatOf(file) !== void 0,
  analyze(files, options) {
    const result = { firewalls: [], diagnostics: [], unresolved: [], skipped: [] };
    for (const file of files) {
      try {
        analyzeFile(file, result, options);
      } catch (error) {
        result.diagnostics.push({
          level: "error",
          location: { file: file.path, line: 1, column: 1 },
          message: `internal error while reading host firewall commands: ${error.message}`
        });
      }
    }
    return result;
  }
};
export {
  hostAnalyzer
};
