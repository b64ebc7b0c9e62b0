// The collector over time: objects counted in each generation (gc.get_count()) against steps,
// the generation-0 threshold, and a marker for every collection. The list under the chart is
// the text alternative (and the way to jump to a collection from the keyboard).
import type { PanelSession } from '../../src/panel/protocol';
import { StepChart, legend } from './chart';
import { palette, themeColor, el } from '../draw';

export class GcTimeline {
  readonly root = el('div', undefined, 'gc-timeline');
  readonly chart: StepChart;
  private readonly list = el('ol', undefined, 'collections');
  private readonly summary = el('p', undefined, 'summary');
  markerCount = 0;

  constructor(private readonly onSeek: (step: number) => void) {
    this.chart = new StepChart('Collector generations over the run', 150, onSeek);
    const wrap = el('div', undefined, 'chart-wrap');
    wrap.append(this.chart.canvas);
    this.root.append(this.summary, wrap);
  }

  show(s: PanelSession, step: number): void {
    const t = s.timeline;
    const pal = palette();
    const genColors = [pal[0], pal[1], pal[3]];
    const series = [
      { name: 'generation 0', color: genColors[0], values: t.gen0 },
      { name: 'generation 1', color: genColors[1], values: t.gen1 },
      { name: 'generation 2', color: genColors[2], values: t.gen2 },
    ];
    const cols = t.collections;
    this.markerCount = cols.length;
    const auto = cols.filter((c) => c.automatic).length;
    const desc = `${cols.length} collection${cols.length === 1 ? '' : 's'} (${auto} automatic, ${cols.length - auto} by gc.collect()); thresholds ${s.thresholds.join(', ')}.`;
    this.summary.textContent = desc;
    this.chart.set(
      {
        steps: t.step,
        maxStep: s.steps,
        series,
        guides: [{ value: s.thresholds[0], label: `threshold0 = ${s.thresholds[0]}`, color: themeColor('charts-red', 'errorForeground') }],
        markers: cols.map((c) => ({ step: c.step, color: genColors[c.generation] ?? genColors[2], label: `gen ${c.generation}` })),
        format: (v) => String(Math.round(v)),
      },
      step,
      desc,
    );
    this.root.querySelector('.legend')?.remove();
    this.root.insertBefore(legend([...series, { name: 'collection (tick above the plot, by generation)', color: themeColor('foreground') }]), this.root.children[1]);
    this.list.replaceChildren();
    for (const c of cols.slice(0, 500)) {
      const li = el('li');
      const a = el('a', `step ${c.step}, line ${c.line}: generation ${c.generation}${c.automatic ? ' (automatic)' : ' (gc.collect)'} — ${c.collected} collected, ${c.uncollectable} uncollectable`);
      a.href = '#';
      a.addEventListener('click', (e) => {
        e.preventDefault();
        this.onSeek(c.step);
      });
      li.append(a);
      this.list.append(li);
    }
    if (cols.length > 500) this.list.append(el('li', `… ${cols.length - 500} more`));
    if (!this.list.isConnected) {
      const d = el('details');
      d.append(el('summary', 'Collections'), this.list);
      this.root.append(d);
    }
  }
}
