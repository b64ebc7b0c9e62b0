// Bundles the CLI, the VS Code extension, its engine worker and the heap panel's webview (and,
// with --tests, every test file) with esbuild.
// `npm ci` runs this through the `prepare` script, so a fresh clone can run `npx heaplens` at once.
import { build } from 'esbuild';
import { copyFileSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const withTests = process.argv.includes('--tests');

function findTests(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) findTests(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

// The measured baselines (src/engine/profiles/baselines.json, 70 KB) are bundled as one JSON
// string per version, parsed when a run of that version first needs them (baselines.ts): a run
// builds only its own version's tables.
const lazyBaselines = {
  name: 'lazy-baselines',
  setup(b) {
    b.onLoad({ filter: /[\\/]profiles[\\/]baselines\.json$/ }, (args) => {
      const data = JSON.parse(readFileSync(args.path, 'utf8'));
      const parts = Object.keys(data).map((v) => `${JSON.stringify(v)}: ${JSON.stringify(JSON.stringify(data[v]))}`);
      return { contents: `export default {${parts.join(', ')}};`, loader: 'js' };
    });
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [lazyBaselines],
};

// The shipped Node bundles lose whitespace and comments but keep their identifiers (profiles and
// stack traces stay readable; source maps are written): the CLI reads and hashes a 1.7 MB bundle
// instead of 2.3 MB at every start, and a plain-ASCII one.
const shipped = { ...common, minifyWhitespace: true, minifySyntax: true };
rmSync('dist', { recursive: true, force: true });
await build({ ...shipped, entryPoints: ['src/cli/main.ts'], outfile: 'dist/heaplens.js' });
// the VS Code extension (the host side; `vscode` is provided by the editor) and its engine worker
await build({ ...shipped, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] });
await build({ ...shipped, entryPoints: ['src/extension/worker.ts'], outfile: 'dist/worker.js' });
// the heap panel, for the webview (a browser): one script, styles in media/panel.css
await build({ ...common, platform: 'browser', format: 'iife', target: 'chrome114', entryPoints: ['webview/main.ts'], outfile: 'dist/webview/panel.js', minify: true });
// `heaplens report` inlines the panel with its styles (the CLI package does not ship media/)
copyFileSync('media/panel.css', 'dist/webview/panel.css');
copyFileSync('media/report.css', 'dist/webview/report.css');
// dist/cli.js starts the bundle from V8's code cache; the cache is written by a warm-up run of a
// bundled example (so it also holds the functions a run compiles), and is only an optimisation:
// a missing or stale cache falls back to compiling the bundle.
copyFileSync('src/cli/loader.cjs', 'dist/cli.js');
rmSync('dist/heaplens.cache', { force: true });
const warm = spawnSync(process.execPath, ['dist/cli.js', 'trace', 'scripts/warmup.py', '--json', '-o', process.platform === 'win32' ? 'NUL' : '/dev/null'], {
  env: { ...process.env, HEAPLENS_WRITE_CACHE: '1' },
  encoding: 'utf8',
});
if (warm.status !== 0) console.warn(`build: the code-cache warm-up run failed (${warm.stderr.trim()}); the CLI works without it`);

if (withTests) {
  await build({
    ...common,
    entryPoints: findTests('test'),
    outdir: 'out/test',
    outbase: 'test',
    external: ['mocha'],
  });
}

if (withTests) {
  // the webview suite's Node side (test/webview/run.mjs)
  await build({ ...common, entryPoints: ['test/webview/host.ts'], outfile: 'out/webview-test/host.cjs' });
}

if (process.argv.includes('--dev')) {
  await build({ ...common, entryPoints: ['src/engine/index.ts'], outfile: 'out/dev/engine.js' });
}
