// The object graph at the current step: the program's names (frames and globals) and the live
// objects reachable from them, with refcounts on the nodes and references as edges, laid out by
// dagre (a layered graph layout library). Reference cycles are highlighted; cyclic garbage no
// name reaches any more is drawn dimmed until a collection reclaims it. The list below the
// picture is its text alternative.
import { graphlib, layout } from '@dagrejs/dagre';
import { type HeapView, type HeapObject, refcountLabel } from '../../src/engine/result';
import { fitCanvas, themeColor, font, el } from '../draw';

/** Objects drawn at most (the closest to the roots, then the garbage). */
const MAX_NODES = 120;

interface Box {
  id: string;
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
  kind: 'name' | 'object';
  cyclic: boolean;
  garbage: boolean;
}

/** Strongly connected components (Tarjan) of size > 1 or with a self-reference: the cycles. */
export function cyclicIds(objects: HeapObject[]): Set<number> {
  const byId = new Map(objects.map((o) => [o.id, o]));
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const out = new Set<number>();
  let counter = 0;
  // iterative Tarjan, so a long chain cannot overflow the stack
  for (const root of objects) {
    if (index.has(root.id)) continue;
    const work: { id: number; i: number }[] = [{ id: root.id, i: 0 }];
    index.set(root.id, counter);
    low.set(root.id, counter++);
    stack.push(root.id);
    onStack.add(root.id);
    while (work.length > 0) {
      const top = work[work.length - 1];
      const refs = byId.get(top.id)?.referents ?? [];
      if (top.i < refs.length) {
        const w = refs[top.i++];
        if (!byId.has(w)) continue;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push({ id: w, i: 0 });
        } else if (onStack.has(w)) low.set(top.id, Math.min(low.get(top.id) as number, index.get(w) as number));
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].id;
        low.set(parent, Math.min(low.get(parent) as number, low.get(top.id) as number));
      }
      if (low.get(top.id) === index.get(top.id)) {
        const comp: number[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack.delete(w);
          comp.push(w);
        } while (w !== top.id);
        const self = (byId.get(top.id)?.referents ?? []).includes(top.id);
        if (comp.length > 1 || self) for (const c of comp) out.add(c);
      }
    }
  }
  return out;
}

export class ObjectGraph {
  readonly root = el('div', undefined, 'object-graph');
  private readonly summary = el('p', undefined, 'summary');
  private readonly scroller = el('div', undefined, 'graph-scroller');
  readonly canvas = el('canvas');
  private readonly list = el('ul', undefined, 'graph-list');
  private boxes: Box[] = [];
  private edges: { from: string; to: string; points: { x: number; y: number }[]; cyclic: boolean }[] = [];
  private width = 0;
  private height = 0;
  /** For tests: what was drawn. */
  stats = { nodes: 0, edges: 0, cyclic: 0, garbage: 0 };

  constructor() {
    this.canvas.setAttribute('role', 'img');
    this.scroller.append(this.canvas);
    const d = el('details');
    d.append(el('summary', 'Objects and references as a list'), this.list);
    this.root.append(this.summary, this.scroller, d);
    new ResizeObserver(() => this.draw()).observe(this.scroller);
  }

