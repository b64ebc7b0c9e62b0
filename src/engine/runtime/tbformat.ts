// How CPython prints a traceback's frames, per version:
// - 3.8/3.10 (Python/traceback.c): "File ..., line N, in name" and the source line without its
//   indentation;
// - 3.11/3.12 (Python/traceback.c tb_displayline): the same with the instruction's columns
//   marked by carets, "~" and "^" for a binary operation's operator or a subscript's brackets
//   (extract_anchors_from_line), none when they would cover the whole line;
// - 3.13 (Lib/traceback.py StackSummary.format_frame_summary, which prints uncaught exceptions):
//   every line of a multi-line instruction, anchors for calls too, carets shown by
//   _should_show_carets; its C printer (for "Exception ignored") shows no carets.
// Both printers fold runs of the same frame and line into "[Previous line repeated N more times]".
import type * as A from '../parse/ast';
import { parse } from '../parse/parser';
import { P } from './core';
import { isSpaceCp, isLineBreakCp, isWideCp } from './unicode';

/** One traceback entry: what a tb object gives the printers. */
export interface TbEntry {
  filename: string;
  name: string;
  line: number;
  /** the instruction's location (start line, end line, start and end UTF-8 columns), -1 when absent */
  loc: [number, number, number, number] | null;
}

let sourceLines: string[] = [];
let fileName = '<string>';

/** The program's source: the file the printers read lines from (CPython reads the file). */
export function setTbSource(filename: string, source: string): void {
  fileName = filename;
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  // TextIOWrapper / linecache: universal newlines
  sourceLines = source.split(/\r\n|\r|\n/);
  if (sourceLines.length > 0 && sourceLines[sourceLines.length - 1] === '' && /[\r\n]$/.test(source)) sourceLines.pop();
}

/** A source line without its line ending, or null if the file has no such line. */
export function sourceLine(filename: string, lineno: number): string | null {
  return getLine(filename, lineno);
}

function getLine(filename: string, lineno: number): string | null {
  if (filename !== fileName || lineno < 1 || lineno > sourceLines.length) return null;
  return sourceLines[lineno - 1];
}

// ---------------------------------------------------------------- text helpers

const utf8 = new TextEncoder();

/** How many characters the first `offset` UTF-8 bytes of `line` decode to (a sequence cut short
 * counts as one replacement character): _PyPegen_byte_offset_to_character_offset (`c`: the C
 * string's terminating NUL counts past the end) or traceback._byte_offset_to_character_offset. */
function byteToChar(line: string, offset: number, c = true): number {
  const bytes = utf8.encode(line);
  if (c && offset > bytes.length + 1) offset = bytes.length + 1;
  if (!c && offset > bytes.length) offset = bytes.length;
  let n = 0;
  let i = 0;
  while (i < offset) {
    if (i >= bytes.length) {
      n++;
      i++;
      continue;
    }
    const b = bytes[i];
    n++;
    i += b < 0x80 ? 1 : (b & 0xe0) === 0xc0 ? 2 : (b & 0xf0) === 0xe0 ? 3 : 4;
  }
  return n;
}

/** The parser's columns count UTF-16 code units; CPython's ast and co_positions count UTF-8
 * bytes, its printers characters (code points). */
function u16ToByte(line: string, col: number): number {
  if (col <= 0) return col;
  return utf8.encode(line.slice(0, col)).length + Math.max(0, col - line.length);
}
function u16ToChar(line: string, col: number): number {
  if (col <= 0) return col;
  return chars(line.slice(0, col)).length + Math.max(0, col - line.length);
}

/** An instruction's location with CPython's UTF-8 byte columns (the compiler keeps UTF-16 ones). */
export function byteLoc(filename: string, loc: [number, number, number, number]): [number, number, number, number] {
  const [l, el, c, ec] = loc;
  const a = getLine(filename, l), b = getLine(filename, el);
  return [l, el, c >= 0 && a !== null ? u16ToByte(a, c) : c, ec >= 0 && b !== null ? u16ToByte(b, ec) : ec];
}

/** Characters as CPython counts them (code points). */
function chars(s: string): string[] {
  return Array.from(s);
}

