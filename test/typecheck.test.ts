// The strict TypeScript check runs as a test so a type error shows up in the suite's summary.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

describe('typecheck', function () {
  this.timeout(180000);
  it('tsc --noEmit -p . reports no errors', () => {
    const tsc = join(process.cwd(), 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '--noEmit', '-p', '.'], { encoding: 'utf8' });
    assert.equal(r.status, 0, `tsc failed:\n${r.stdout}${r.stderr}`);
  });
  it('tsc --noEmit -p webview (the panel, with the DOM types) reports no errors', () => {
    const tsc = join(process.cwd(), 'node_modules', 'typescript', 'bin', 'tsc');
    const r = spawnSync(process.execPath, [tsc, '--noEmit', '-p', 'webview'], { encoding: 'utf8' });
    assert.equal(r.status, 0, `tsc failed:\n${r.stdout}${r.stderr}`);
  });
});
