// What the webview suite's Node side needs from the engine, bundled by scripts/build.mjs
// (--tests) into out/webview-test/host.cjs: the simulation and the panel's session builder.
export { simulate } from '../../src/engine';
export { parseSnippets } from '../../src/engine/annotations';
export { panelSession } from '../../src/panel/session';