/** _PyPegen_calculate_display_width / traceback._display_width: East Asian wide characters take
 * two columns; an ASCII line gives `offset` back as it is. `offset` counts characters. */
function displayWidth(line: string, offset?: number): number {
  const cs = chars(line);
  const n = offset === undefined ? cs.length : offset;
  if (/^[\x00-\x7f]*$/.test(line)) return n;
  let w = 0;
  for (let i = 0; i < Math.min(n, cs.length); i++) w += isWideCp(cs[i].codePointAt(0) as number) ? 2 : 1;
  return w;
}

const isWs = (c: string): boolean => isSpaceCp(c.codePointAt(0) as number);
function lstrip(s: string): string {
  const cs = chars(s);
  let i = 0;
  while (i < cs.length && isWs(cs[i])) i++;
  return cs.slice(i).join('');
}
function rstrip(s: string): string {
  const cs = chars(s);
  let j = cs.length;
  while (j > 0 && isWs(cs[j - 1])) j--;
  return cs.slice(0, j).join('');
}
/** str.splitlines(keepends) */
function splitlines(s: string, keepends = false): string[] {
  const out: string[] = [];
  const cs = chars(s);
  let start = 0;
  let i = 0;
  while (i < cs.length) {
    const cp = cs[i].codePointAt(0) as number;
    if (isLineBreakCp(cp)) {
      let eol = i + 1;
      if (cp === 13 && cs[i + 1] === '\n') eol++;
      out.push(cs.slice(start, keepends ? eol : i).join(''));
      start = i = eol;
    } else i++;
  }
  if (start < cs.length) out.push(cs.slice(start).join(''));
  return out;
}

/** textwrap.dedent */
function dedent(text: string): string {
  text = text.replace(/^[ \t]+$/gm, '');
  let margin: string | null = null;
  const re = /^([ \t]*)[^ \t\n]/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const indent = m[1];
    if (margin === null) margin = indent;
    else if (indent.startsWith(margin)) { /* deeper: no change */ } else if (margin.startsWith(indent)) margin = indent;
    else {
      for (let i = 0; i < Math.min(margin.length, indent.length); i++) {
        if (margin[i] !== indent[i]) {
          margin = margin.slice(0, i);
          break;
        }
      }
    }
  }
  if (margin) {
    const mg = margin;
    text = text.split('\n').map((l) => (l.startsWith(mg) ? l.slice(mg.length) : l)).join('\n');
  }
  return text;
}

/** textwrap.indent(text, prefix, lambda line: True) */
function indentAll(text: string, prefix: string): string {
  return splitlines(text, true).map((l) => prefix + l).join('');
}

/** The printers parse source segments (ast.parse / _PyParser_ASTFromString): the SyntaxWarnings
 * that parse emits (an invalid escape sequence in the segment) are printed as they happen —
 * within the frame (3.12) or, on 3.13, before the frames of the exception. */
let parseWarnings: { msg: string; lineno: number }[] = [];
function tryParse(source: string): A.Module | null {
  try {
    return parse(source, { version: `3.${P.minor}`, astOnly: true, onWarning: (msg, lineno) => parseWarnings.push({ msg, lineno }) });
  } catch {
    return null;
  }
}
function takeParseWarnings(filename: string): string {
  const w = parseWarnings;
  parseWarnings = [];
  return w.map((x) => formatSyntaxWarning(filename, x.lineno, x.msg)).join('');
}

// ---------------------------------------------------------------- warnings

/** A SyntaxWarning as `python FILE` shows it: _warnings.c's show_warning (the line without its
 * indentation), or, when the `warnings` module is loaded — 3.11 imports it at start-up, 3.13 on
 * the first warning — warnings.formatwarning (the line stripped of all surrounding whitespace). */
export function formatSyntaxWarning(filename: string, lineno: number, msg: string): string {
  return formatWarning(filename, lineno, 'SyntaxWarning', msg, P.minor === 11 || P.minor >= 13);
}

