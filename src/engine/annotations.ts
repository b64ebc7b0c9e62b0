// The annotation language (docs/annotations.md): comments that keep a file valid Python and tell
// HeapLens what to simulate and what to check.
//
//   # heap: python=3.11,3.12 threshold=700,10,10 stdout=pipe    settings for the file or cell
//   # %% heap                                                    starts a snippet (cell) in a .py
//   ```python heap                                              a snippet in Markdown
//   # @expect refcount(a) == 2        # @expect getsizeof(x) == 88     # @expect collected == 2
//   # @expect leak    # @expect no-leak    # @expect cycle            checked after the statement above
//   # @expect[3.8,3.10] collected == 2    # @expect[3.11+] collected == 1  only on those versions
//   # @snapshot LABEL                                            a named point for the panel
//
// This module only reads text; binding an expectation to its statement needs the AST and
// happens in simulate().
import type { ProfileId } from './result';
import { isProfileId } from './profiles/profile';

export type ExpectKind = 'refcount' | 'getsizeof' | 'collected' | 'leak' | 'no-leak' | 'cycle';
export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>=';

export interface Expectation {
  /** 1-based line and column of the `@expect` comment in the file. */
  line: number;
  col: number;
  /** The text after `@expect`, trimmed. */
  text: string;
  kind: ExpectKind;
  /** `@expect[3.8,3.11+]`: the versions it applies to (null: all). */
  versions: string[] | null;
  /** For refcount/getsizeof. */
  name?: string;
  op?: CompareOp;
  value?: number;
}

export interface SnapshotMark {
  line: number;
  col: number;
  label: string;
}

export interface SnippetSettings {
  /** Versions the snippet declares (`python=3.11,3.12`); null when it declares none. */
  pythons: ProfileId[] | null;
  /** Initial gc thresholds (`threshold=700,10,10`). */
  threshold: [number, number, number] | null;
  stdout: 'tty' | 'pipe' | null;
}

/** A problem in an annotation itself (bad syntax, unknown setting). */
export interface AnnotationProblem {
  line: number;
  col: number;
  message: string;
}

export interface Snippet {
  /** 1-based first and last line of the snippet's code in the file. */
  startLine: number;
  endLine: number;
  /** The file's text with everything outside the snippet blanked, so line numbers stay the
   * file's (tracebacks, lenses and diagnostics need no mapping). */
  source: string;
  settings: SnippetSettings;
  expectations: Expectation[];
  snapshots: SnapshotMark[];
  problems: AnnotationProblem[];
}

const SETTINGS_RE = /^\s*#\s*heap:(.*)$/;
const CELL_RE = /^\s*#\s*%%(.*)$/;
const EXPECT_RE = /^(\s*)#\s*@expect(?:\[([^\]]*)\])?(?=\s|$)(.*)$/;
const SNAPSHOT_RE = /^(\s*)#\s*@snapshot\b(.*)$/;
const FENCE_OPEN_RE = /^(\s*)(`{3,}|~{3,})\s*(.*)$/;

/** Does this text use the annotation language at all (so a session traces it automatically)? */
export function isAnnotated(text: string, kind: 'py' | 'md'): boolean {
  if (kind === 'md') return findFences(text.split(/\r\n|\r|\n/)).length > 0;
  return /^\s*#\s*(heap:|%%\s*heap\b|@expect\b|@snapshot\b)/m.test(text);
}

/** The snippets of a .py file (its `# %% heap` cells, or the whole file) or a Markdown file. */
export function parseSnippets(text: string, kind: 'py' | 'md'): Snippet[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (kind === 'md') {
    return findFences(lines).map(([a, b]) => makeSnippet(lines, a, b, emptySettings(), []));
  }
  // File-level settings: `# heap:` lines outside any heap cell.
  const cells: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < lines.length; i++) {
    const m = CELL_RE.exec(lines[i]);
    if (m === null) continue;
    if (open >= 0) cells.push([open, i - 1]);
    open = /^\s*heap\b/.test(m[1]) ? i + 1 : -1;
  }
  if (open >= 0) cells.push([open, lines.length - 1]);
  const fileProblems: AnnotationProblem[] = [];
  const fileSettings = emptySettings();
  const inCell = (i: number): boolean => cells.some(([a, b]) => i >= a && i <= b);
  if (cells.length === 0) return [makeSnippet(lines, 0, lines.length - 1, fileSettings, fileProblems)];
  for (let i = 0; i < lines.length; i++) {
    if (inCell(i)) continue;
    const m = SETTINGS_RE.exec(lines[i]);
    if (m !== null) readSettings(m[1], i, lines[i].indexOf('heap:') + 5, fileSettings, fileProblems);
  }
  return cells.map(([a, b]) => makeSnippet(lines, a, b, { ...fileSettings }, [...fileProblems]));
}

function emptySettings(): SnippetSettings {
  return { pythons: null, threshold: null, stdout: null };
}

/** Line ranges (0-based, inclusive) of the code inside ```python heap fences. */
function findFences(lines: string[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = FENCE_OPEN_RE.exec(lines[i]);
    if (m === null) continue;
    const fence = m[2];
    const info = m[3].trim().split(/\s+/);
    // the closing fence: the same character, at least as long
    let j = i + 1;
    while (j < lines.length && !new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(lines[j])) j++;
    if (info[0] === 'python' && info.includes('heap')) out.push([i + 1, j - 1]);
    i = j;
  }
  return out;
}

