// Python/suggestions.c: the "Did you mean" candidate search (_Py_CalculateSuggestions).

const MOVE_COST = 2, CASE_COST = 1, MAX_STRING_SIZE = 40, MAX_CANDIDATE_ITEMS = 750;

/** Python/suggestions.c levenshtein_distance with CPython's costs. */
function distance(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  while (a.length && b.length && a[a.length - 1] === b[b.length - 1]) {
    a = a.slice(0, -1);
    b = b.slice(0, -1);
  }
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const sub = (x: string, y: string): number => (x === y ? 0 : x.toLowerCase() === y.toLowerCase() ? CASE_COST : MOVE_COST);
  const buffer: number[] = [];
  for (let i = 0; i < a.length; i++) buffer[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let bIndex = 0; bIndex < b.length; bIndex++) {
    const code = b[bIndex];
    let distance = result = bIndex * MOVE_COST;
    let minimum = Number.MAX_SAFE_INTEGER;
    for (let index = 0; index < a.length; index++) {
      const substitute = distance + sub(code, a[index]);
      distance = buffer[index];
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[index] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

export function bestMatch(name: string, candidates: string[]): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDist = Number.MAX_SAFE_INTEGER;
  for (const c of candidates) {
    if (c === name) continue;
    let maxDist = ((name.length + c.length + 3) * MOVE_COST) / 6 | 0;
    maxDist = Math.min(maxDist, bestDist - 1);
    const d = distance(name, c, maxDist);
    if (d > maxDist) continue;
    if (best === null || d < bestDist) {
      best = c;
      bestDist = d;
    }
  }
  return best;
}
