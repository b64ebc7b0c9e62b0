// The SyntaxError HeapLens raises for source CPython would refuse, and the text CPython prints for it.
import { utf8Length } from '../util/text';

export type SyntaxErrorKind = 'SyntaxError' | 'IndentationError' | 'TabError';

export interface SyntaxErrorInit {
  kind: SyntaxErrorKind;
  msg: string;
  lineno: number;
  /** 1-based column as CPython reports it (may be 0 or past the end, exactly as CPython has it). */
  offset: number;
  /** The offending source line without its newline. */
  text: string;
  end_lineno?: number;
  end_offset?: number;
  /** SyntaxError.filename when it isn't the script's (3.8 reports f-string expression errors in "<fstring>"). */
  filename?: string;
  /** The CPython version whose behaviour this error imitates (formatSyntaxError prints it that way). */
  version?: string;
  /**
   * SyntaxError.text exactly as this CPython version holds it (with its newline when it has one;
   * 3.8 sometimes holds several lines, or '' at end of file). null when CPython has None.
   * Used by formatSyntaxError; defaults to `text`.
   */
  rawText?: string | null;
}

export class PySyntaxError extends Error {
  kind: SyntaxErrorKind;
  msg: string;
  lineno: number;
  offset: number;
  text: string;
  end_lineno?: number;
  end_offset?: number;
  rawText: string | null;
  filename?: string;
  version: string;

  constructor(init: SyntaxErrorInit) {
    super(init.msg);
    this.name = init.kind;
    this.kind = init.kind;
    this.msg = init.msg;
    this.lineno = init.lineno;
    this.offset = init.offset;
    this.text = init.text;
    if (init.end_lineno !== undefined) this.end_lineno = init.end_lineno;
    if (init.end_offset !== undefined) this.end_offset = init.end_offset;
    this.rawText = init.rawText === undefined ? init.text : init.rawText;
    if (init.filename !== undefined) this.filename = init.filename;
    this.version = init.version ?? '3.12';
  }
}

/**
 * Source nested too deeply for the parser (CPython: RecursionError "maximum recursion depth exceeded
 * during compilation", or MemoryError from its parser stack). Not a SyntaxError.
 */
export class ParseTooComplexError extends Error {
  readonly pyType = 'RecursionError';
  constructor() {
    super('maximum recursion depth exceeded during compilation');
    this.name = 'RecursionError';
  }
}

/** Number of code points in a JS string (CPython's SyntaxError offsets count characters). */
function cpLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}


/**
 * What `python FILE` prints on stderr for an uncaught SyntaxError, as the version the error was
 * produced for (err.version, set by parse()) prints it: 3.8 Python/pythonrun.c print_error_text
 * (single caret), 3.10-3.12 the C printer with `^^^` ranges, 3.13 traceback.py's
 * TracebackException._format_syntax_error.
 */
export function formatSyntaxError(err: PySyntaxError, filename: string, version = err.version): string {
  const head = `  File "${err.filename ?? filename}", line ${err.lineno}\n`;
  const tail = `${err.kind}: ${err.msg}\n`;
  const text = err.rawText;
  if (text === null) return head + tail;
  const minor = Number(/^3\.(\d+)/.exec(version)?.[1] ?? 12);
  if (minor >= 13) return head + format313(err, text) + tail;
  if (minor >= 10) return head + format310(err, text) + tail;
  return head + format38(err.offset, text) + tail;
}

// Python 3.8 print_error_text(): the offset counts UTF-8 bytes of `text`.
function format38(offsetIn: number, textIn: string): string {
  let text = textIn;
  let offset = offsetIn;
  if (offset >= 0) {
    if (offset > 0 && offset === utf8Length(text) && text[text.length - 1] === '\n') offset--;
    for (;;) {
      const nl = text.indexOf('\n');
      if (nl < 0 || utf8Length(text.slice(0, nl)) >= offset) break;
      offset -= utf8Length(text.slice(0, nl + 1));
      text = text.slice(nl + 1);
    }
    let i = 0;
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) { i++; offset--; }
    text = text.slice(i);
  }
  let out = '    ' + text;
  if (text === '' || text[text.length - 1] !== '\n') out += '\n';
  if (offset === -1) return out;
  out += '    ';
  while (--offset > 0) out += ' ';
  return out + '^\n';
}

// Python 3.10-3.12 print_exception()/print_error_text(). The C code walks the UTF-8 bytes of the
// text with the (character) offsets, so non-ASCII lines shift the caret exactly as CPython does.
function format310(err: PySyntaxError, textIn: string): string {
  const bytes = new TextEncoder().encode(textIn);
  let offset = err.offset;
  let endOffset = err.end_offset ?? -1;
  const lineSize = bytes.length;
  if ((err.end_lineno ?? err.lineno) > err.lineno) endOffset = lineSize;
  if (endOffset > lineSize + 1) endOffset = lineSize + 1;
  // IndentationError/TabError get a single caret.
  if (err.kind !== 'SyntaxError') endOffset = -1;
  let start = 0;
  offset--;
  endOffset--;
  while (start < bytes.length && (bytes[start] === 0x20 || bytes[start] === 0x09 || bytes[start] === 0x0c)) {
    start++;
    offset--;
    endOffset--;
  }
  let len = bytes.length - start;
  if (len > 0 && bytes[bytes.length - 1] === 0x0a) len--;
  if (offset > len) offset = len;
  for (;;) {
    const nl = bytes.indexOf(0x0a, start);
    if (nl < 0) break;
    const inl = nl - start;
    if (inl >= offset) break;
    start += inl + 1;
    len -= inl + 1;
    offset -= inl + 1;
    endOffset -= inl + 1;
  }
  let out = '    ' + new TextDecoder().decode(bytes.subarray(start));
  if (bytes[start + len] !== 0x0a) out += '\n';
  if (offset < 0) return out;
  out += '    ' + ' '.repeat(offset);
  let reps = endOffset - offset;
  if (reps <= 0) reps = 1;
  return out + '^'.repeat(reps) + '\n';
}

// Python 3.13 traceback.TracebackException._format_syntax_error (uncolored); lengths are code points.
function format313(err: PySyntaxError, text: string): string {
  const rtext = Array.from(text.replace(/\n+$/, ''));
  let k = 0;
  while (k < rtext.length && (rtext[k] === ' ' || rtext[k] === '\n' || rtext[k] === '\f')) k++;
  const ltext = rtext.slice(k);
  const spaces = rtext.length - ltext.length;
  const textLen = cpLength(text);
  let offset = err.offset;
  let endOffset: number;
  if (err.lineno === err.end_lineno) {
    endOffset = err.end_offset === undefined || err.end_offset === 0 ? offset : err.end_offset;
  } else {
    endOffset = rtext.length + 1;
  }
  if (text !== '' && offset > textLen) offset = rtext.length + 1;
  if (text !== '' && endOffset > textLen) endOffset = rtext.length + 1;
  if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;
  const colno = offset - 1 - spaces;
  const endColno = endOffset - 1 - spaces;
  let out = `    ${ltext.join('')}\n`;
  if (colno >= 0) {
    const caretSpace = ltext.slice(0, colno).map((c) => (/^\s$/u.test(c) ? c : ' ')).join('');
    out += `    ${caretSpace}${'^'.repeat(Math.max(0, endColno - colno))}\n`;
  }
  return out;
}