  show(view: HeapView | null): void {
    this.boxes = [];
    this.edges = [];
    this.list.replaceChildren();
    if (view === null) {
      this.summary.textContent = '';
      this.draw();
      return;
    }
    const live = view.objects.filter((o) => !o.unreachable);
    const garbage = view.objects.filter((o) => o.unreachable);
    const shown = [...live.slice(0, MAX_NODES - Math.min(garbage.length, MAX_NODES / 2)), ...garbage.slice(0, MAX_NODES / 2)];
    const ids = new Set(shown.map((o) => o.id));
    const cyclic = cyclicIds(shown);
    const g = new graphlib.Graph({ multigraph: false });
    g.setGraph({ rankdir: 'LR', nodesep: 10, ranksep: 36, marginx: 6, marginy: 6 });
    g.setDefaultEdgeLabel(() => ({}));
    const ctx = this.canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.font = font(11);
    const measure = (s: string): number => Math.ceil(ctx.measureText(s).width) + 14;
    const label = (o: HeapObject): string => {
      const v = o.value !== undefined ? ` ${o.value.length > 18 ? o.value.slice(0, 18) + '…' : o.value}` : '';
      return `${o.type}${v} · rc ${refcountLabel(o, '∞')}`;
    };
    for (const o of shown) g.setNode(`o${o.id}`, { label: label(o), width: measure(label(o)), height: 20 });
    // names: one node per frame local / global bound to a shown object
    const frameNames = new Map<string, string>();
    view.frames.forEach((f, fi) => {
      for (const l of f.locals) {
        if (!ids.has(l.id)) continue;
        const id = `n${fi}:${l.name}`;
        const text = view.frames.length > 1 ? `${f.name}: ${l.name}` : l.name;
        frameNames.set(id, text);
        g.setNode(id, { label: text, width: measure(text), height: 20 });
        g.setEdge(id, `o${l.id}`);
      }
    });
    for (const o of shown) for (const r of o.referents) if (ids.has(r)) g.setEdge(`o${o.id}`, `o${r}`);
    layout(g);
    const gg = g.graph();
    this.width = (gg.width ?? 0) + 12;
    this.height = (gg.height ?? 0) + 12;
    const byId = new Map(shown.map((o) => [`o${o.id}`, o]));
    for (const id of g.nodes()) {
      const n = g.node(id);
      const o = byId.get(id);
      this.boxes.push({
        id,
        label: String(n.label ?? ''),
        x: n.x - n.width / 2,
        y: n.y - n.height / 2,
        w: n.width,
        h: n.height,
        kind: o === undefined ? 'name' : 'object',
        cyclic: o !== undefined && cyclic.has(o.id),
        garbage: o?.unreachable === true,
      });
    }
    for (const e of g.edges()) {
      const from = byId.get(e.v);
      const to = byId.get(e.w);
      this.edges.push({ from: e.v, to: e.w, points: g.edge(e).points ?? [], cyclic: from !== undefined && to !== undefined && cyclic.has(from.id) && cyclic.has(to.id) });
    }
    this.stats = { nodes: shown.length, edges: this.edges.filter((e) => e.from.startsWith('o')).length, cyclic: cyclic.size, garbage: garbage.length };
    const more = view.objects.length > shown.length ? ` (${view.objects.length - shown.length} more not drawn)` : '';
    const desc = `${shown.length} objects${more}, ${this.stats.edges} references; ${cyclic.size} object${cyclic.size === 1 ? '' : 's'} in reference cycles${garbage.length > 0 ? `, ${garbage.length} unreachable (cyclic garbage, dimmed)` : ''}.`;
    this.summary.textContent = desc;
    this.canvas.setAttribute('aria-label', `Object graph. ${desc}`);
    for (const o of shown) {
      const refs = o.referents.filter((r) => ids.has(r)).map((r) => byId.get(`o${r}`)).filter((x): x is HeapObject => x !== undefined);
      const li = el('li', `${label(o)}${cyclic.has(o.id) ? ' (in a cycle)' : ''}${o.unreachable ? ' (unreachable)' : ''}${refs.length ? ` → ${refs.map((r) => r.type + (r.value !== undefined ? ' ' + r.value : '')).join(', ')}` : ''}`);
      this.list.append(li);
    }
    this.draw();
  }

  draw(): void {
    const avail = this.scroller.clientWidth || 300;
    const scale = this.width > avail ? Math.max(0.5, avail / this.width) : 1;
    const ctx = fitCanvas(this.canvas, Math.max(avail, this.width * scale), Math.max(40, this.height * scale));
    if (this.boxes.length === 0) return;
    ctx.scale(scale, scale);
    const fg = themeColor('foreground');
    const border = themeColor('editorWidget-border', 'panel-border', 'foreground');
    const red = themeColor('charts-red', 'errorForeground');
    const nameBg = themeColor('badge-background', 'button-background');
    const nameFg = themeColor('badge-foreground', 'button-foreground');
    const boxBg = themeColor('editorWidget-background', 'editor-background');
    ctx.font = font(11);
    ctx.textBaseline = 'middle';
    const boxOf = new Map(this.boxes.map((b) => [b.id, b]));
    for (const e of this.edges) {
      const to = boxOf.get(e.to);
      ctx.globalAlpha = to?.garbage ? 0.45 : 1;
      ctx.strokeStyle = e.cyclic ? red : border;
      ctx.lineWidth = e.cyclic ? 2 : 1;
      ctx.beginPath();
      e.points.forEach((p, i) => (i === 0 ? ctx.moveTo(p.x, p.y) : ctx.lineTo(p.x, p.y)));
      ctx.stroke();
      const n = e.points.length;
      if (n >= 2) {
        const a = e.points[n - 2];
        const b = e.points[n - 1];
        const ang = Math.atan2(b.y - a.y, b.x - a.x);
        ctx.fillStyle = ctx.strokeStyle;
        ctx.beginPath();
        ctx.moveTo(b.x, b.y);
        ctx.lineTo(b.x - 6 * Math.cos(ang - 0.4), b.y - 6 * Math.sin(ang - 0.4));
        ctx.lineTo(b.x - 6 * Math.cos(ang + 0.4), b.y - 6 * Math.sin(ang + 0.4));
        ctx.fill();
      }
    }
    ctx.lineWidth = 1;
    for (const b of this.boxes) {
      ctx.globalAlpha = b.garbage ? 0.45 : 1;
      ctx.fillStyle = b.kind === 'name' ? nameBg : boxBg;
      ctx.fillRect(b.x, b.y, b.w, b.h);
      ctx.strokeStyle = b.cyclic ? red : border;
      ctx.lineWidth = b.cyclic ? 2 : 1;
      if (b.garbage) ctx.setLineDash([3, 2]);
      ctx.strokeRect(b.x + 0.5, b.y + 0.5, b.w - 1, b.h - 1);
      ctx.setLineDash([]);
      ctx.fillStyle = b.kind === 'name' ? nameFg : fg;
      ctx.fillText(b.label, b.x + 7, b.y + b.h / 2);
    }
    ctx.globalAlpha = 1;
  }
}