/** "file:line: Category: message" and the source line (`python`: warnings.formatwarning's way). */
export function formatWarning(filename: string, lineno: number, category: string, msg: string, python: boolean): string {
  const s = `${filename}:${lineno}: ${category}: ${msg}\n`;
  const line = getLine(filename, lineno);
  if (line === null) return s;
  if (python) return s + `  ${rstrip(lstrip(line))}\n`;
  const cs = chars(line);
  let i = 0;
  while (i < cs.length && (cs[i] === ' ' || cs[i] === '\t' || cs[i] === '\f')) i++;
  return s + `  ${cs.slice(i).join('')}\n`;
}

// ---------------------------------------------------------------- C printer (PyTraceBack_Print)

const CUTOFF = 3;
const repeated = (cnt: number): string => `  [Previous line repeated ${cnt - CUTOFF} more time${cnt - CUTOFF > 1 ? 's' : ''}]\n`;

/** tb_printinternal: the frames (the newest 1000 of them), with repetitions folded. */
export function cTraceback(entries: TbEntry[], prefix = ''): string[] {
  const out: string[] = [];
  let start = Math.max(0, entries.length - 1000);
  let last: TbEntry | null = null;
  let cnt = 0;
  for (; start < entries.length; start++) {
    const e = entries[start];
    if (last === null || e.filename !== last.filename || e.line !== last.line || e.name !== last.name) {
      if (cnt > CUTOFF) out.push(repeated(cnt));
      last = e;
      cnt = 0;
    }
    cnt++;
    if (cnt <= CUTOFF) out.push(cDisplayLine(e, prefix));
  }
  if (cnt > CUTOFF) out.push(repeated(cnt));
  return out;
}

/** tb_displayline */
function cDisplayLine(e: TbEntry, prefix: string): string {
  let s = `${prefix}  File "${e.filename}", line ${e.line}, in ${e.name}\n`;
  const raw = getLine(e.filename, e.line);
  if (raw === null) return s;
  // display_source_line: the line without its indentation (spaces, tabs, form feeds)
  const cs = chars(raw);
  let i = 0;
  while (i < cs.length && (cs[i] === ' ' || cs[i] === '\t' || cs[i] === '\f')) i++;
  s += `${prefix}    ${cs.slice(i).join('')}\n`;
  if (P.minor === 11 || P.minor === 12) {
    parseWarnings = [];
    const c = carets311(raw, i - 4, e.loc);
    s += takeParseWarnings(e.filename) + (c === '' ? '' : prefix + c);
  }
  return s;
}

const cWs = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\f';

/** tb_displayline's caret line (3.11/3.12), '' when there is none. `truncation`: how many
 * characters the indentation removal took beyond the 4-space indent. */
function carets311(raw: string, truncation: number, loc: TbEntry['loc']): string {
  if (loc === null) return '';
  const [startLine, endLine, startCol, endCol] = loc;
  if (startLine < 0 || endLine < 0 || startCol < 0 || endCol < 0) return '';
  const lineLen = chars(raw).length;
  const startOffset = byteToChar(raw, startCol);
  let endOffset = byteToChar(raw, endCol);
  let leftEnd = -1, rightStart = -1;
  let primary = '^', secondary = '^';
  if (startLine === endLine) {
    const a = anchors311(raw, startOffset, endOffset);
    if (a !== null) {
      [leftEnd, rightStart, primary, secondary] = a;
    }
  } else {
    // a multi-line instruction: up to the line's last non-whitespace character (CPython indexes
    // the UTF-8 bytes with the character count)
    const bytes = utf8.encode(raw);
    let i = lineLen;
    while (--i >= 0) {
      const b = bytes[i];
      if (!(b === 32 || b === 9 || b === 12)) break;
    }
    endOffset = i + 1;
  }
  const strippedLen = lineLen - truncation - 4;
  const secondaryRanges = leftEnd !== -1 || rightStart !== -1;
  if (endOffset - startOffset === strippedLen && !secondaryRanges) return '';
  const dpStart = displayWidth(raw, startOffset);
  const dpEnd = displayWidth(raw, endOffset);
  const dpLeftEnd = secondaryRanges ? displayWidth(raw, leftEnd) : -1;
  const dpRightStart = secondaryRanges ? displayWidth(raw, rightStart) : -1;
  // print_error_location_carets
  let out = '';
  let offset = truncation;
  while (++offset <= dpEnd) {
    if (offset <= dpStart) out += ' ';
    else if (secondaryRanges && dpLeftEnd < offset && offset <= dpRightStart) out += secondary;
    else out += primary;
  }
  return out + '\n';
}

