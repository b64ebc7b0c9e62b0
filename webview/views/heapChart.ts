// Heap over time: bytes in pymalloc blocks and in malloc'd blocks (above 512 B) against steps,
// the run's peak, the lines whose executions added the most, and the heap at the current step
// by type and by the line that allocated each object (tracemalloc's "top lines").
import type { HeapView } from '../../src/engine/result';
import type { PanelSession } from '../../src/panel/protocol';
import { StepChart, legend } from './chart';
import { palette, themeColor, bytesText, el } from '../draw';

export class HeapChart {
  readonly root = el('div', undefined, 'heap-chart');
  readonly chart: StepChart;
  private readonly summary = el('p', undefined, 'summary');
  private readonly peaks = el('ol', undefined, 'peaks');
  private readonly byType = el('table', undefined, 'by-type');
  private readonly byLineNote = el('p', undefined, 'muted');
  private readonly byLine = el('table', undefined, 'by-line');
  private lineOffset = 0;

  constructor(private readonly onSeek: (step: number) => void, private readonly onReveal: (line: number) => void) {
    this.chart = new StepChart('Heap bytes over the run', 140, onSeek);
    const wrap = el('div', undefined, 'chart-wrap');
    wrap.append(this.chart.canvas);
    this.root.append(this.summary, wrap, el('h4', 'Lines that added the most'), this.peaks, el('h4', 'By type at this step (objects reachable from the program)'), this.byType, el('h4', 'By allocation line at this step (what is still alive, grouped by the line that made it)'), this.byLineNote, this.byLine);
  }

  show(s: PanelSession, step: number): void {
    this.lineOffset = s.lineOffset;
    const t = s.timeline;
    const pal = palette();
    const pym = t.heapBytes.map((b, i) => b - t.mallocBytes[i]);
    const series = [
      { name: 'pymalloc blocks', color: pal[0], values: pym, stacked: true },
      { name: 'malloc (> 512 B)', color: pal[1], values: t.mallocBytes, stacked: true },
    ];
    const desc = `Peak ${bytesText(t.peak.bytes)} at step ${t.peak.step} (line ${t.peak.line}).`;
    this.summary.textContent = desc;
    this.chart.set(
      {
        steps: t.step,
        maxStep: s.steps,
        series,
        guides: [],
        markers: [{ step: t.peak.step, color: themeColor('charts-red', 'errorForeground'), label: 'peak' }],
        format: bytesText,
      },
      step,
      desc,
    );
    this.root.querySelector('.legend')?.remove();
    this.root.insertBefore(legend(series), this.root.children[1]);
    this.peaks.replaceChildren();
    for (const l of [...s.lines].filter((x) => x.bytesDelta > 0).sort((a, b) => b.bytesDelta - a.bytesDelta).slice(0, 5)) {
      const li = el('li');
      const a = el('a', `line ${l.line + s.lineOffset}: +${bytesText(l.bytesDelta)} over ${l.executions} run${l.executions === 1 ? '' : 's'}`);
      a.href = '#';
      a.addEventListener('click', (e) => {
        e.preventDefault();
        this.onReveal(l.line);
        this.onSeek(l.afterStep);
      });
      li.append(a);
      this.peaks.append(li);
    }
  }

  showTypes(view: HeapView | null): void {
    this.byType.replaceChildren();
    this.byLine.replaceChildren();
    this.byLineNote.textContent = '';
    if (view === null) return;
    const c = view.census;
    const head = el('tr');
    head.append(el('th', 'type'), el('th', 'objects'), el('th', 'bytes'));
    this.byType.append(head);
    for (const e of c.byType) {
      const tr = el('tr');
      tr.append(el('td', e.type), el('td', e.count.toLocaleString('en-US')), el('td', bytesText(e.bytes)));
      this.byType.append(tr);
    }
    this.byLineNote.textContent = `${c.objects.toLocaleString('en-US')} objects, ${bytesText(c.bytes)} (sys.getsizeof of each).`;
    const lh = el('tr');
    lh.append(el('th', 'line'), el('th', 'objects'), el('th', 'bytes'), el('th', 'mostly'));
    this.byLine.append(lh);
    for (const e of c.byLine) {
      const tr = el('tr');
      const where = el('td');
      if (e.line > 0) {
        const a = el('a', `line ${e.line + this.lineOffset}`);
        a.href = '#';
        a.addEventListener('click', (ev) => {
          ev.preventDefault();
          this.onReveal(e.line);
        });
        where.append(a);
      } else where.textContent = 'before the first line';
      where.title = e.line > 0 ? '' : 'constants of the code, interned names and small ints, made before the program ran';
      tr.append(where, el('td', e.count.toLocaleString('en-US')), el('td', bytesText(e.bytes)), el('td', e.types.map((x) => `${x.type} ×${x.count.toLocaleString('en-US')}`).join(', ')));
      this.byLine.append(tr);
    }
  }
}
