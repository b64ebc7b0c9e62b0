// The call stack at the current step, innermost frame first, with each frame's locals and the
// object each is bound to.
import { type HeapView, refcountLabel } from '../../src/engine/result';
import { el } from '../draw';

export class Frames {
  readonly root = el('div', undefined, 'frames');

  constructor(private readonly onReveal: (line: number) => void) {}

  show(view: HeapView | null): void {
    this.root.replaceChildren();
    if (view === null) return;
    const byId = new Map(view.objects.map((o) => [o.id, o]));
    for (const f of [...view.frames].reverse()) {
      const box = el('section', undefined, 'frame');
      const h = el('h4');
      const a = el('a', `${f.name} — line ${f.line}`);
      a.href = '#';
      a.addEventListener('click', (e) => {
        e.preventDefault();
        this.onReveal(f.line);
      });
      h.append(a);
      box.append(h);
      const list = el('ul', undefined, 'locals');
      for (const l of f.locals) {
        const o = byId.get(l.id);
        const what = o === undefined ? '' : `${o.type}${o.value !== undefined ? ` ${o.value}` : ''} · refcount ${refcountLabel(o)} · ${o.size} B`;
        const li = el('li');
        li.append(el('code', l.name), el('span', ` → ${what}`));
        list.append(li);
      }
      if (f.locals.length === 0) list.append(el('li', 'no names bound yet', 'muted'));
      box.append(list);
      this.root.append(box);
    }
  }
}