/** extract_anchors_from_line (3.11/3.12): a binary operation's operator or a subscript's
 * brackets, as character offsets in the line, with the characters to draw. */
function anchors311(raw: string, startOffset: number, endOffset: number): [number, number, string, string] | null {
  const segment = chars(raw).slice(startOffset, endOffset).join('');
  const mod = tryParse(segment);
  if (mod === null || mod.body.length !== 1) return null;
  const st = mod.body[0];
  if (st.type !== 'Expr') return null;
  const seg = utf8.encode(segment);
  const at = (i: number): string | undefined => (i < seg.length ? String.fromCharCode(seg[i]) : undefined);
  const e = st.value;
  let left: number, right: number;
  let primary = '^', secondary = '^';
  const b = (col: number): number => u16ToByte(segment, col);
  if (e.type === 'BinOp') {
    left = -1;
    right = -1;
    const rightCol = b(e.right.col_offset);
    for (let i = b(e.left.end_col_offset); i < rightCol; i++) {
      if (cWs(at(i))) continue;
      left = i;
      right = i + 1;
      if (i + 1 < rightCol && !cWs(at(i + 1))) right++;
      if (i + 1 < rightCol && at(i) === ')') continue;
      primary = '~';
      secondary = '^';
      break;
    }
    if (left === -1) return [-1, -1, '^', '^'];
  } else if (e.type === 'Subscript') {
    left = b(e.value.end_col_offset);
    right = b(e.slice.end_col_offset) + 1;
    while (left < seg.length && at(left) !== '[') left++;
    while (right < seg.length && at(right) !== ']') right++;
    if (right < seg.length) right++;
    primary = '~';
    secondary = '^';
  } else return null;
  return [byteToChar(segment, left) + startOffset, byteToChar(segment, right) + startOffset, primary, secondary];
}

// ---------------------------------------------------------------- Python printer (3.13)

/** StackSummary.format: the frames, with repetitions folded. */
export function pyTraceback(entries: TbEntry[], prefix = ''): string[] {
  const out: string[] = [];
  parseWarnings = [];
  let last: TbEntry | null = null;
  let count = 0;
  for (const e of entries) {
    const formatted = formatFrameSummary(e);
    if (last === null || e.filename !== last.filename || e.line !== last.line || e.name !== last.name) {
      if (count > CUTOFF) out.push(repeated(count));
      last = e;
      count = 0;
    }
    count++;
    if (count > CUTOFF) continue;
    out.push(formatted);
  }
  if (count > CUTOFF) out.push(repeated(count));
  // textwrap.indent of each string (a group's members: the box's margin on every line)
  if (prefix !== '') for (let k = 0; k < out.length; k++) out[k] = indentLines(out[k], prefix);
  // ast.parse's warnings (filename '<unknown>', no source line) came while the list was built
  const w = takeParseWarnings('<unknown>');
  if (w !== '') out.unshift(w);
  return out;
}

/** textwrap.indent for the exception printers (a group's members: the box's margin on every line). */
export function indentLines(text: string, prefix: string): string {
  return indentAll(text, prefix);
}

