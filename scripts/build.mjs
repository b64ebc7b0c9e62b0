// Bundles the CLI (and, with --tests, every test file) with esbuild.
// `npm ci` runs this through the `prepare` script, so a fresh clone can run `npx heaplens` at once.
import { build } from 'esbuild';
import { readdirSync, statSync } from 'node:fs';
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

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js' });

if (withTests) {
  await build({
    ...common,
    entryPoints: findTests('test'),
    outdir: 'out/test',
    outbase: 'test',
    external: ['mocha'],
  });
}

if (process.argv.includes('--dev')) {
  await build({ ...common, entryPoints: ['src/engine/index.ts'], outfile: 'out/dev/engine.js' });
}
