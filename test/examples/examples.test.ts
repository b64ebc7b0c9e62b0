// The examples in examples/ make memory claims with `# @expect`; this suite checks them twice:
//  1. the claims are true of real CPython: examples/golden/<file>.json holds the values real
//     interpreters had at each annotation (recorded by scripts/record-examples.mjs), and every
//     value satisfies its claim;
//  2. the simulator agrees: `heaplens check` semantics (simulate with the annotations) passes
//     on every version each example declares.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../../src/engine';
import { parseSnippets, appliesTo, compare, type Expectation } from '../../src/engine/annotations';
import type { ProfileId } from '../../src/engine';
import { checkFiles } from '../../src/cli/check';

const DIR = join(process.cwd(), 'examples');
const files = readdirSync(DIR).filter((f) => f.endsWith('.py') || f.endsWith('.md')).sort();

interface Golden {
  file: string;
  versions: Record<string, Record<string, { text: string; values: (number | boolean | null)[] }>>;
}

/** Does a value real CPython had satisfy the claim? */
function holds(e: Expectation, v: number | boolean | null): boolean {
  if (v === null) return false;
  switch (e.kind) {
    case 'leak':
      return (v as number) > 0;
    case 'no-leak':
      return v === 0;
    case 'cycle':
      return v === true;
    default:
      return compare(v as number, e.op as '==', e.value as number);
  }
}

describe('examples', () => {
  it('there is one example per idea of the source articles (at least 12), each annotated', () => {
    assert.ok(files.length >= 12, `only ${files.length} examples`);
    for (const f of files) {
      const text = readFileSync(join(DIR, f), 'utf8');
      assert.match(text, /^# heap: python=/m, `${f} declares no versions (# heap: python=…)`);
      assert.match(text, /# @expect/, `${f} has no # @expect`);
    }
  });

  for (const f of files) {
    describe(f, () => {
      const text = readFileSync(join(DIR, f), 'utf8');
      const snippets = parseSnippets(text, f.endsWith('.md') ? 'md' : 'py');
      it('its claims are what real CPython measures (examples/golden)', () => {
        const gp = join(DIR, 'golden', `${f}.json`);
        if (!existsSync(gp)) return assert.fail(`no ${gp}: record it with node scripts/build.mjs --dev && node scripts/record-examples.mjs examples/${f}`);
        const golden = JSON.parse(readFileSync(gp, 'utf8')) as Golden;
        const problems: string[] = [];
        snippets.forEach((s, si) => {
          for (const v of s.settings.pythons ?? []) {
            for (const e of s.expectations.filter((x) => appliesTo(x, v))) {
              const rec = golden.versions[v]?.[`${si}:${e.line}`];
              if (rec === undefined || rec.text !== e.text) {
                problems.push(`line ${e.line} [${v}]: not recorded (re-record examples/golden)`);
                continue;
              }
              if (rec.values.length === 0) problems.push(`line ${e.line} [${v}]: CPython never reached '@expect ${e.text}'`);
              const bad = rec.values.find((x) => !holds(e, x));
              if (bad !== undefined) problems.push(`line ${e.line} [${v}]: '@expect ${e.text}' but CPython ${v} has ${JSON.stringify(bad)}`);
            }
          }
        });
        assert.deepEqual(problems, []);
      });
      for (const s of snippets) {
        for (const v of (s.settings.pythons ?? []) as ProfileId[]) {
          it(`the simulator agrees on ${v}`, () => {
            const r = simulate(s.source, { python: v, filename: f, annotations: { expectations: s.expectations.filter((e) => appliesTo(e, v)), snapshots: s.snapshots } });
            assert.equal(r.outcome, 'ok', r.stderr);
            const bad = (r.expectations ?? []).filter((e) => e.status !== 'pass').map((e) => `line ${e.line}: @expect ${e.text}: ${e.message}`);
            assert.deepEqual(bad, []);
          });
        }
      }
    });
  }

  it('heaplens check examples/ passes, and a broken @expect fails with a precise message', () => {
    const ok = checkFiles([DIR], { python: null, verbose: false, json: false });
    assert.deepEqual(ok.diagnostics.filter((d) => d.severity === 'error'), []);
    assert.ok(ok.totals.passed > 50, `only ${ok.totals.passed} expectations checked`);
  });
});
