// A small step-axis chart on a canvas, shared by the GC timeline and the heap-over-time view:
// series against steps, optional horizontal guides and vertical markers, and a cursor at the
// current step. Clicking moves to the step under the pointer.
import { fitCanvas, themeColor, font, el } from '../draw';

export interface Series {
  name: string;
  color: string;
  values: number[];
  /** Draw as a filled area stacked on the series before it. */
  stacked?: boolean;
}

export interface Marker {
  step: number;
  color: string;
  label: string;
}

export interface ChartData {
  steps: number[];
  maxStep: number;
  series: Series[];
  guides: { value: number; label: string; color: string }[];
  markers: Marker[];
  format: (v: number) => string;
}

export class StepChart {
  readonly canvas = el('canvas');
  private data: ChartData | null = null;
  private cursor = 0;
  private readonly height: number;
  lastDrawMs = 0;

  constructor(private readonly label: string, height: number, onSeek: (step: number) => void) {
    this.height = height;
    this.canvas.tabIndex = 0;
    this.canvas.setAttribute('role', 'img');
    this.canvas.className = 'chart';
    this.canvas.addEventListener('click', (e) => {
      if (this.data === null) return;
      const r = this.canvas.getBoundingClientRect();
      const f = (e.clientX - r.left - PAD_L) / Math.max(1, r.width - PAD_L - PAD_R);
      onSeek(Math.max(0, Math.min(this.data.maxStep, Math.round(f * this.data.maxStep))));
    });
    new ResizeObserver(() => this.draw()).observe(this.canvas.parentElement ?? document.body);
  }

  set(data: ChartData, cursor: number, description: string): void {
    this.data = data;
    this.cursor = cursor;
    this.canvas.setAttribute('aria-label', `${this.label}. ${description}`);
    this.draw();
  }

  moveCursor(step: number): void {
    this.cursor = step;
    this.draw();
  }

  draw(): void {
    const t0 = performance.now();
    const width = this.canvas.parentElement?.clientWidth ?? 300;
    const ctx = fitCanvas(this.canvas, width, this.height);
    const d = this.data;
    if (d === null || d.steps.length === 0) return;
    const fg = themeColor('foreground');
    const grid = themeColor('editorWidget-border', 'panel-border', 'foreground');
    const plotW = width - PAD_L - PAD_R;
    const plotH = this.height - PAD_T - PAD_B;
    // stacked series are drawn as cumulative areas
    const cum = new Float64Array(d.steps.length);
    let max = 1;
    for (const s of d.series) {
      for (let i = 0; i < s.values.length; i++) {
        const v = s.stacked ? cum[i] + s.values[i] : s.values[i];
        if (v > max) max = v;
      }
      if (s.stacked) for (let i = 0; i < s.values.length; i++) cum[i] += s.values[i];
    }
    for (const g of d.guides) if (g.value > max) max = g.value;
    max *= 1.08;
    const x = (step: number): number => PAD_L + (d.maxStep > 0 ? (step / d.maxStep) * plotW : 0);
    const y = (v: number): number => PAD_T + plotH - (v / max) * plotH;
    ctx.font = font(10);
    ctx.strokeStyle = grid;
    ctx.globalAlpha = 0.6;
    ctx.strokeRect(PAD_L + 0.5, PAD_T + 0.5, plotW, plotH);
    ctx.globalAlpha = 1;
    ctx.fillStyle = fg;
    ctx.textBaseline = 'top';
    ctx.fillText(d.format(max / 1.08), 2, PAD_T);
    ctx.textBaseline = 'bottom';
    ctx.fillText('0', 2, PAD_T + plotH);
    ctx.fillText(`step ${d.maxStep.toLocaleString('en-US')}`, Math.max(PAD_L, width - PAD_R - 90), this.height - 1);
    // series
    cum.fill(0);
    for (const s of d.series) {
      ctx.strokeStyle = s.color;
      ctx.fillStyle = s.color;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      for (let i = 0; i < d.steps.length; i++) {
        const v = s.stacked ? cum[i] + s.values[i] : s.values[i];
        const px = x(d.steps[i]);
        if (i === 0) ctx.moveTo(px, y(v));
        else ctx.lineTo(px, y(v));
      }
      if (s.stacked) {
        for (let i = d.steps.length - 1; i >= 0; i--) ctx.lineTo(x(d.steps[i]), y(cum[i]));
        ctx.closePath();
        ctx.globalAlpha = 0.35;
        ctx.fill();
        ctx.globalAlpha = 1;
        for (let i = 0; i < s.values.length; i++) cum[i] += s.values[i];
      } else ctx.stroke();
    }
    ctx.lineWidth = 1;
    // guides (thresholds)
    ctx.setLineDash([4, 3]);
    for (const g of d.guides) {
      ctx.strokeStyle = g.color;
      ctx.beginPath();
      ctx.moveTo(PAD_L, y(g.value));
      ctx.lineTo(PAD_L + plotW, y(g.value));
      ctx.stroke();
      ctx.fillStyle = g.color;
      ctx.textBaseline = 'bottom';
      ctx.fillText(g.label, PAD_L + 3, y(g.value) - 1);
    }
    ctx.setLineDash([]);
    // markers (collections, peaks)
    for (const m of d.markers) {
      ctx.strokeStyle = m.color;
      ctx.globalAlpha = 0.8;
      ctx.beginPath();
      ctx.moveTo(x(m.step) + 0.5, PAD_T);
      ctx.lineTo(x(m.step) + 0.5, PAD_T + 6);
      ctx.stroke();
      ctx.globalAlpha = 1;
    }
    // the cursor
    ctx.strokeStyle = themeColor('focusBorder', 'foreground');
    ctx.lineWidth = 2;
    ctx.beginPath();
    ctx.moveTo(x(this.cursor), PAD_T);
    ctx.lineTo(x(this.cursor), PAD_T + plotH);
    ctx.stroke();
    ctx.lineWidth = 1;
    this.lastDrawMs = performance.now() - t0;
  }
}

const PAD_L = 44;
const PAD_R = 8;
const PAD_T = 6;
const PAD_B = 14;

/** A legend line for some series. */
export function legend(series: { name: string; color: string }[]): HTMLElement {
  const l = el('div', undefined, 'legend');
  for (const s of series) {
    const item = el('span', s.name, 'legend-item');
    const sw = el('span', undefined, 'swatch');
    sw.style.backgroundColor = s.color;
    item.prepend(sw);
    l.append(item);
  }
  return l;
}
