#!/usr/bin/env python3
"""Record the co_stacksize goldens from real CPython (never edit the outputs by hand).

    python3 scripts/record-stackdepth.py [--pyenv-root DIR] [--print FILE]

For every case in test/stackdepth/cases/*.py (and every program of the oracle corpus,
test/oracle/programs/*.py, as "oracle/<name>") and every installed profile interpreter
(3.8, 3.10, 3.11, 3.12, 3.13, found under `pyenv root`), the case is compiled by that
interpreter (`compile(src, name, 'exec')`, no optimization) and the `co_stacksize` of the
module code object and of every nested code object (found by walking `co_consts` recursively)
is written to test/stackdepth/golden/<version>.json (and, for 3.11+, the code units of each,
len(co_code) // 2 with the inline caches, the largest of same-named ones, to
test/stackdepth/golden/units-<version>.json):

    {
      "python": "3.12.1",
      "cases": {
        "<case>": { "<module>@1": 2, "f@3": 4, "<genexpr>@7": 3, "<lambda>@9": [1, 2] }
      }
    }

A case the interpreter refuses with a SyntaxError (a match statement on 3.8) is recorded as null.

A code object is named "<co_name>@<co_firstlineno>". When several code objects share a name
(two lambdas on one line; or one `def` inside a `finally` body, which CPython 3.9+ compiles
twice) the value is the sorted list of their distinct stack sizes, a single number when they
all agree.

`--print FILE` only prints what every interpreter reports for FILE (a development aid).
"""
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, 'test', 'stackdepth', 'cases')
ORACLE = os.path.join(ROOT, 'test', 'oracle', 'programs')
GOLDEN = os.path.join(ROOT, 'test', 'stackdepth', 'golden')
PROFILES = ['3.8', '3.10', '3.11', '3.12', '3.13']

# Runs inside each interpreter: reads {"name": source} from stdin, prints {"name": {key: size}}.
# (Kept compatible with Python 3.8.)
CHILD = r'''
import json, sys, warnings
warnings.simplefilter('ignore')

def walk(co, out, units):
    key = '%s@%d' % (co.co_name, co.co_firstlineno)
    out.setdefault(key, set()).add(co.co_stacksize)
    units[key] = max(units.get(key, 0), len(co.co_code) // 2)
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            walk(c, out, units)

sources = json.load(sys.stdin)
result = {}
units_result = {}
for name in sorted(sources):
    try:
        code = compile(sources[name], name + '.py', 'exec')
    except SyntaxError:
        # newer syntax (a match statement on 3.8): no code objects
        result[name] = None
        continue
    out = {}
    units = {}
    walk(code, out, units)
    result[name] = {k: (min(v) if len(v) == 1 else sorted(v)) for k, v in sorted(out.items())}
    units_result[name] = dict(sorted(units.items()))
json.dump({'python': '%d.%d.%d' % sys.version_info[:3], 'cases': result, 'units': units_result}, sys.stdout)
'''


def pyenv_root(argv):
    if '--pyenv-root' in argv:
        return argv[argv.index('--pyenv-root') + 1]
    try:
        return subprocess.run(['pyenv', 'root'], check=True, capture_output=True, text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return os.path.expanduser('~/.pyenv')


def interpreters(root):
    """Profile version -> path of the newest installed interpreter of that minor version."""
    found = {}
    for profile in PROFILES:
        best = None
        for d in glob.glob(os.path.join(root, 'versions', profile + '.*')):
            parts = os.path.basename(d).split('.')
            if len(parts) != 3 or not all(p.isdigit() for p in parts):
                continue
            exe = os.path.join(d, 'bin', 'python')
            if os.path.exists(exe):
                patch = int(parts[2])
                if best is None or patch > best[0]:
                    best = (patch, exe)
        if best is not None:
            found[profile] = best[1]
    return found


def run(exe, sources):
    proc = subprocess.run([exe, '-c', CHILD], input=json.dumps(sources), capture_output=True,
                          text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit('%s failed:\n%s' % (exe, proc.stderr))
    return json.loads(proc.stdout)


def main(argv):
    exes = interpreters(pyenv_root(argv))
    if not exes:
        raise SystemExit('no profile interpreter found (looked for %s)' % ', '.join(PROFILES))
    if '--print' in argv:
        path = argv[argv.index('--print') + 1]
        with open(path, encoding='utf-8') as f:
            src = f.read()
        for profile, exe in exes.items():
            res = run(exe, {'case': src})
            print(profile, json.dumps(res['cases']['case']))
        return
    sources = {}
    for path in sorted(glob.glob(os.path.join(CASES, '*.py'))):
        with open(path, encoding='utf-8') as f:
            sources[os.path.basename(path)[:-3]] = f.read()
    # the oracle corpus is checked too, as "oracle/<program>" (not copied)
    for path in sorted(glob.glob(os.path.join(ORACLE, '*.py'))):
        with open(path, encoding='utf-8') as f:
            sources['oracle/' + os.path.basename(path)[:-3]] = f.read()
    if not sources:
        raise SystemExit('no cases in ' + CASES)
    os.makedirs(GOLDEN, exist_ok=True)
    for profile, exe in exes.items():
        res = run(exe, sources)
        units = res.pop('units')
        out = os.path.join(GOLDEN, profile + '.json')
        with open(out, 'w', encoding='utf-8') as f:
            json.dump(res, f, indent=1, sort_keys=True)
            f.write('\n')
        if profile not in ('3.8', '3.10'):
            # 3.11+: the code units of every code object (len(co_code) // 2, inline caches included)
            with open(os.path.join(GOLDEN, 'units-' + profile + '.json'), 'w', encoding='utf-8') as f:
                json.dump({'python': res['python'], 'cases': units}, f, indent=1, sort_keys=True)
                f.write('\n')
        n = sum(len(v) for v in res['cases'].values() if v is not None)
        print('%s (%s): %d cases, %d code objects -> %s' % (profile, res['python'], len(res['cases']), n,
                                                            os.path.relpath(out, ROOT)))


if __name__ == '__main__':
    main(sys.argv[1:])
