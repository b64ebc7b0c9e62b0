// The small test runner the browser-driven suites share (end-to-end, webview): named tests,
// an assert, report lines, and the closing "N passed, N failed" line CI reads. Results also go
// to test-results/<name>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './codeserver.mjs';

export const RESULTS = join(root, 'test-results');
mkdirSync(RESULTS, { recursive: true });

/** `onFailure(n)` runs after the n-th failure (e.g. to save a screenshot). */
export function createSuite(name, { onFailure } = {}) {
  let passed = 0;
  let failed = 0;
  const report = [];
  async function test(title, fn) {
    const t0 = Date.now();
    try {
      await fn();
      passed++;
      console.log(`  ✔ ${title} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      if (onFailure) await Promise.resolve(onFailure(failed)).catch(() => undefined);
      console.log(`  ✘ ${title}\n      ${String(e && e.stack ? e.stack : e).split('\n').slice(0, 5).join('\n      ')}`);
    }
  }
  function assert(cond, msg) {
    if (!cond) throw new Error(msg);
  }
  /** Run the suite's main(), then print the report and the totals and exit with them. */
  function run(main) {
    main()
      .catch((e) => {
        failed++;
        console.log(`  ✘ the suite could not run: ${e && e.stack ? e.stack : e}`);
      })
      .finally(() => {
        for (const r of report) console.log(`  · ${r}`);
        writeFileSync(join(RESULTS, `${name}.json`), JSON.stringify({ passed, failed, report }, null, 1));
        console.log(`\n${passed} passed, ${failed} failed`);
        process.exit(failed > 0 ? 1 : 0);
      });
  }
  return { test, assert, report, run };
}
