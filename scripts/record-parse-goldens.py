#!/usr/bin/env python3
"""Record the parser goldens from real CPython (never edit the outputs by hand).

    python3.12 scripts/record-parse-goldens.py [--pyenv-root DIR]

* test/parse/cases/<name>.py   -> test/parse/golden/<name>.ast.json
  `ast.parse` output of the running interpreter (must be 3.12), converted to the JSON shape that
  test/parse/astjson.ts produces from HeapLens' AST (src/engine/parse/ast.ts): only the fields
  HeapLens models, CPython's UTF-8 byte columns converted to UTF-16 code units (what ast.ts uses).
* test/parse/errors/<name>.py  -> test/parse/golden/errors/<name>.json
  For each CPython version, the SyntaxError raised when the file is run as a script
  (`python FILE`), caught through sys.excepthook, plus the exact text printed on stderr
  (the absolute path CPython prints is replaced by the file's base name).
"""
import ast
import warnings
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, 'test', 'parse', 'cases')
ERRORS = os.path.join(ROOT, 'test', 'parse', 'errors')
GOLDEN = os.path.join(ROOT, 'test', 'parse', 'golden')
VERSIONS = {'3.8': '3.8.18', '3.10': '3.10.13', '3.11': '3.11.7', '3.12': '3.12.1', '3.13': '3.13.0'}

# Fields HeapLens' AST keeps, per node type (CPython names; ExceptHandler.type becomes htype).
FIELDS = {
    'Module': ['body'],
    'FunctionDef': ['name', 'args', 'body', 'decorator_list', 'returns'],
    'AsyncFunctionDef': ['name', 'args', 'body', 'decorator_list', 'returns'],
    'ClassDef': ['name', 'bases', 'keywords', 'body', 'decorator_list'],
    'Return': ['value'], 'Delete': ['targets'], 'Assign': ['targets', 'value'],
    'AugAssign': ['target', 'op', 'value'], 'AnnAssign': ['target', 'annotation', 'value', 'simple'],
    'For': ['target', 'iter', 'body', 'orelse'], 'AsyncFor': ['target', 'iter', 'body', 'orelse'],
    'While': ['test', 'body', 'orelse'], 'If': ['test', 'body', 'orelse'],
    'With': ['items', 'body'], 'AsyncWith': ['items', 'body'], 'Match': ['subject', 'cases'],
    'Raise': ['exc', 'cause'], 'Try': ['body', 'handlers', 'orelse', 'finalbody'],
    'TryStar': ['body', 'handlers', 'orelse', 'finalbody'], 'Assert': ['test', 'msg'],
    'Import': ['names'], 'ImportFrom': ['module', 'names', 'level'], 'Global': ['names'],
    'Nonlocal': ['names'], 'Expr': ['value'], 'Pass': [], 'Break': [], 'Continue': [],
    'TypeAlias': [],
    'BoolOp': ['op', 'values'], 'NamedExpr': ['target', 'value'], 'BinOp': ['left', 'op', 'right'],
    'UnaryOp': ['op', 'operand'], 'Lambda': ['args', 'body'], 'IfExp': ['test', 'body', 'orelse'],
    'Dict': ['keys', 'values'], 'Set': ['elts'], 'ListComp': ['elt', 'generators'],
    'SetComp': ['elt', 'generators'], 'DictComp': ['key', 'value', 'generators'],
    'GeneratorExp': ['elt', 'generators'], 'Await': ['value'], 'Yield': ['value'],
    'YieldFrom': ['value'], 'Compare': ['left', 'ops', 'comparators'],
    'Call': ['func', 'args', 'keywords'], 'FormattedValue': ['value', 'conversion', 'format_spec'],
    'JoinedStr': ['values'], 'Constant': ['value'], 'Attribute': ['value', 'attr', 'ctx'],
    'Subscript': ['value', 'slice', 'ctx'], 'Starred': ['value', 'ctx'], 'Name': ['id', 'ctx'],
    'List': ['elts', 'ctx'], 'Tuple': ['elts', 'ctx'], 'Slice': ['lower', 'upper', 'step'],
    'comprehension': ['target', 'iter', 'ifs', 'is_async'],
    'arguments': ['posonlyargs', 'args', 'vararg', 'kwonlyargs', 'kw_defaults', 'kwarg', 'defaults'],
    'arg': ['arg', 'annotation'], 'keyword': ['arg', 'value'], 'alias': ['name', 'asname'],
    'withitem': ['context_expr', 'optional_vars'], 'ExceptHandler': ['type', 'name', 'body'],
    'match_case': ['pattern', 'guard', 'body'], 'MatchValue': ['value'], 'MatchSingleton': ['value'],
    'MatchSequence': ['patterns'], 'MatchMapping': ['keys', 'patterns', 'rest'],
    'MatchClass': ['cls', 'patterns', 'kwd_attrs', 'kwd_patterns'], 'MatchStar': ['name'],
    'MatchAs': ['pattern', 'name'], 'MatchOr': ['patterns'],
}
POSITIONED = {'comprehension': False, 'arguments': False, 'withitem': False, 'Module': False, 'match_case': False}


def finite(x):
    # JSON has no inf/nan: those are written as repr() strings
    return x if x == x and x not in (float('inf'), float('-inf')) else repr(x)


