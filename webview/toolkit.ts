// The only module that imports @vscode/webview-ui-toolkit. The toolkit is archived upstream
// (pinned at 1.4.0 in package.json); keeping every import of it here means swapping it for
// another component library touches this file alone.
import { provideVSCodeDesignSystem, vsCodeButton, vsCodePanels, vsCodePanelTab, vsCodePanelView, vsCodeBadge, vsCodeDivider } from '@vscode/webview-ui-toolkit';

let registered = false;

/** Register the toolkit's custom elements the panel uses (`<vscode-button>`, `<vscode-panels>`…). */
export function registerToolkit(): void {
  if (registered) return;
  registered = true;
  provideVSCodeDesignSystem().register(vsCodeButton(), vsCodePanels(), vsCodePanelTab(), vsCodePanelView(), vsCodeBadge(), vsCodeDivider());
}

/** The element names, so the rest of the webview never spells the library's tags itself. */
export const TAG = {
  button: 'vscode-button',
  panels: 'vscode-panels',
  tab: 'vscode-panel-tab',
  view: 'vscode-panel-view',
  badge: 'vscode-badge',
  divider: 'vscode-divider',
} as const;

/** A toolkit button with an accessible label. */
export function button(label: string, text: string, onClick: () => void): HTMLElement {
  const b = document.createElement(TAG.button);
  b.setAttribute('appearance', 'icon');
  b.setAttribute('aria-label', label);
  b.title = label;
  b.textContent = text;
  b.addEventListener('click', onClick);
  return b;
}

/** Tabs: one `<vscode-panels>` with a tab and a view per entry; returns each view's body. */
export function tabs(parent: HTMLElement, entries: { id: string; title: string }[], active: string, onChange: (id: string) => void): Record<string, HTMLElement> {
  const panels = document.createElement(TAG.panels);
  panels.setAttribute('activeid', `tab-${active}`);
  const views: Record<string, HTMLElement> = {};
  for (const e of entries) {
    const tab = document.createElement(TAG.tab);
    tab.id = `tab-${e.id}`;
    tab.textContent = e.title;
    panels.appendChild(tab);
  }
  for (const e of entries) {
    const view = document.createElement(TAG.view);
    view.id = `view-${e.id}`;
    const body = document.createElement('div');
    body.className = 'view-body';
    view.appendChild(body);
    panels.appendChild(view);
    views[e.id] = body;
  }
  panels.addEventListener('change', () => {
    // the property is current when the event fires; the attribute is reflected later
    const active = (panels as unknown as { activeid?: string }).activeid ?? panels.getAttribute('activeid') ?? '';
    const id = active.replace(/^tab-/, '');
    if (id) onChange(id);
  });
  parent.appendChild(panels);
  return views;
}
