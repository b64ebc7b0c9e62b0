// Small text helpers shared by the parser and the runtime.

/** Length in bytes of the UTF-8 encoding of a JS string (a lone surrogate counts 3 bytes, as
 * CPython's surrogatepass would write it). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
