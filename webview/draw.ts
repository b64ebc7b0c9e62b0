// Canvas helpers: crisp drawing at the display's pixel ratio, and colours taken from the
// editor's theme (CSS variables VS Code sets on the webview) so every theme — light, dark, high
// contrast — is respected without a colour of our own.

/** Size a canvas to its CSS box times the pixel ratio; returns a context in CSS pixels. */
export function fitCanvas(c: HTMLCanvasElement, cssWidth: number, cssHeight: number): CanvasRenderingContext2D {
  const dpr = window.devicePixelRatio || 1;
  const w = Math.max(1, Math.round(cssWidth));
  const h = Math.max(1, Math.round(cssHeight));
  c.style.width = `${w}px`;
  c.style.height = `${h}px`;
  if (c.width !== Math.round(w * dpr) || c.height !== Math.round(h * dpr)) {
    c.width = Math.round(w * dpr);
    c.height = Math.round(h * dpr);
  }
  const ctx = c.getContext('2d') as CanvasRenderingContext2D;
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, w, h);
  return ctx;
}

/** A theme colour: the value of `--vscode-<name>` (falling back to the next names given). */
export function themeColor(...names: string[]): string {
  const cs = getComputedStyle(document.body);
  for (const n of names) {
    const v = cs.getPropertyValue(`--vscode-${n}`).trim();
    if (v) return v;
  }
  return cs.color || '#888';
}

/** The chart palette of the theme (VS Code's `charts.*` colours). */
export function palette(): string[] {
  return ['charts-blue', 'charts-orange', 'charts-green', 'charts-purple', 'charts-yellow', 'charts-red'].map((n) => themeColor(n));
}

/** The theme's font for canvas text. */
export function font(sizePx = 11): string {
  const cs = getComputedStyle(document.body);
  const family = cs.getPropertyValue('--vscode-font-family').trim() || 'sans-serif';
  return `${sizePx}px ${family}`;
}

export function bytesText(n: number): string {
  const a = Math.abs(n);
  if (a < 1024) return `${n} B`;
  if (a < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
}

/** Index of the last sample at or before `step` (columns are sorted by step). */
export function sampleAt(steps: number[], step: number): number {
  let lo = 0;
  let hi = steps.length - 1;
  if (hi < 0 || steps[0] > step) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (steps[mid] <= step) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** An element with text (and an optional class). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, cls?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls !== undefined) e.className = cls;
  return e;
}
