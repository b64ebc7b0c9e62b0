// CPython versions whose parser behaviour HeapLens imitates, as a comparable number (3.12 -> 312).

export type VersionNum = 308 | 309 | 310 | 311 | 312 | 313;

export function versionNum(v: string | undefined): VersionNum {
  switch (v ?? '3.12') {
    case '3.8': return 308;
    case '3.9': return 309;
    case '3.10': return 310;
    case '3.11': return 311;
    case '3.12': return 312;
    case '3.13': return 313;
    default: {
      const m = /^3\.(\d+)/.exec(v ?? '');
      if (m) {
        const minor = Number(m[1]);
        if (minor < 8) return 308;
        if (minor > 13) return 313;
      }
      return 312;
    }
  }
}
