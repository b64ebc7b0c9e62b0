// Extracts the grammar CPython's generated PEG parser (Parser/parser.c of 3.10 and 3.11) runs —
// every rule with its memo flag, left recursion, loop kind and ordered alternatives, each
// alternative's items (rules, tokens, NAME/NUMBER/STRING, soft keywords, lookaheads, cuts) — into
// src/engine/parse/pegen<minor>.json, which src/engine/parse/pegenreplay.ts walks.
//
// Why: a 3.10/3.11 parse creates a new identifier or number object each time the parser's NAME or
// NUMBER item matches a token (Parser/pegen.c _PyPegen_name_token, _PyPegen_number_token), and
// the parser's arena keeps every one of them until the module finishes. Backtracking re-matches
// the same token several times (`x = 1` makes three `x` and three `1`), so how many references a
// program's identifiers and small ints carry while it runs depends on the exact order of the
// alternatives the generated parser tries and which rules it memoizes. The grammar as the parser
// runs it is the data; the walk (pegenreplay.ts) is ours.
//
// usage: node scripts/gen-pegen-grammar.mjs <cpython-3.10-tree> 310
//        node scripts/gen-pegen-grammar.mjs <cpython-3.11-tree> 311
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [tree, minor] = process.argv.slice(2);
if (!tree || !minor) {
  console.error('usage: node scripts/gen-pegen-grammar.mjs <cpython tree> <310|311>');
  process.exit(1);
}
const src = readFileSync(join(tree, 'Parser', 'parser.c'), 'utf8');
const lines = src.split('\n');

// ---- functions: NAME_rule / NAME_raw bodies
const funcs = new Map();
for (let i = 0; i < lines.length; i++) {
  const m = /^(\w+)\(Parser \*p\)$/.exec(lines[i]);
  if (!m || lines[i + 1] !== '{') continue;
  let j = i + 2;
  while (lines[j] !== '}') j++;
  funcs.set(m[1], lines.slice(i + 2, j));
  i = j;
}

const ruleNames = [...funcs.keys()].filter((n) => n.endsWith('_rule')).map((n) => n.slice(0, -5));
const ruleId = new Map(ruleNames.map((n, i) => [n, i]));

// token numbers -> text, from the `// token='x'` comments next to expect_token calls
const tokenText = new Map();
for (const m of src.matchAll(/_PyPegen_expect_token\(p, (\d+)\)\)\s*\/\/ token='(.*)'/g)) {
  const prev = tokenText.get(m[1]);
  if (prev !== undefined && prev !== m[2]) throw new Error(`token ${m[1]} is both ${prev} and ${m[2]}`);
  tokenText.set(m[1], m[2]);
}

/** Token text of an expect_token argument: a named token type or the token's text. */
function tokenKey(arg) {
  if (/^[A-Z_]+$/.test(arg)) return arg;
  const t = tokenText.get(arg);
  if (t === undefined) throw new Error(`token ${arg} without its text`);
  return t;
}

function ruleRef(name) {
  const id = ruleId.get(name);
  if (id === undefined) throw new Error(`unknown rule ${name}`);
  return id;
}

/** One item of an alternative's condition chain. */
function item(text) {
  const [code, comment] = text.split(/\s*\/\/\s*/, 2).map((s) => s.trim());
  let m;
  if ((m = /^\((\w+) = (?:\([\w*]+\))?(\w+)_rule\(p\)(, !p->error_indicator)?\)$/.exec(code))) return [m[3] ? 'o' : 'r', ruleRef(m[2])];
  if ((m = /^\((\w+) = _PyPegen_expect_token\(p, (\w+)\)(, !p->error_indicator)?\)$/.exec(code))) return [m[3] ? 'ot' : 't', tokenKey(m[2])];
  if ((m = /^\((\w+) = _PyPegen_expect_forced_token\(p, (\w+), "(.*)"\)\)$/.exec(code))) return ['t', /^\d+$/.test(m[2]) ? m[3] : m[2]];
  if ((m = /^\((\w+) = _PyPegen_expect_forced_result\(p, \((\w+) = (?:\([\w*]+\))?(\w+)_rule\(p\)\), "(.*)"\)\)$/.exec(code))) return ['r', ruleRef(m[3])];
  if ((m = /^\((\w+) = _PyPegen_(name|number|string|soft_keyword)_token\(p\)(, !p->error_indicator)?\)$/.exec(code))) {
    const k = { name: 'N', number: '#', string: 'S', soft_keyword: 'SK' }[m[2]];
    return m[3] ? ['o' + k] : [k];
  }
  if ((m = /^\((\w+) = _PyPegen_expect_soft_keyword\(p, "(\w+)"\)\)$/.exec(code))) return ['k', m[2]];
  if (/^\(_cut_var = 1\)$/.test(code)) return ['~'];
  if ((m = /^_PyPegen_lookahead\(([01]), (\w+), p\)$/.exec(code))) {
    const f = m[2];
    const inner = f.endsWith('_rule') ? ['r', ruleRef(f.slice(0, -5))] : f === '_PyPegen_name_token' ? ['N'] : f === '_PyPegen_number_token' ? ['#'] : f === '_PyPegen_string_token' ? ['S'] : f === '_PyPegen_soft_keyword_token' ? ['SK'] : null;
    if (!inner) throw new Error(`lookahead of ${f}`);
    return ['&', Number(m[1]), inner];
  }
  if ((m = /^_PyPegen_lookahead_with_int\(([01]), _PyPegen_expect_token, p, (\w+)\)$/.exec(code))) return ['&', Number(m[1]), ['t', tokenKey(m[2])]];
  if ((m = /^_PyPegen_lookahead_with_name\(([01]), _PyPegen_name_token, p\)$/.exec(code))) return ['&', Number(m[1]), ['N']];
  if ((m = /^_PyPegen_lookahead_with_string\(([01]), _PyPegen_expect_soft_keyword, p, "(\w+)"\)$/.exec(code))) return ['&', Number(m[1]), ['k', m[2]]];
  throw new Error(`unknown item: ${text}`);
}