function makeSnippet(lines: string[], a: number, b: number, settings: SnippetSettings, problems: AnnotationProblem[]): Snippet {
  const expectations: Expectation[] = [];
  const snapshots: SnapshotMark[] = [];
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (i < a || i > b) {
      out.push('');
      continue;
    }
    const line = lines[i];
    out.push(line);
    const s = SETTINGS_RE.exec(line);
    if (s !== null) readSettings(s[1], i, line.indexOf('heap:') + 5, settings, problems);
    const e = EXPECT_RE.exec(line);
    if (e !== null) {
      const col = e[1].length;
      // a trailing comment explains the claim: `# @expect leak  # why`
      const body = e[3].replace(/\s#.*$/, '').trim();
      const parsed = parseExpectation(body);
      const versions = e[2] === undefined ? null : e[2].split(',').map((v) => v.trim()).filter(Boolean);
      const badVersion = versions?.find((v) => !isProfileId(v.replace(/\+$/, '')));
      if (typeof parsed === 'string') problems.push({ line: i + 1, col: col + 1, message: parsed });
      else if (badVersion !== undefined || (versions !== null && versions.length === 0)) problems.push({ line: i + 1, col: col + 1, message: `unknown version '${badVersion ?? ''}' in @expect[…] (e.g. @expect[3.8,3.11+])` });
      else expectations.push({ line: i + 1, col: col + 1, text: body, versions, ...parsed });
    }
    const sn = SNAPSHOT_RE.exec(line);
    if (sn !== null) {
      const label = sn[2].replace(/\s#.*$/, '').trim();
      if (label === '') problems.push({ line: i + 1, col: sn[1].length + 1, message: '@snapshot needs a label' });
      else snapshots.push({ line: i + 1, col: sn[1].length + 1, label });
    }
  }
  return { startLine: a + 1, endLine: b + 1, source: out.join('\n'), settings, expectations, snapshots, problems };
}

function readSettings(text: string, line: number, col: number, s: SnippetSettings, problems: AnnotationProblem[]): void {
  for (const item of text.trim().split(/\s+/).filter(Boolean)) {
    const eq = item.indexOf('=');
    const key = eq < 0 ? item : item.slice(0, eq);
    const value = eq < 0 ? '' : item.slice(eq + 1);
    const bad = (msg: string): void => {
      problems.push({ line: line + 1, col: col + 1, message: msg });
    };
    if (key === 'python') {
      const vs = value.split(',').filter(Boolean);
      const unknown = vs.filter((v) => !isProfileId(v));
      if (vs.length === 0 || unknown.length > 0) bad(`unknown Python version '${unknown[0] ?? value}' in # heap: python=… (3.8, 3.10, 3.11, 3.12, 3.13, seed)`);
      else s.pythons = vs as ProfileId[];
    } else if (key === 'threshold') {
      const ns = value.split(',').map((x) => Number(x));
      if (ns.length < 1 || ns.length > 3 || ns.some((n) => !Number.isInteger(n) || n < 0)) bad(`# heap: threshold= takes one to three whole numbers, e.g. threshold=700,10,10`);
      else s.threshold = [ns[0], ns[1] ?? 10, ns[2] ?? 10];
    } else if (key === 'stdout') {
      if (value !== 'tty' && value !== 'pipe') bad(`# heap: stdout= is tty or pipe`);
      else s.stdout = value;
    } else {
      bad(`unknown setting '${key}' in # heap: (python, threshold, stdout)`);
    }
  }
}

const ORDER: readonly string[] = ['3.8', '3.10', '3.11', '3.12', '3.13'];

/** Does an `@expect[…]` apply to this version? `3.11+` is 3.11 and later; `seed` only itself. */
export function appliesTo(e: Expectation, p: ProfileId): boolean {
  if (e.versions === null) return true;
  return e.versions.some((v) => {
    if (!v.endsWith('+')) return v === p;
    const from = ORDER.indexOf(v.slice(0, -1));
    return from >= 0 && ORDER.indexOf(p) >= from;
  });
}

/** An expectation's text, or the message saying why it cannot be read. */
export function parseExpectation(t: string): Omit<Expectation, 'line' | 'col' | 'text' | 'versions'> | string {
  if (t === 'leak' || t === 'no-leak' || t === 'cycle') return { kind: t };
  const m = /^(refcount|getsizeof)\(\s*([A-Za-z_][A-Za-z0-9_]*)\s*\)\s*(==|!=|<=|>=|<|>)\s*(-?\d+)$/.exec(t);
  if (m !== null) return { kind: m[1] as ExpectKind, name: m[2], op: m[3] as CompareOp, value: Number(m[4]) };
  const c = /^collected\s*(==|!=|<=|>=|<|>)\s*(-?\d+)$/.exec(t);
  if (c !== null) return { kind: 'collected', op: c[1] as CompareOp, value: Number(c[2]) };
  return `cannot read '@expect ${t}': expected refcount(NAME) == N, getsizeof(NAME) == N, collected == N, leak, no-leak or cycle`;
}

export function compare(a: number, op: CompareOp, b: number): boolean {
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    default:
      return a >= b;
  }
}
