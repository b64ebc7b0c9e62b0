// optimize_format (Python/ast_opt.c, 3.11+), shared by the code generator's constant folding
// (fold.ts) and the stack-depth model of CPython's compiler (stackdepth.ts).
import type * as A from '../parse/ast';

/** optimize_format (Python/ast_opt.c, 3.11+): the units become FormattedValues (at their
 * argument's location; the literal parts have none) with the conversion and a spec for the width
 * and precision; null when a unit is anything else or the counts differ. `lit` makes a string
 * constant node (the evaluator's compiler and the stack-depth model encode constants differently). */
export function optimizeFormat(node: A.BinOp, fmt: string, elts: A.Expr[], lit: (text: string) => A.Constant): A.JoinedStr | null {
  const chars = Array.from(fmt);
  const size = chars.length;
  let pos = 0;
  let cnt = 0;
  const seq: (A.Constant | A.FormattedValue)[] = [];
  for (;;) {
    // parse_literal
    const start = pos;
    let text = '';
    while (pos < size) {
      if (chars[pos] !== '%') text += chars[pos++];
      else if (pos + 1 < size && chars[pos + 1] === '%') {
        text += '%';
        pos += 2;
      } else break;
    }
    if (pos !== start) seq.push(lit(text));
    if (pos >= size) break;
    if (cnt >= elts.length) return null;
    pos++;
    // simple_format_arg_parse
    let ljust = false;
    let width = -1;
    let prec = -1;
    let ch = '';
    const nextc = (): boolean => {
      if (pos >= size) return false;
      ch = chars[pos++];
      return true;
    };
    if (!nextc()) return null;
    while ('-+ #0'.includes(ch)) {
      if (ch === '-') ljust = true;
      if (!nextc()) return null;
    }
    const isDigit = (c: string): boolean => c >= '0' && c <= '9';
    if (isDigit(ch)) {
      width = 0;
      let digits = 0;
      while (isDigit(ch)) {
        width = width * 10 + Number(ch);
        if (!nextc()) return null;
        if (++digits >= 3) return null;
      }
    }
    if (ch === '.') {
      if (!nextc()) return null;
      prec = 0;
      if (isDigit(ch)) {
        let digits = 0;
        while (isDigit(ch)) {
          prec = prec * 10 + Number(ch);
          if (!nextc()) return null;
          if (++digits >= 3) return null;
        }
      }
    }
    if (ch !== 's' && ch !== 'r' && ch !== 'a') return null;
    let spec = '';
    if (!ljust && width > 0) spec += '>';
    if (width >= 0) spec += String(width);
    if (prec >= 0) spec += `.${prec}`;
    const arg = elts[cnt++];
    seq.push({
      type: 'FormattedValue', value: arg, conversion: ch.charCodeAt(0),
      format_spec: spec ? { type: 'JoinedStr', values: [lit(spec)], lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 } : null,
      lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset,
    });
  }
  if (cnt < elts.length) return null;
  return { type: 'JoinedStr', values: seq, lineno: node.lineno, col_offset: node.col_offset, end_lineno: node.end_lineno, end_col_offset: node.end_col_offset };
}