/** StackSummary.format_frame_summary (no colour) */
function formatFrameSummary(e: TbEntry): string {
  let row = `  File "${e.filename}", line ${e.line}, in ${e.name}\n`;
  const lineno = e.line;
  const hasCols = e.loc !== null && e.loc[2] >= 0 && e.loc[3] >= 0;
  const endLineno = e.loc !== null && e.loc[1] >= 0 ? e.loc[1] : lineno;
  // FrameSummary._set_lines: each line rstripped, joined, a final newline
  const lines: string[] = [];
  for (let n = lineno; n <= endLineno; n++) lines.push(rstrip(getLine(e.filename, n) ?? ''));
  const original = lines.join('\n') + '\n';
  const dedented = dedent(original);
  if (dedented === '' || lstrip(dedented) === '') return row;
  if (!hasCols) {
    // only the first line, stripped
    const first = splitFirst(original);
    return row + indentAll(rstrip(lstrip(first)), '    ') + '\n';
  }
  const [, , colno, endColno] = e.loc as [number, number, number, number];
  const allOriginal = splitlines(original);
  const firstLine = allOriginal[0];
  const lastLine = allOriginal[endLineno - lineno];
  let startOffset = byteToChar(firstLine, colno, false);
  let endOffset = byteToChar(lastLine, endColno, false);
  const allLines = splitlines(dedented).slice(0, endLineno - lineno + 1);
  const dedentChars = chars(firstLine).length - chars(allLines[0]).length;
  startOffset = Math.max(0, startOffset - dedentChars);
  endOffset = Math.max(0, endOffset - dedentChars);
  const dpStart = displayWidth(allLines[0], startOffset);
  const dpEnd = displayWidth(allLines[allLines.length - 1], endOffset);
  const joined = chars(allLines.join('\n'));
  const lastLen = chars(allLines[allLines.length - 1]).length;
  const segment = joined.slice(startOffset, joined.length - (lastLen - endOffset)).join('');
  let anchors: Anchors313 | null = null;
  try {
    anchors = anchors313(segment);
  } catch {
    anchors = null;
  }
  const showCarets = shouldShowCarets(startOffset, endOffset, allLines, anchors);
  const significant = new Set<number>([0, allLines.length - 1]);
  let leftEnd = 0, rightStart = 0;
  let primary = '^', secondary = '^';
  if (anchors !== null) {
    leftEnd = anchors.leftEndOffset;
    rightStart = anchors.rightStartOffset;
    if (anchors.leftEndLineno === 0) leftEnd += startOffset;
    if (anchors.rightStartLineno === 0) rightStart += startOffset;
    leftEnd = displayWidth(allLines[anchors.leftEndLineno], leftEnd);
    rightStart = displayWidth(allLines[anchors.rightStartLineno], rightStart);
    primary = anchors.primary;
    secondary = anchors.secondary;
    for (let k = anchors.leftEndLineno - 1; k < anchors.leftEndLineno + 2; k++) significant.add(k);
    for (let k = anchors.rightStartLineno - 1; k < anchors.rightStartLineno + 2; k++) significant.add(k);
  }
  significant.delete(-1);
  significant.delete(allLines.length);
  const result: string[] = [];
  const outputLine = (ln: number): void => {
    result.push(allLines[ln] + '\n');
    if (!showCarets) return;
    const numSpaces = chars(allLines[ln]).length - chars(lstrip(allLines[ln])).length;
    const numCarets = ln === allLines.length - 1 ? dpEnd : displayWidth(allLines[ln]);
    let carets = '';
    for (let col = 0; col < numCarets; col++) {
      if (col < numSpaces || (ln === 0 && col < dpStart)) carets += ' ';
      else if (anchors !== null
        && (ln > anchors.leftEndLineno || (ln === anchors.leftEndLineno && col >= leftEnd))
        && (ln < anchors.rightStartLineno || (ln === anchors.rightStartLineno && col < rightStart))) carets += secondary;
      else carets += primary;
    }
    result.push(carets + '\n');
  };
  const sig = [...significant].sort((a, b) => a - b);
  for (let i = 0; i < sig.length; i++) {
    const ln = sig[i];
    if (i > 0) {
      const diff = ln - sig[i - 1];
      if (diff === 2) outputLine(ln - 1);
      else if (diff > 2) result.push(`...<${diff - 1} lines>...\n`);
    }
    outputLine(ln);
  }
  row += indentAll(dedent(result.join('')), '    ');
  return row;
}

function splitFirst(s: string): string {
  const i = s.indexOf('\n');
  return i < 0 ? s : s.slice(0, i);
}

interface Anchors313 {
  leftEndLineno: number;
  leftEndOffset: number;
  rightStartLineno: number;
  rightStartOffset: number;
  primary: string;
  secondary: string;
}

