// The module counts and tracked-object baselines per import set are stored as a Möbius inversion
// (src/engine/profiles/importsets.ts): every measured value must come back exactly, sets that
// were not measured must come back as null, and the committed tables must be what the encoder
// makes of their own values.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeImportSets, decodeImportSets, moduleCountsAt, gcTrackedAt, unmeasuredPartner, UNMEASURED_PAIRS, type ImportSetsRaw, type ImportSetTables } from '../../src/engine/profiles/importsets';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ORDER = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const REQUIRES = { e: ['a', 'b'], g: ['c'] };
const closedSet = (names: string[]): boolean => names.every((n) => (REQUIRES as Record<string, string[]>)[n]?.every((d) => names.includes(d)) ?? true);

function randomRaw(seed: number, dense: boolean): ImportSetsRaw {
  const r = rng(seed);
  const raw: ImportSetsRaw = { modules: {}, gcTracked: {} };
  for (let mask = 0; mask < 1 << ORDER.length; mask++) {
    const names = ORDER.filter((_, i) => mask & (1 << i));
    if (!closedSet(names)) continue;
    const k = names.join(',');
    // dense: arbitrary values (every interaction); sparse: a base plus a few pairwise effects
    raw.gcTracked[k] = dense ? Math.floor(r() * 20000) - 5000 : 11000 + names.length * 17 + (names.includes('b') && names.includes('d') ? 3 : 0);
    if (names.length > 0) raw.modules[k] = Object.fromEntries(names.map((n) => [n, dense ? Math.floor(r() * 100) : 2 + (n === 'a' && names.includes('f') ? 1 : 0)]));
  }
  return raw;
}

describe('import-set tables (compact baselines)', () => {
  for (const [seed, dense] of [[1, true], [2, true], [3, false], [4, true]] as const) {
    it(`reproduce every measured value, null for sets not measured (seed ${seed}${dense ? ', arbitrary values' : ''})`, () => {
      const raw = randomRaw(seed, dense);
      const t = encodeImportSets(raw, ORDER, REQUIRES);
      for (let mask = 0; mask < 1 << ORDER.length; mask++) {
        const names = ORDER.filter((_, i) => mask & (1 << i));
        const k = names.join(',');
        // (any order of the names)
        const shuffled = [...names].reverse();
        if (!closedSet(names)) {
          assert.equal(gcTrackedAt(t, shuffled), null, k);
          assert.equal(moduleCountsAt(t, shuffled), null, k);
          continue;
        }
        assert.equal(gcTrackedAt(t, shuffled), raw.gcTracked[k], k);
        if (names.length > 0) assert.deepEqual(moduleCountsAt(t, shuffled), raw.modules[k], k);
      }
      assert.equal(gcTrackedAt(t, ['a', 'zz']), null);
      assert.deepEqual(decodeImportSets(t), raw);
      if (!dense) assert.ok(t.gcTracked.length < 10 && Object.values(t.counts).every((g) => g.length <= 2), 'sparse values give few terms');
    });
  }

  it('refuses measurements it could not reproduce', () => {
    const raw = randomRaw(5, true);
    raw.modules['a,b'] = { a: 1 };
    assert.throws(() => encodeImportSets(raw, ORDER, REQUIRES), /not one per module/);
    assert.throws(() => encodeImportSets({ modules: {}, gcTracked: { 'a,zz': 1 } }, ORDER, REQUIRES), /outside the order/);
  });

  it('a module measured only with some others (types) has no value with any other', () => {
    const only = { f: ['a', 'b'] };
    const full = randomRaw(6, true);
    const raw: ImportSetsRaw = { modules: {}, gcTracked: {} };
    for (const [k, v] of Object.entries(full.gcTracked)) {
      const names = k === '' ? [] : k.split(',');
      if (unmeasuredPartner({ order: ORDER, requires: REQUIRES, only, gcTracked: [], counts: {} }, names) !== null) continue;
      raw.gcTracked[k] = v;
      if (names.length > 0) raw.modules[k] = full.modules[k];
    }
    const t = encodeImportSets(raw, ORDER, REQUIRES, only);
    assert.deepEqual(decodeImportSets(t), raw);
    assert.equal(gcTrackedAt(t, ['a', 'f']), raw.gcTracked['a,f']);
    assert.equal(gcTrackedAt(t, ['c', 'f']), null);
    assert.deepEqual(unmeasuredPartner(t, ['f', 'a', 'd']), ['f', 'd']);
    // (a module outside the order, independent of the tables, is no partner)
    assert.equal(unmeasuredPartner(t, ['f', 'a', 'time']), null);
  });

  // (the file itself: the bundles hold each version's record as a string, scripts/build.mjs)
  const data = JSON.parse(readFileSync(join('src', 'engine', 'profiles', 'baselines.json'), 'utf8')) as Record<string, { importSets: ImportSetTables }>;
  for (const [v, rec] of Object.entries(data)) {
    it(`${v}: the committed tables are the encoding of their own values, every importable set measured`, () => {
      const t = rec.importSets;
      const raw = decodeImportSets(t);
      assert.deepEqual(encodeImportSets(raw, t.order, t.requires, t.only), t);
      const n = Object.keys(raw.gcTracked).length;
      let closed = 0;
      for (let mask = 0; mask < 1 << t.order.length; mask++) {
        const names = t.order.filter((_, i) => mask & (1 << i));
        // (no set holds both of an unmeasured pair: importing both stops the run)
        if (UNMEASURED_PAIRS.some(([a, b]) => names.includes(a) && names.includes(b))) continue;
        // (nor a module with one it was not measured with: types with copy, ...)
        if (unmeasuredPartner(t, names) !== null) continue;
        if (names.every((m) => (t.requires[m] ?? []).every((d) => names.includes(d)))) closed++;
      }
      assert.equal(n, closed);
      assert.ok(raw.gcTracked[''] > 1000, 'start-up tracks thousands of objects');
    });
  }
});