def const(v):
    if v is None:
        return {'k': 'None'}
    if v is Ellipsis:
        return {'k': 'Ellipsis'}
    if isinstance(v, bool):
        return {'k': 'bool', 'v': v}
    if isinstance(v, int):
        return {'k': 'int', 'v': str(v)}
    if isinstance(v, float):
        return {'k': 'float', 'v': finite(v)}
    if isinstance(v, complex):
        return {'k': 'complex', 'imag': finite(v.imag)}
    if isinstance(v, str):
        return {'k': 'str', 'v': v}
    if isinstance(v, bytes):
        return {'k': 'bytes', 'v': v.decode('latin-1')}
    raise TypeError(type(v))


class Converter:
    def __init__(self, source):
        self.lines = source.split('\n')

    def col(self, lineno, byte_col):
        """CPython columns count UTF-8 bytes; HeapLens counts UTF-16 code units."""
        line = self.lines[lineno - 1].encode('utf-8')
        prefix = line[:byte_col].decode('utf-8', errors='replace')
        return len(prefix.encode('utf-16-le')) // 2

    def node(self, n):
        if n is None:
            return None
        if isinstance(n, list):
            return [self.node(x) for x in n]
        if isinstance(n, (str, int)) and not isinstance(n, bool):
            return n
        if isinstance(n, bool):
            return n
        name = type(n).__name__
        if isinstance(n, (ast.expr_context, ast.operator, ast.unaryop, ast.cmpop, ast.boolop)):
            return name
        out = {'_t': name}
        for f in FIELDS[name]:
            v = getattr(n, f)
            if name in ('Constant', 'MatchSingleton') and f == 'value':
                out['value'] = const(v)
            elif name == 'ExceptHandler' and f == 'type':
                out['htype'] = self.node(v)
            elif name == 'AnnAssign' and f == 'simple':
                out['simple'] = bool(v)
            elif name == 'comprehension' and f == 'is_async':
                out['is_async'] = bool(v)
            else:
                out[f] = self.node(v)
        if POSITIONED.get(name, True):
            out['lineno'] = n.lineno
            out['col_offset'] = self.col(n.lineno, n.col_offset)
            out['end_lineno'] = n.end_lineno
            out['end_col_offset'] = self.col(n.end_lineno, n.end_col_offset)
        return out


HOOK = r'''
import sys, json, os
def _hook(t, v, tb):
    if isinstance(v, SyntaxError):
        d = {'type': t.__name__, 'msg': v.msg, 'lineno': v.lineno, 'offset': v.offset,
             'end_lineno': getattr(v, 'end_lineno', None), 'end_offset': getattr(v, 'end_offset', None)}
        with open(os.environ['HL_ERR_JSON'], 'w') as f:
            json.dump(d, f)
    sys.__excepthook__(t, v, tb)
sys.excepthook = _hook
'''


def record_error(pyenv_root, path, hookdir):
    out = {}
    for short, full in VERSIONS.items():
        exe = os.path.join(pyenv_root, 'versions', full, 'bin', 'python')
        res_path = os.path.join(hookdir, 'result.json')
        if os.path.exists(res_path):
            os.remove(res_path)
        env = dict(os.environ, HL_ERR_JSON=res_path, PYTHONPATH=hookdir, NO_COLOR='1',
                   PYTHON_COLORS='0', PYTHONDONTWRITEBYTECODE='1')
        env.pop('PYTHONSTARTUP', None)
        proc = subprocess.run([exe, os.path.basename(path)], cwd=os.path.dirname(path), env=env,
                              capture_output=True, text=True, timeout=60)
        if not os.path.exists(res_path):
            raise SystemExit(f'{path}: Python {full} raised no SyntaxError (exit {proc.returncode})\n{proc.stderr}')
        with open(res_path) as f:
            d = json.load(f)
        d['stderr'] = proc.stderr.replace(path, os.path.basename(path))
        out[short] = d
    return out


def main():
    warnings.simplefilter("ignore")
    if sys.version_info[:2] != (3, 12):
        raise SystemExit('run this with Python 3.12 (the AST goldens are 3.12 ASTs)')
    pyenv_root = subprocess.run(['pyenv', 'root'], capture_output=True, text=True).stdout.strip()
    if '--pyenv-root' in sys.argv:
        pyenv_root = sys.argv[sys.argv.index('--pyenv-root') + 1]
    os.makedirs(os.path.join(GOLDEN, 'errors'), exist_ok=True)
    for name in sorted(os.listdir(CASES)):
        if not name.endswith('.py'):
            continue
        with open(os.path.join(CASES, name), encoding='utf-8') as f:
            src = f.read()
        tree = ast.parse(src)
        with open(os.path.join(GOLDEN, name[:-3] + '.ast.json'), 'w', encoding='utf-8') as f:
            json.dump(Converter(src).node(tree), f, indent=1)
            f.write('\n')
    with tempfile.TemporaryDirectory() as hookdir:
        with open(os.path.join(hookdir, 'sitecustomize.py'), 'w') as f:
            f.write(HOOK)
        for name in sorted(os.listdir(ERRORS)):
            if not name.endswith('.py'):
                continue
            d = record_error(pyenv_root, os.path.join(ERRORS, name), hookdir)
            with open(os.path.join(GOLDEN, 'errors', name[:-3] + '.json'), 'w', encoding='utf-8') as f:
                json.dump(d, f, indent=1, ensure_ascii=False)
                f.write('\n')


if __name__ == '__main__':
    main()
