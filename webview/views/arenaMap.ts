// The arena/pool map: every arena a row of its 64 pool slots, each pool coloured by its size
// class and filled by its used/total blocks. Drawn on one canvas the height of the visible
// area (rows are virtualised), so thousands of arenas scroll smoothly. Keyboard: arrows move
// between pools, Enter lists the selected pool's objects.
import { type HeapView, type HeapObject, refcountLabel } from '../../src/engine/result';
import type { Geometry } from '../../src/panel/protocol';
import { fitCanvas, themeColor, palette, font, bytesText, el } from '../draw';

type ArenaView = HeapView['arenas'][number];
type PoolView = ArenaView['pools'][number];

const POOLS = 64;
const LABEL_W = 64;

export interface ArenaMapEvents {
  onSelectPool(pool: [number, number] | null): void;
  onRevealLine(line: number): void;
}

export class ArenaMap {
  readonly root = el('div', undefined, 'arena-map');
  private readonly summary = el('p', undefined, 'summary');
  private readonly scroller = el('div', undefined, 'map-scroller');
  private readonly spacer = el('div', undefined, 'map-spacer');
  readonly canvas = el('canvas');
  private readonly tip = el('div', undefined, 'tooltip');
  private readonly legend = el('div', undefined, 'legend');
  private readonly details = el('div', undefined, 'pool-details');
  private readonly mallocList = el('div', undefined, 'malloc-list');
  private view: HeapView | null = null;
  private geometry: Geometry | null = null;
  private selected: [number, number] | null = null;
  private cursor: [number, number] = [0, 0];
  private rowH = 12;
  /** How long the last draw took (ms), for the performance test. */
  lastDrawMs = 0;

  constructor(private readonly events: ArenaMapEvents) {
    this.canvas.tabIndex = 0;
    this.canvas.setAttribute('role', 'img');
    this.scroller.append(this.spacer, this.canvas, this.tip);
    this.root.append(this.summary, this.legend, this.scroller, this.details, this.mallocList);
    this.scroller.addEventListener('scroll', () => this.draw());
    this.canvas.addEventListener('mousemove', (e) => this.hover(e));
    this.canvas.addEventListener('mouseleave', () => (this.tip.style.display = 'none'));
    this.canvas.addEventListener('click', (e) => {
      const hit = this.hit(e);
      this.select(hit);
    });
    this.canvas.addEventListener('keydown', (e) => this.key(e));
    new ResizeObserver(() => this.draw()).observe(this.scroller);
  }

  show(view: HeapView | null, geometry: Geometry, selected: [number, number] | null): void {
    this.view = view;
    this.geometry = geometry;
    this.selected = selected;
    this.rowH = view !== null && view.arenas.length > 200 ? 8 : 12;
    this.renderSummary();
    this.renderLegend();
    this.renderDetails();
    this.renderMalloc();
    this.draw();
  }

  private arenas(): ArenaView[] {
    return this.view?.arenas ?? [];
  }

  private renderSummary(): void {
    const g = this.geometry;
    const arenas = this.arenas();
    let used = 0;
    let full = 0;
    let empty = 0;
    let blocks = 0;
    for (const a of arenas) {
      for (const p of a.pools) {
        if (p.sizeClass < 0) continue;
        if (p.used === 0) empty++;
        else if (p.used === p.capacity) full++;
        else used++;
        blocks += p.used;
      }
    }
    const geo = g === null ? '' : ` Each arena is ${bytesText(g.arenaSize)}: ${g.poolsPerArena} usable pools of ${bytesText(g.poolSize)}.`;
    const text = `${arenas.length} arena${arenas.length === 1 ? '' : 's'}; pools: ${used} partly used, ${full} full, ${empty} empty; ${blocks} blocks in use.${geo}`;
    this.summary.textContent = text;
    // the canvas's text alternative
    this.canvas.setAttribute('aria-label', `Arena and pool map. ${text} Arrow keys move between pools, Enter lists a pool's objects.`);
  }

  private renderLegend(): void {
    const classes = new Map<number, number>();
    for (const a of this.arenas()) for (const p of a.pools) if (p.sizeClass >= 0) classes.set(p.sizeClass, p.blockSize);
    const pal = palette();
    this.legend.replaceChildren();
    for (const [sc, size] of [...classes].sort((x, y) => x[0] - y[0])) {
      const item = el('span', `${size} B`, 'legend-item');
      const sw = el('span', undefined, 'swatch');
      sw.dataset.color = pal[sc % pal.length];
      sw.style.backgroundColor = pal[sc % pal.length];
      item.prepend(sw);
      item.title = `size class ${sc}: ${size}-byte blocks`;
      this.legend.append(item);
    }
  }

  private poolAt(arenaIdx: number, col: number): PoolView | undefined {
    const a = this.arenas()[arenaIdx];
    return a?.pools.find((p) => p.index === col);
  }

