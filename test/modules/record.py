"""Record the goldens of test/modules: run every program in test/modules/cases with each real
CPython and store what it printed in test/modules/golden/<minor>/<case>.json.

usage (from the repository root):  python3 test/modules/record.py [case ...]
Interpreters are looked up as $(pyenv root)/versions/<X.Y.Z>/bin/python (override a version
with HEAPLENS_PYTHON_3_12=/path/to/python and so on)."""
import json
import os
import subprocess
import sys

VERSIONS = {'3.8': '3.8.18', '3.10': '3.10.13', '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0'}
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, 'cases')
GOLDEN = os.path.join(HERE, 'golden')


def interpreter(minor):
    override = os.environ.get('HEAPLENS_PYTHON_' + minor.replace('.', '_'))
    if override:
        return override
    root = subprocess.run(['pyenv', 'root'], capture_output=True, text=True, check=True).stdout.strip()
    return os.path.join(root, 'versions', VERSIONS[minor], 'bin', 'python')


def main(selected):
    cases = sorted(f[:-3] for f in os.listdir(CASES) if f.endswith('.py'))
    if selected:
        cases = [c for c in cases if c in selected]
    for minor in VERSIONS:
        exe = interpreter(minor)
        os.makedirs(os.path.join(GOLDEN, minor), exist_ok=True)
        for case in cases:
            rel = os.path.join('test', 'modules', 'cases', case + '.py')
            proc = subprocess.run([exe, rel], capture_output=True, text=True, cwd=os.path.dirname(os.path.dirname(HERE)))
            version = subprocess.run([exe, '-c', 'import platform; print(platform.python_version())'], capture_output=True, text=True).stdout.strip()
            lines = [l for l in proc.stderr.splitlines() if l.strip()]
            golden = {'python': version, 'stdout': proc.stdout, 'exitCode': proc.returncode, 'stderrTail': lines[-1] if lines else ''}
            with open(os.path.join(GOLDEN, minor, case + '.json'), 'w') as f:
                json.dump(golden, f, indent=2)
                f.write('\n')
            print(minor, case, 'exit', proc.returncode)


if __name__ == '__main__':
    main(sys.argv[1:])
