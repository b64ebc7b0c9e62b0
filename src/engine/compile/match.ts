// The `match` statement (PEP 634), compiled as Python/compile.c's compiler_match and
// compiler_pattern_* do for each version, one instruction after another: a model of the value
// stack (the JS temps holding each stack slot's reference) follows every push, pop and rotation,
// so a pattern that fails pops exactly the values its fail_pop block pops, top first, and the
// captured names are stored only once the whole pattern matched, as CPython does.
//
// 3.10 keeps MATCH_CLASS's tuple of attributes (and MATCH_KEYS's tuple of values) on the stack
// and indexes it for each sub-pattern, and builds `**rest` with COPY_DICT_WITHOUT_KEYS; 3.11+
// unpack those tuples (UNPACK_SEQUENCE) and build `**rest` as {} | subject minus the keys.
import type * as A from '../parse/ast';
import type { Compiler, Unit } from './codegen';
import { P } from '../runtime/core';
import { F_RUNTIME } from '../runtime/object';
import type { PyObject } from '../runtime/object';
import { newTuple } from '../runtime/tuple';
import { internStr } from '../runtime/str';
import { newInt } from '../runtime/numbers';

/** compile.c's pattern_context. */
interface PC {
  /** Names captured so far; their values sit on the stack under the `onTop` working values. */
  stores: string[];
  allowIrrefutable: boolean;
  /** Values above the captures that a failure must pop. */
  onTop: number;
  /** The JS label a failure breaks out of (fail_pop[0]: the next case or alternative). */
  fail: string;
}

const CMP_EQ = 2;
const CMP_GE = 5;

function isWildcard(p: A.Pattern): boolean {
  return p.type === 'MatchAs' && p.pattern === null && p.name === null;
}

class MatchGen {
  /** The value stack below the match statement's own values is not modelled: index 0 is the subject. */
  stack: string[] = [];
  readonly v = P.minor;

  constructor(readonly c: Compiler, readonly u: Unit) {}

  private emit(line: string): void {
    this.u.emit(line);
  }

  private push(t: string): void {
    this.stack.push(t);
  }

  private pop(): string {
    const t = this.stack.pop();
    if (t === undefined) throw new Error('match: stack underflow');
    return t;
  }

  private top(): string {
    return this.stack[this.stack.length - 1];
  }

  /** POP_TOP */
  private popTop(): void {
    this.u.release(this.pop());
  }

  /** DUP_TOP / COPY 1 */
  private dup(): void {
    const s = this.top();
    const t = this.u.temp();
    this.emit(`${t} = ${s}; ${s}.rc++;`);
    this.push(t);
  }

  /** ROT_N count (3.10) / SWAP count ... SWAP 2 (3.11+): the top value moves down to position count. */
  private rotate(count: number): void {
    if (count <= 1) return;
    const t = this.pop();
    this.stack.splice(this.stack.length - (count - 1), 0, t);
  }

  private loadConst(o: PyObject): void {
    const t = this.u.temp();
    this.emit(`${t} = ${this.c.constRef(this.u, o)}; ${t}.rc++;`);
    this.push(t);
  }

  private loadInt(n: number): void {
    const o = newInt(n);
    o.f |= F_RUNTIME;
    this.loadConst(o);
  }