  private hit(e: MouseEvent): [number, number] | null {
    const r = this.canvas.getBoundingClientRect();
    const x = e.clientX - r.left;
    const y = e.clientY - r.top + this.scroller.scrollTop;
    const cellW = this.cellW();
    const row = Math.floor(y / this.rowH);
    const col = Math.floor((x - LABEL_W) / cellW);
    if (row < 0 || row >= this.arenas().length || col < 0 || col >= POOLS) return null;
    return [row, col];
  }

  private cellW(): number {
    return Math.max(3, Math.floor((this.scroller.clientWidth - LABEL_W - 4) / POOLS));
  }

  private describe(row: number, col: number): string {
    const a = this.arenas()[row];
    const p = this.poolAt(row, col);
    if (a === undefined) return '';
    const usedPools = a.totalPools - a.freePools;
    const head = `arena ${a.slot} (${usedPools}/${a.totalPools} pools in use)`;
    if (p === undefined) return `${head}: slot ${col} lost to the arena's alignment`;
    if (p.sizeClass < 0) return `${head}, pool ${col}: never used yet`;
    const free = p.capacity - p.used - p.virgin;
    const state = p.used === 0 ? 'empty' : p.used === p.capacity ? 'full' : 'used';
    return `${head}, pool ${col}: ${p.blockSize}-byte blocks (size class ${p.sizeClass}), ${state}: ${p.used} in use, ${free} freed, ${p.virgin} never used, of ${p.capacity}`;
  }

  private hover(e: MouseEvent): void {
    const h = this.hit(e);
    if (h === null) {
      this.tip.style.display = 'none';
      return;
    }
    this.tip.textContent = this.describe(h[0], h[1]);
    this.tip.style.display = 'block';
    const r = this.scroller.getBoundingClientRect();
    this.tip.style.left = `${Math.min(e.clientX - r.left + 12, Math.max(0, r.width - 260))}px`;
    this.tip.style.top = `${e.clientY - r.top + this.scroller.scrollTop + 14}px`;
  }

  private key(e: KeyboardEvent): void {
    const n = this.arenas().length;
    if (n === 0) return;
    let [row, col] = this.cursor;
    if (e.key === 'ArrowRight') col = Math.min(POOLS - 1, col + 1);
    else if (e.key === 'ArrowLeft') col = Math.max(0, col - 1);
    else if (e.key === 'ArrowDown') row = Math.min(n - 1, row + 1);
    else if (e.key === 'ArrowUp') row = Math.max(0, row - 1);
    else if (e.key === 'Enter' || e.key === ' ') {
      this.select([row, col]);
      e.preventDefault();
      return;
    } else return;
    e.preventDefault();
    e.stopPropagation();
    this.cursor = [row, col];
    this.canvas.setAttribute('aria-label', this.describe(row, col));
    this.summary.textContent = this.describe(row, col);
    const top = row * this.rowH;
    if (top < this.scroller.scrollTop || top + this.rowH > this.scroller.scrollTop + this.scroller.clientHeight) this.scroller.scrollTop = top - this.scroller.clientHeight / 2;
    this.draw();
  }

  private select(hit: [number, number] | null): void {
    const a = hit === null ? undefined : this.arenas()[hit[0]];
    this.selected = a === undefined || hit === null ? null : [a.slot, hit[1]];
    if (hit !== null) this.cursor = hit;
    this.events.onSelectPool(this.selected);
    this.renderDetails();
    this.draw();
  }

  private objectRow(o: HeapObject): HTMLElement {
    const row = el('li');
    const what = `${o.type}${o.value !== undefined ? ` ${o.value}` : ''}`;
    row.append(el('span', what, 'obj-type'), el('span', ` · ${o.size} B · refcount ${refcountLabel(o)}`));
    if (o.line !== undefined) {
      const link = el('a', ` · line ${o.line}`, 'line-link');
      link.href = '#';
      link.addEventListener('click', (ev) => {
        ev.preventDefault();
        this.events.onRevealLine(o.line as number);
      });
      row.append(link);
    }
    return row;
  }

  private renderDetails(): void {
    this.details.replaceChildren();
    if (this.selected === null || this.view === null) return;
    const [slot, index] = this.selected;
    const row = this.arenas().findIndex((a) => a.slot === slot);
    if (row < 0) return;
    this.details.append(el('h4', this.describe(row, index)));
    const objs = this.view.objects.filter((o) => o.block !== undefined && 'pool' in o.block && o.block.arena === slot && o.block.pool === index);
    if (objs.length === 0) {
      this.details.append(el('p', 'None of its blocks holds an object reachable from the program (the interpreter\'s own, or freed).', 'muted'));
      return;
    }
    const list = el('ul', undefined, 'objects');
    for (const o of objs.slice(0, 200)) list.append(this.objectRow(o));
    this.details.append(list);
    if (objs.length > 200) this.details.append(el('p', `… and ${objs.length - 200} more`, 'muted'));
  }