/** traceback._extract_caret_anchors_from_line_segment */
function anchors313(segment: string): Anchors313 | null {
  const tree = tryParse(`(\n${segment}\n)`);
  if (tree === null || tree.body.length !== 1) return null;
  const lines = splitlines(segment);
  // normalize(): CPython turns the ast's byte columns into characters; ours are UTF-16
  const normalize = (lineno: number, offset: number): number => u16ToChar(lines[lineno], offset);
  const nextValid = (lineno: number, col: number): [number, number] => {
    while (lineno < lines.length && col >= chars(lines[lineno]).length) {
      col = 0;
      lineno++;
    }
    if (!(lineno < lines.length && col < chars(lines[lineno]).length)) throw new Error('assert');
    return [lineno, col];
  };
  const ch = (lineno: number, col: number): string => chars(lines[lineno])[col];
  const increment = (lineno: number, col: number): [number, number] => nextValid(lineno, col + 1);
  const nextline = (lineno: number): [number, number] => nextValid(lineno + 1, 0);
  const incrementUntil = (lineno: number, col: number, stop: (c: string) => boolean): [number, number] => {
    for (;;) {
      const c = ch(lineno, col);
      if (c === '\\' || c === '#') [lineno, col] = nextline(lineno);
      else if (!stop(c)) [lineno, col] = increment(lineno, col);
      else break;
    }
    return [lineno, col];
  };
  const setup = (e: A.Pos, forceValid = true): [number, number] => {
    const lineno = e.end_lineno - 2;
    const col = normalize(lineno, e.end_col_offset);
    return forceValid ? nextValid(lineno, col) : [lineno, col];
  };
  const st = tree.body[0];
  if (st.type !== 'Expr') return null;
  const e = st.value;
  const anchors = (a: number, b: number, c: number, d: number): Anchors313 => ({ leftEndLineno: a, leftEndOffset: b, rightStartLineno: c, rightStartOffset: d, primary: '~', secondary: '^' });
  if (e.type === 'BinOp') {
    let [lineno, col] = setup(e.left);
    [lineno, col] = incrementUntil(lineno, col, (x) => !isWs(x) && x !== ')');
    let rightCol = col + 1;
    const lc = chars(lines[lineno]);
    if (rightCol < lc.length
      && (e.right.lineno - 2 > lineno || rightCol < normalize(e.right.lineno - 2, e.right.col_offset))
      && !isWs(lc[rightCol]) && !'\\#'.includes(lc[rightCol])) rightCol++;
    return anchors(lineno, col, lineno, rightCol);
  }
  if (e.type === 'Subscript' || e.type === 'Call') {
    const inner = e.type === 'Subscript' ? e.value : e.func;
    const open = e.type === 'Subscript' ? '[' : '(';
    let [ll, lc] = setup(inner);
    [ll, lc] = incrementUntil(ll, lc, (x) => x === open);
    const [rl, rc] = setup(e, false);
    return anchors(ll, lc, rl, rc);
  }
  return null;
}

/** StackSummary._should_show_carets */
function shouldShowCarets(startOffset: number, endOffset: number, allLines: string[], anchors: Anchors313 | null): boolean {
  const tree = tryParse(allLines.join('\n'));
  if (tree !== null) {
    if (tree.body.length === 0) return false;
    const st = tree.body[0];
    let value: A.Expr | null = null;
    if (st.type === 'Return' && st.value !== null && st.value.type === 'Call' && st.value.func.type === 'Name') value = st.value;
    else if (st.type === 'Assign' && st.value.type === 'Call' && st.targets.length === 1 && st.targets[0].type === 'Name') value = st.value;
    // (the ast's byte columns compared with character offsets, as CPython does)
    if (value !== null && value.lineno === 1 && value.end_lineno === allLines.length
      && u16ToByte(allLines[0], value.col_offset) === startOffset && u16ToByte(allLines[value.end_lineno - 1], value.end_col_offset) === endOffset) return false;
  }
  if (anchors !== null) return true;
  const first = chars(allLines[0]).slice(0, startOffset).join('');
  const last = chars(allLines[allLines.length - 1]).slice(endOffset).join('');
  return lstrip(first) !== '' || rstrip(last) !== '';
}