  /** The JS for releasing the top n stack values (a fail_pop chain), leaving the model alone. */
  private popCode(n: number): string {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const t = this.stack[this.stack.length - 1 - i];
      parts.push(`if (--${t}.rc === 0) dealloc(${t}); ${t} = null;`);
    }
    return parts.join(' ');
  }

  /** jump_to_fail_pop: unless `cond` (a JS boolean) holds, pop the pattern's values and fail. */
  private jumpToFailPop(pc: PC, cond: string | null): void {
    const pops = pc.onTop + pc.stores.length;
    const code = `${this.popCode(pops)}${pops ? ' ' : ''}break ${pc.fail};`;
    if (cond === null) this.emit(code);
    else this.emit(`if (!${cond}) { ${code} }`);
  }

  /** POP_JUMP_IF_FALSE on a result object: its truth, then its reference goes. */
  private truth(r: string): string {
    const b = `b${this.u.labelCount++}`;
    this.emit(`const ${b} = ${r} === S.True ? true : ${r} === S.False ? false : truthy(${r});`);
    this.u.release(r);
    return b;
  }

  /** A JS boolean computed from the stack (MATCH_SEQUENCE & co. push True/False). */
  private flag(expr: string): string {
    const b = `b${this.u.labelCount++}`;
    this.emit(`const ${b} = ${expr};`);
    return b;
  }

  /** COMPARE_OP of the two top values, then POP_JUMP_IF_FALSE to the failure. */
  private compareJump(op: number, pc: PC): void {
    const right = this.pop();
    const left = this.pop();
    const r = this.u.temp();
    this.emit(`${r} = compare(${left}, ${right}, ${op});`);
    this.u.release(left);
    this.u.release(right);
    this.jumpToFailPop(pc, this.truth(r));
  }

  /** GET_LEN */
  private getLen(): void {
    const t = this.u.temp();
    this.emit(`${t} = getLen(${this.top()});`);
    this.push(t);
  }

  /** BINARY_SUBSCR */
  private subscr(): void {
    const k = this.pop();
    const o = this.pop();
    const t = this.u.temp();
    this.emit(`${t} = getItem(${o}, ${k});`);
    this.u.release(o);
    this.u.release(k);
    this.push(t);
  }

  /** UNPACK_SEQUENCE n (or UNPACK_EX): the items go on the stack, the first on top. */
  private unpack(n: number, star = -1): void {
    const seq = this.pop();
    const arr = `u${this.u.labelCount++}`;
    const count = n;
    this.emit(star < 0 ? `const ${arr} = unpack(${seq}, ${n});` : `const ${arr} = unpackEx(${seq}, ${star}, ${n - star - 1});`);
    const ts: string[] = [];
    for (let i = 0; i < count; i++) ts.push(this.u.temp());
    if (count) this.emit(ts.map((t, i) => `${t} = ${arr}[${i}];`).join(' '));
    this.u.release(seq);
    for (let i = count - 1; i >= 0; i--) this.push(ts[i]);
  }

  // ---------------------------------------------------------------- patterns

  /** pattern_helper_store_name */
  private storeName(name: string | null, pc: PC): void {
    if (name === null) {
      this.popTop();
      return;
    }
    // rotate this value underneath the values we need to keep
    this.rotate(pc.onTop + pc.stores.length + 1);
    pc.stores.push(name);
  }

  private subpattern(p: A.Pattern, pc: PC): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  pattern(p: A.Pattern, pc: PC): void {
    switch (p.type) {
      case 'MatchValue': {
        this.push(this.c.expr(this.u, p.value));
        this.compareJump(CMP_EQ, pc);
        return;
      }
      case 'MatchSingleton': {
        const s = this.pop();
        const val = p.value;
        const k = val.k === 'bool' ? (val.v ? 'S.True' : 'S.False') : 'S.None';
        const b = this.flag(`${s} === ${k}`);
        this.u.release(s);
        this.jumpToFailPop(pc, b);
        return;
      }
      case 'MatchSequence': return this.sequence(p, pc);
      case 'MatchMapping': return this.mapping(p, pc);
      case 'MatchClass': return this.cls(p, pc);
      case 'MatchStar':
        this.storeName(p.name, pc);
        return;
      case 'MatchAs':
        if (p.pattern === null) {
          this.storeName(p.name, pc);
          return;
        }
        // a copy for storing once the sub-pattern matched
        pc.onTop++;
        this.dup();
        this.pattern(p.pattern, pc);
        pc.onTop--;
        this.storeName(p.name, pc);
        return;
      case 'MatchOr': return this.or(p, pc);
    }
  }

  private sequence(p: A.MatchSequence, pc: PC): void {
    const pats = p.patterns;
    const size = pats.length;
    let star = -1;
    let onlyWildcard = true;
    let starWildcard = false;
    pats.forEach((x, i) => {
      if (x.type === 'MatchStar') {
        starWildcard = x.name === null;
        onlyWildcard = onlyWildcard && starWildcard;
        star = i;
      } else onlyWildcard = onlyWildcard && isWildcard(x);
    });
    // the subject stays on top during the sequence and length checks
    pc.onTop++;
    this.jumpToFailPop(pc, this.flag(`matchSequence(${this.top()})`));
    if (star < 0) {
      this.getLen();
      this.loadInt(size);
      this.compareJump(CMP_EQ, pc);
    } else if (size > 1) {
      this.getLen();
      this.loadInt(size - 1);
      this.compareJump(CMP_GE, pc);
    }
    pc.onTop--;
    if (onlyWildcard) {
      this.popTop();
    } else if (starWildcard) {
      // pattern_helper_sequence_subscr: index the subject (from the end after the star)
      pc.onTop++;
      for (let i = 0; i < size; i++) {
        const x = pats[i];
        if (isWildcard(x) || i === star) continue;
        this.dup();
        if (i < star) this.loadInt(i);
        else {
          this.getLen();
          this.loadInt(size - i);
          const b = this.pop();
          const a = this.pop();
          const t = this.u.temp();
          this.emit(`${t} = sub(${a}, ${b});`);
          this.u.release(a);
          this.u.release(b);
          this.push(t);
        }
        this.subscr();
        this.subpattern(x, pc);
      }
      pc.onTop--;
      this.popTop();
    } else {
      // pattern_helper_sequence_unpack
      this.unpack(size, star);
      pc.onTop += size;
      for (let i = 0; i < size; i++) {
        pc.onTop--;
        this.subpattern(pats[i], pc);
      }
    }
  }

  private mapping(p: A.MatchMapping, pc: PC): void {
    const size = p.keys.length;
    const rest = p.rest;
    pc.onTop++;
    this.jumpToFailPop(pc, this.flag(`matchMapping(${this.top()})`));
    if (size === 0 && rest === null) {
      pc.onTop--;
      this.popTop();
      return;
    }
    if (size) {
      this.getLen();
      this.loadInt(size);
      this.compareJump(CMP_GE, pc);
    }
    // the keys as a tuple: BUILD_TUPLE, folded into a constant when every key is one
    if (p.keys.every((k) => k.type === 'Constant')) {
      const items = p.keys.map((k) => {
        const o = this.c.ct.get(k as A.Constant);
        o.rc++;
        return o;
      });
      const tup = newTuple(items);
      tup.f |= F_RUNTIME;
      this.loadConst(tup);
    } else {
      const ks = p.keys.map((k) => this.c.expr(this.u, k));
      const t = this.u.temp();
      this.emit(`${t} = buildTuple([${ks.join(', ')}]);`);
      for (const k of ks) this.u.done(k);
      this.push(t);
    }
    // MATCH_KEYS: the values (a tuple) or None
    const keys = this.top();
    const subj = this.stack[this.stack.length - 2];
    const vals = this.u.temp();
    this.emit(`${vals} = matchKeys(${subj}, ${keys});`);
    this.push(vals);
    pc.onTop += 2;
    this.jumpToFailPop(pc, this.flag(`${vals} !== S.None`));
    if (this.v < 11) {
      for (let i = 0; i < size; i++) {
        const x = p.patterns[i];
        if (isWildcard(x)) continue;
        this.dup();
        this.loadInt(i);
        this.subscr();
        this.subpattern(x, pc);
      }
      pc.onTop -= 2;
      this.popTop();
      if (rest !== null) {
        // COPY_DICT_WITHOUT_KEYS
        const k = this.pop();
        const s = this.top();
        const d = this.u.temp();
        this.emit(`${d} = copyDictWithoutKeys(${s}, ${k});`);
        this.u.release(k);
        this.push(d);
        this.storeName(rest, pc);
      } else {
        this.popTop();
      }
      pc.onTop--;
      this.popTop();
      return;
    }
    this.unpack(size);
    pc.onTop += size - 1;
    for (let i = 0; i < size; i++) {
      pc.onTop--;
      this.subpattern(p.patterns[i], pc);
    }
    pc.onTop -= 2;
    if (rest !== null) {
      // rest = dict(subject); del rest[key] for each key (BUILD_MAP 0, SWAP 3, DICT_UPDATE 2, ...)
      const d = this.u.temp();
      this.emit(`${d} = buildMap([]);`);
      this.push(d);
      this.rotateSwap(3);
      const s = this.pop();
      this.emit(`dictUpdate(${this.stack[this.stack.length - 2]}, ${s});`);
      this.u.release(s);
      this.unpack(size);
      for (let n = size; n > 0; n--) {
        // COPY 1+n, SWAP 2, DELETE_SUBSCR
        const src = this.stack[this.stack.length - 1 - n];
        const cp = this.u.temp();
        this.emit(`${cp} = ${src}; ${src}.rc++;`);
        this.push(cp);
        this.swap(2);
        const key = this.pop();
        const container = this.pop();
        this.emit(`delItem(${container}, ${key});`);
        this.u.release(container);
        this.u.release(key);
      }
      this.storeName(rest, pc);
    } else {
      this.popTop();
      this.popTop();
    }
  }

  /** SWAP n: exchange the top with the n-th value. */
  private swap(n: number): void {
    const i = this.stack.length - 1;
    const j = this.stack.length - n;
    const t = this.stack[i];
    this.stack[i] = this.stack[j];
    this.stack[j] = t;
  }

  private rotateSwap(n: number): void {
    this.swap(n);
  }

  private cls(p: A.MatchClass, pc: PC): void {
    const nargs = p.patterns.length;
    const nattrs = p.kwd_attrs.length;
    const subs = [...p.patterns, ...p.kwd_patterns];
    const cls = this.c.expr(this.u, p.cls);
    const immortal = P.interning === 'all-immortal';
    const names = newTuple(p.kwd_attrs.map((a) => internStr(a, immortal)));
    names.f |= F_RUNTIME;
    const k = this.c.constRef(this.u, names);
    const subj = this.pop();
    const x = this.u.temp();
    this.emit(`${x} = matchClass(${subj}, ${cls}, ${nargs}, ${k});`);
    if (this.v < 11) {
      // [attrs, True] or [subject, False]; the subject goes on success, the type either way
      const b = this.flag(`${x} !== null`);
      this.emit(`if (${b}) { if (--${subj}.rc === 0) dealloc(${subj}); } else ${x} = ${subj}; ${subj} = null;`);
      this.u.recycle(subj);
      this.u.release(cls);
      this.push(x);
      pc.onTop++;
      this.jumpToFailPop(pc, b);
      for (let i = 0; i < nargs + nattrs; i++) {
        const sp = subs[i];
        if (isWildcard(sp)) continue;
        this.dup();
        this.loadInt(i);
        this.subscr();
        this.subpattern(sp, pc);
      }
      pc.onTop--;
      this.popTop();
      return;
    }
    // the tuple of attributes, or None
    this.emit(`if (${x} === null) { ${x} = S.None; S.None.rc++; }`);
    if (this.v === 11) {
      this.u.release(cls);
      this.u.release(subj);
    } else {
      this.u.release(subj);
      this.u.release(cls);
    }
    this.push(x);
    pc.onTop++;
    this.jumpToFailPop(pc, this.flag(`${x} !== S.None`));
    this.unpack(nargs + nattrs);
    pc.onTop += nargs + nattrs - 1;
    for (let i = 0; i < nargs + nattrs; i++) {
      pc.onTop--;
      const sp = subs[i];
      if (isWildcard(sp)) {
        this.popTop();
        continue;
      }
      this.subpattern(sp, pc);
    }
  }

  private or(p: A.MatchOr, pc: PC): void {
    const end = this.u.label('O');
    const old = { stores: pc.stores, allowIrrefutable: pc.allowIrrefutable, onTop: pc.onTop, fail: pc.fail };
    let control: string[] | null = null;
    const base = this.stack.slice();
    let merged: string[] = [];
    this.emit(`${end}: {`);
    this.u.indent();
    p.patterns.forEach((alt, i) => {
      const label = this.u.label('A');
      this.emit(`${label}: {`);
      this.u.indent();
      this.stack = base.slice();
      pc.stores = [];
      pc.allowIrrefutable = i === p.patterns.length - 1 && old.allowIrrefutable;
      pc.onTop = 0;
      pc.fail = label;
      this.dup();
      this.pattern(alt, pc);
      if (control === null) {
        control = pc.stores;
        merged = control.map(() => this.u.temp());
      } else {
        // reorder the captures on the stack to match the first alternative's
        const ctl = control;
        for (let ic = ctl.length - 1; ic >= 0; ic--) {
          const is = pc.stores.indexOf(ctl[ic]);
          if (is !== ic) {
            let rotations = is + 1;
            const rotated = pc.stores.splice(0, rotations);
            pc.stores.splice(ic - is, 0, ...rotated);
            while (rotations--) this.rotate(ic + 1);
          }
        }
      }
      // the captures, first one on top, move to the temps the alternatives share
      const n = pc.stores.length;
      const moves: string[] = [];
      for (let j = 0; j < n; j++) {
        const t = this.stack[this.stack.length - 1 - j];
        moves.push(`${merged[j]} = ${t}; ${t} = null;`);
        this.u.recycle(t);
      }
      if (moves.length) this.emit(moves.join(' '));
      this.emit(`break ${end};`);
      this.u.dedent();
      this.emit('}');
    });
    // no alternative matched: pop the subject and fail
    this.stack = base.slice();
    pc.stores = old.stores;
    pc.allowIrrefutable = old.allowIrrefutable;
    pc.onTop = old.onTop;
    pc.fail = old.fail;
    const s = this.top();
    this.emit(`if (--${s}.rc === 0) dealloc(${s}); ${s} = null;`);
    this.pop();
    this.jumpToFailPop(pc, null);
    this.push(s);
    this.u.dedent();
    this.emit('}');
    // matched: the captures go under the values the pattern keeps, then the subject is popped
    const ctl = control as string[] | null ?? [];
    for (let j = ctl.length - 1; j >= 0; j--) this.push(merged[j]);
    const nrots = ctl.length + 1 + pc.onTop + pc.stores.length;
    for (const name of ctl) {
      this.rotate(nrots);
      pc.stores.push(name);
    }
    this.popTop();
  }
}

