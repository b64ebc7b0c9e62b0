// The text of `sys._debugmallocstats()`, in CPython's own format (Objects/obmalloc.c
// _PyObject_DebugMallocStats and printone; Objects/object.c _PyDebugAllocatorStats).
import type { MallocStats } from './allocator';
import type { FreeListStat } from '../runtime/freelists';

/** printone: the label padded to 35 columns, '=', the value right-aligned in 21 with commas. */
function printone(label: string, value: number): string {
  const digits = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return label.padEnd(35, ' ') + '=' + digits.padStart(21, ' ') + '\n';
}

/** The pymalloc report, then the free lists, as sys._debugmallocstats writes them to stderr. */
export function formatMallocStats(s: MallocStats, arenaMap: readonly [number, number, number] | null, freeLists: FreeListStat[]): string {
  let out = `Small block threshold = 512, in ${s.numClasses} size classes.\n\n`;
  out += 'class   size   num pools   blocks in use  avail blocks\n';
  out += '-----   ----   ---------   -------------  ------------\n';
  for (const c of s.classes) {
    out += String(c.index).padStart(5) + String(c.size).padStart(7) + String(c.pools).padStart(12) + String(c.blocksInUse).padStart(16) + String(c.blocksAvailable).padStart(14) + '\n';
  }
  out += '\n';
  out += printone('# arenas allocated total', s.arenasAllocatedTotal);
  out += printone('# arenas reclaimed', s.arenasReclaimed);
  out += printone('# arenas highwater mark', s.arenasHighwater);
  out += printone('# arenas allocated current', s.arenasCurrent);
  out += printone(`${s.arenasCurrent} arenas * ${s.arenaSize} bytes/arena`, s.arenasCurrent * s.arenaSize);
  out += '\n';
  const parts: [string, number][] = [
    ['# bytes in allocated blocks', s.bytesInAllocatedBlocks],
    ['# bytes in available blocks', s.bytesInAvailableBlocks],
    [`${s.unusedPools} unused pools * ${s.poolSize} bytes`, s.unusedPools * s.poolSize],
    ['# bytes lost to pool headers', s.poolHeaderBytes],
    ['# bytes lost to quantization', s.quantization],
    ['# bytes lost to arena alignment', s.arenaAlignment],
  ];
  let total = 0;
  for (const [label, v] of parts) {
    out += printone(label, v);
    total += v;
  }
  out += printone('Total', total);
  if (arenaMap !== null) {
    // One mid and one bottom node cover every arena while they sit in one 2^(20+bot bits) range.
    const nodes = s.arenasCurrent > 0 ? 1 : 0;
    out += '\narena map counts\n';
    out += printone('# arena map mid nodes', nodes);
    out += printone('# arena map bot nodes', nodes);
    out += '\n';
    out += printone('# bytes lost to arena map root', arenaMap[0]);
    out += printone('# bytes lost to arena map mid', arenaMap[1] * nodes);
    out += printone('# bytes lost to arena map bot', arenaMap[2] * nodes);
    out += printone('Total', arenaMap[0] + (arenaMap[1] + arenaMap[2]) * nodes);
  }
  out += '\n';
  for (const f of freeLists) {
    const label = `${f.count} free ${f.name}s * ${f.size} bytes each`;
    out += printone(label.padStart(48, ' ') + ' ', f.count * f.size);
  }
  return out;
}