  private renderMalloc(): void {
    this.mallocList.replaceChildren();
    if (this.view === null) return;
    const big = this.view.objects.filter((o) => o.block !== undefined && 'malloc' in o.block);
    if (big.length === 0) return;
    const total = big.reduce((s, o) => s + (o.block !== undefined && 'malloc' in o.block ? o.block.bytes : 0), 0);
    this.mallocList.append(el('h4', `Beside the arenas: ${big.length} object${big.length === 1 ? '' : 's'} above ${this.geometry?.smallRequestThreshold ?? 512} B from malloc (${bytesText(total)})`));
    const list = el('ul', undefined, 'objects');
    for (const o of big.slice(0, 50)) list.append(this.objectRow(o));
    this.mallocList.append(list);
  }

  draw(): void {
    const t0 = performance.now();
    const arenas = this.arenas();
    const rowH = this.rowH;
    this.spacer.style.height = `${arenas.length * rowH}px`;
    // a few arenas take a few rows; many scroll in a window of 260 px
    this.scroller.style.height = `${Math.max(rowH, Math.min(260, arenas.length * rowH + 2))}px`;
    const width = this.scroller.clientWidth;
    const visibleH = Math.min(this.scroller.clientHeight || 240, Math.max(rowH, arenas.length * rowH));
    this.canvas.style.top = `${this.scroller.scrollTop}px`;
    const ctx = fitCanvas(this.canvas, width, visibleH);
    if (arenas.length === 0) return;
    const cellW = this.cellW();
    const pal = palette();
    const fg = themeColor('foreground');
    const faint = themeColor('editorWidget-border', 'panel-border', 'foreground');
    const focus = themeColor('focusBorder');
    ctx.font = font(Math.min(11, rowH));
    ctx.textBaseline = 'middle';
    const first = Math.floor(this.scroller.scrollTop / rowH);
    const last = Math.min(arenas.length - 1, Math.ceil((this.scroller.scrollTop + visibleH) / rowH));
    for (let r = first; r <= last; r++) {
      const a = arenas[r];
      const y = r * rowH - this.scroller.scrollTop;
      ctx.fillStyle = fg;
      ctx.globalAlpha = 0.8;
      if (rowH >= 10) ctx.fillText(`arena ${a.slot}`, 2, y + rowH / 2);
      ctx.globalAlpha = 1;
      const byIndex = new Map<number, PoolView>();
      for (const p of a.pools) byIndex.set(p.index, p);
      for (let i = 0; i < POOLS; i++) {
        const x = LABEL_W + i * cellW;
        const p = byIndex.get(i);
        const w = cellW - 1;
        const h = rowH - 2;
        if (p === undefined) {
          // lost to alignment: a struck-out slot
          ctx.strokeStyle = faint;
          ctx.globalAlpha = 0.5;
          ctx.beginPath();
          ctx.moveTo(x, y + 1 + h);
          ctx.lineTo(x + w, y + 1);
          ctx.stroke();
          ctx.globalAlpha = 1;
          continue;
        }
        if (p.sizeClass < 0) {
          ctx.strokeStyle = faint;
          ctx.globalAlpha = 0.35;
          ctx.strokeRect(x + 0.5, y + 1.5, w - 1, h - 1);
          ctx.globalAlpha = 1;
          continue;
        }
        const color = pal[p.sizeClass % pal.length];
        ctx.fillStyle = color;
        ctx.globalAlpha = 0.25;
        ctx.fillRect(x, y + 1, w, h);
        ctx.globalAlpha = 1;
        const fillH = p.capacity > 0 ? Math.max(p.used > 0 ? 1 : 0, Math.round((h * p.used) / p.capacity)) : 0;
        ctx.fillRect(x, y + 1 + h - fillH, w, fillH);
        if (p.used === p.capacity) {
          ctx.strokeStyle = fg;
          ctx.strokeRect(x + 0.5, y + 1.5, w - 1, h - 1);
        }
      }
      if (this.selected !== null && this.selected[0] === a.slot) {
        ctx.strokeStyle = focus;
        ctx.lineWidth = 2;
        ctx.strokeRect(LABEL_W + this.selected[1] * cellW - 1, y, cellW + 1, rowH);
        ctx.lineWidth = 1;
      }
      if (document.activeElement === this.canvas && this.cursor[0] === r) {
        ctx.strokeStyle = focus;
        ctx.setLineDash([2, 2]);
        ctx.strokeRect(LABEL_W + this.cursor[1] * cellW - 0.5, y + 0.5, cellW, rowH - 1);
        ctx.setLineDash([]);
      }
    }
    this.lastDrawMs = performance.now() - t0;
  }

  /** For tests: pools drawn and the colour of each size class. */
  stats(): { arenas: number; pools: number; colors: Record<number, string> } {
    const pal = palette();
    const colors: Record<number, string> = {};
    let pools = 0;
    for (const a of this.arenas()) {
      for (const p of a.pools) {
        if (p.sizeClass < 0) continue;
        pools++;
        colors[p.sizeClass] = pal[p.sizeClass % pal.length];
      }
    }
    return { arenas: this.arenas().length, pools, colors };
  }
}