/** compiler_match */
export function compileMatch(c: Compiler, u: Unit, s: A.Match): void {
  u.stmtRegion(() => {
    c.lineEvent(u, s);
    const g = new MatchGen(c, u);
    g.stack = [c.expr(u, s.subject)];
    const end = u.label('M');
    u.emit(`${end}: {`);
    u.indent();
    const cases = s.cases;
    const last = cases[cases.length - 1];
    const hasDefault = isWildcard(last.pattern) && cases.length > 1;
    const n = cases.length - (hasDefault ? 1 : 0);
    for (let i = 0; i < n; i++) {
      const m = cases[i];
      const label = u.label('P');
      u.emit(`${label}: {`);
      u.indent();
      c.lineEvent(u, m.pattern);
      const copy = i !== n - 1;
      const subj = g.stack[0];
      if (copy) {
        const t = u.temp();
        u.emit(`${t} = ${subj}; ${subj}.rc++;`);
        g.stack.push(t);
      }
      const pc: PC = { stores: [], allowIrrefutable: m.guard !== null || i === cases.length - 1, onTop: 0, fail: label };
      g.pattern(m.pattern, pc);
      // a match: store the captured names (they are on the stack, the first on top)
      for (const name of pc.stores) {
        const t = g.stack.pop() as string;
        c.storeName(u, name, t);
      }
      if (m.guard) {
        if (m.guard.lineno !== m.pattern.lineno) c.lineEvent(u, m.guard);
        const b = c.test(u, m.guard);
        u.emit(`if (!${b}) break ${label};`);
      }
      // success: the subject goes (its temp stays reserved: the next cases still use it)
      if (copy) u.emit(`if (--${subj}.rc === 0) dealloc(${subj}); ${subj} = null;`);
      c.stmts(u, m.body);
      u.emit(`break ${end};`);
      u.dedent();
      u.emit('}');
      g.stack = copy ? [subj] : [];
    }
    if (hasDefault) {
      c.lineEvent(u, last.pattern);
      if (last.guard) {
        if (last.guard.lineno !== last.pattern.lineno) c.lineEvent(u, last.guard);
        const b = c.test(u, last.guard);
        u.emit(`if (${b}) {`);
        c.stmts(u, last.body);
        u.emit('}');
      } else {
        c.stmts(u, last.body);
      }
    }
    u.dedent();
    u.emit('}');
  });
}