/** The alternatives of a function body: blocks `{ // desc` or `if (p->call_invalid_rules) { // desc`. */
function alternatives(body, fname) {
  const alts = [];
  for (let i = 0; i < body.length; i++) {
    const m = /^ {4}(if \(p->call_invalid_rules\) )?\{ \/\/ (.*)$/.exec(body[i]);
    if (!m) continue;
    const invalid = !!m[1];
    const desc = m[2];
    let j = i + 1;
    while (!/^ {8}(if|while) \($/.test(body[j])) {
      if (/^ {4}\}$/.test(body[j])) throw new Error(`${fname}: no condition in ${desc}`);
      j++;
    }
    const loop = body[j].trim().startsWith('while');
    const cond = [];
    j++;
    let cur = '';
    while (!/^ {8}\)$/.test(body[j])) {
      const t = body[j].trim();
      if (t === '&&') { cond.push(cur); cur = ''; }
      else cur += (cur ? ' ' : '') + t;
      j++;
    }
    cond.push(cur);
    // the action: up to `goto done;` (rules) or the end of the while body (loops)
    let k = j + 1;
    const action = [];
    let depth = 0;
    for (; k < body.length; k++) {
      const t = body[k];
      if (/^ {8}\{$/.test(t)) { depth++; continue; }
      if (/^ {8}\}$/.test(t)) { depth--; if (depth === 0) break; continue; }
      action.push(t.trim());
    }
    const act = action.filter((a) => a.startsWith('_res = ')).join(' ');
    const items = cond.map((c) => {
      try {
        return item(c);
      } catch (e) {
        throw new Error(`${fname} (${desc}): ${e.message}`);
      }
    });
    alts.push({ desc, invalid, loop, items, act });
    i = k;
  }
  return alts;
}

const rules = [];
const flagged = new Set();
for (const name of ruleNames) {
  const body = funcs.get(name + '_rule');
  const memo = body.some((l) => l.includes(`_PyPegen_is_memoized(p, ${name}_type,`));
  const leftrec = funcs.has(name + '_raw');
  const kind = name.startsWith('_loop0_') ? 'loop0' : name.startsWith('_loop1_') ? 'loop1' : 'rule';
  const alts = alternatives(leftrec ? funcs.get(name + '_raw') : body, name);
  if (alts.length === 0) throw new Error(`${name}: no alternatives`);
  if (kind !== 'rule' && alts.length !== 1) throw new Error(`${name}: loop with ${alts.length} alternatives`);
  // Actions that matter: strings (the literal objects), dotted names and '*' (identifiers made by
  // the action), and any action that could fail without an error in the first pass.
  const rec = { n: name, a: [] };
  if (memo) rec.m = 1;
  if (leftrec) rec.l = 1;
  if (kind !== 'rule') rec.k = kind === 'loop0' ? 0 : 1;
  for (const alt of alts) {
    if (alt.invalid || name.startsWith('invalid_')) { rec.a.push(null); continue; }
    const out = { i: alt.items };
    const act = alt.act;
    if (/_PyPegen_concatenate_strings/.test(act)) out.x = 'strings';
    else if (/_PyPegen_join_names_with_dot/.test(act)) out.x = 'dotted';
    else if (/_PyPegen_alias_for_star/.test(act)) out.x = 'star';
    else if (/\? NULL|RAISE_|_PyPegen_arguments_parsing_error|_PyPegen_nonparen_genexp_in_call|CHECK_VERSION\(\w+, [0-9]+, .*, NULL\)/.test(act)) {
      flagged.add(`${name}: ${alt.desc}: ${act}`);
    }
    rec.a.push(out);
  }
  rules.push(rec);
}
for (const f of flagged) console.log('action to review:', f);
const start = ['file', 'fstring'].map((n) => ruleId.get(n));
writeFileSync(`src/engine/parse/pegen${minor}.json`, JSON.stringify({ source: `CPython ${minor[0]}.${minor.slice(1)} Parser/parser.c`, start, rules }) + '\n');
console.log(`${rules.length} rules -> src/engine/parse/pegen${minor}.json`);
