#!/usr/bin/env python3
"""Per-line refcount tracer on real CPython: the honest baseline for HeapLens's per-line facts.

Usage:  python3 bench/settrace_refcounts.py PROGRAM.py [--out facts.json] [ARGS...]

Runs PROGRAM as ``__main__`` (like ``python3 PROGRAM.py ARGS``) under ``sys.settrace`` and, for
every line of PROGRAM that finishes executing, records what HeapLens shows per line:

  * how many times the line ran, and
  * for each local/global name the line reads or binds: the type of the bound object, its
    reference count as CPython stores it (``sys.getrefcount(obj) - 1``, with the tracer's own
    references taken out), whether it is immortal (3.12+) and its ``sys.getsizeof``, as of the
    last time the line ran.

A line counts as finished when the next 'line' event (or the 'return' event) of the same frame
arrives, so the facts are those right after the line ran. Allocation counts and byte deltas
(tracemalloc) are deliberately not collected: far too slow to be a fair baseline.

The facts are written as JSON to --out (default: serialised and discarded, so the cost of
producing them is always paid). The program's own stdout, stderr and exit code are unchanged.
Nothing is printed by the tracer itself except usage errors.
"""

import sys

_SYS_GETREFCOUNT = sys.getrefcount
_SYS_GETSIZEOF = sys.getsizeof

CO_OPTIMIZED = 0x0001  # code flag: function body (fast locals), as in inspect.CO_OPTIMIZED

# Where a name on a line is looked up.
WHERE_LOCALS = 0      # optimized frame: f_locals (snapshot dict <= 3.12, live proxy >= 3.13)
WHERE_GLOBALS = 1     # f_globals dict
WHERE_NAMESPACE = 2   # non-optimized frame (module, class body): f_locals dict, then f_globals

_MISSING = object()


def _usage(msg=None):
    if msg:
        sys.stderr.write('settrace_refcounts: %s\n' % msg)
    sys.stderr.write('usage: python3 bench/settrace_refcounts.py PROGRAM.py [--out facts.json] [ARGS...]\n')
    sys.exit(2)


def _parse_argv(argv):
    out = None
    program = None
    rest = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if program is None or (not rest and a in ('--out', '-o')):
            if a in ('--out', '-o'):
                if i + 1 >= len(argv):
                    _usage('--out needs a file name')
                out = argv[i + 1]
                i += 2
                continue
            if a.startswith('--out='):
                out = a[len('--out='):]
                i += 1
                continue
            if a in ('-h', '--help'):
                _usage()
            if program is None:
                program = a
                i += 1
                continue
        rest.append(a)
        i += 1
    if program is None:
        _usage('no PROGRAM given')
    return program, out, rest


def _names_by_line(tree):
    """line -> set of identifiers the statement text on that line reads or binds."""
    import ast
    by_line = {}

    def add(line, name):
        s = by_line.get(line)
        if s is None:
            by_line[line] = s = set()
        s.add(name)

    for node in ast.walk(tree):
        t = type(node)
        if t is ast.Name:
            add(node.lineno, node.id)
        elif t in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
            add(node.lineno, node.name)
        elif t in (ast.Import, ast.ImportFrom):
            for alias in node.names:
                if alias.name == '*':
                    continue
                bound = alias.asname or alias.name.split('.')[0]
                add(getattr(alias, 'lineno', node.lineno), bound)
        elif t is ast.ExceptHandler:
            if node.name:
                add(node.lineno, node.name)
        elif t.__name__ in ('MatchAs', 'MatchStar') and getattr(node, 'name', None):
            add(node.lineno, node.name)
        elif t.__name__ == 'MatchMapping' and getattr(node, 'rest', None):
            add(node.lineno, node.rest)
    return by_line


class Facts:
    """Per-line storage for one program file. Slots are preallocated lists mutated in place."""

    def __init__(self, nlines, names_by_line):
        self.counts = [0] * (nlines + 2)
        self.names_by_line = names_by_line
        self.slots = {}          # (line, name) -> [type, raw getrefcount, getsizeof, tracer refs]
        self.code_maps = {}      # code object -> {line: tuple of entries} (or None: not ours)
        self.calls = 0

    def slot(self, line, name):
        key = (line, name)
        s = self.slots.get(key)
        if s is None:
            self.slots[key] = s = [None, 0, 0, 0]
        return s

    def line_map(self, code):
        """Cached per code object: line -> ((name, where, slot), ...)."""
        m = {}
        optimized = bool(code.co_flags & CO_OPTIMIZED)
        fast = set(code.co_varnames) | set(code.co_cellvars) | set(code.co_freevars)
        glob = set(code.co_names)
        known = fast | glob
        for line, names in self.names_by_line.items():
            entries = []
            for name in sorted(names & known):
                if not optimized:
                    where = WHERE_NAMESPACE
                elif name in fast:
                    where = WHERE_LOCALS
                else:
                    where = WHERE_GLOBALS
                entries.append((name, where, self.slot(line, name)))
            if entries:
                m[line] = tuple(entries)
        return m


def make_tracer(filename, facts, c_dict, snapshot):
    """The sys.settrace hook.

    c_dict: the references the tracer itself holds on an object while measuring it (the fetched
    value and sys.getrefcount's argument), as measured by calibrate().
    snapshot: True on CPython <= 3.12, where a function frame's f_locals is a dict that CPython
    refreshes from the fast locals before every trace call: its entries are references that only
    exist because of tracing, so each one that points at the measured object is taken out too.
    """
    counts = facts.counts
    code_maps = facts.code_maps
    getrefcount = _SYS_GETREFCOUNT
    getsizeof = _SYS_GETSIZEOF
    missing = _MISSING

    def global_trace(frame, event, arg):
        code = frame.f_code
        lmap = code_maps.get(code, missing)
        if lmap is missing:
            lmap = facts.line_map(code) if code.co_filename == filename else None
            code_maps[code] = lmap
        if lmap is None:
            return None
        facts.calls += 1
        f_globals = frame.f_globals
        prev = 0

        # The per-frame tracers below must not refer to themselves (that would make each one a
        # reference cycle that only the cyclic GC frees): they hand themselves back as
        # frame.f_trace.

        if not code.co_flags & CO_OPTIMIZED:
            # Module and class bodies: f_locals is the real namespace dict, stable for the
            # frame's life; names not found there are looked up in the globals.
            ns_get = frame.f_locals.get
            g_get = None if frame.f_locals is f_globals else f_globals.get

            def namespace_trace(frame, event, arg):
                nonlocal prev
                if event == 'exception':
                    return frame.f_trace
                if prev:
                    counts[prev] += 1
                    entries = lmap.get(prev)
                    if entries is not None:
                        for name, where, slot in entries:
                            v = ns_get(name, missing)
                            if v is missing:
                                if g_get is None:
                                    continue
                                v = g_get(name, missing)
                                if v is missing:
                                    continue
                            slot[0] = type(v)
                            slot[1] = getrefcount(v)
                            slot[3] = c_dict
                            try:
                                slot[2] = getsizeof(v)
                            except Exception:
                                slot[2] = -1
                        v = None
                if event == 'line':
                    prev = frame.f_lineno
                elif event == 'return':
                    prev = 0
                return frame.f_trace

            return namespace_trace

        # Function frames: f_locals is fetched on every event (a snapshot dict on <= 3.12, a
        # proxy holding the frame on 3.13+); keeping it would keep objects alive longer.
        g_get = f_globals.get

        def function_trace(frame, event, arg):
            nonlocal prev
            if event == 'exception':
                return frame.f_trace
            if prev:
                counts[prev] += 1
                entries = lmap.get(prev)
                if entries is not None:
                    loc = frame.f_locals
                    for name, where, slot in entries:
                        if where == 0:  # WHERE_LOCALS
                            v = loc.get(name, missing)
                        else:  # WHERE_GLOBALS
                            v = g_get(name, missing)
                        if v is missing:
                            continue
                        c = c_dict
                        if snapshot:
                            for w in loc.values():
                                if w is v:
                                    c += 1
                            w = None
                        slot[0] = type(v)
                        slot[1] = getrefcount(v)
                        slot[3] = c
                        try:
                            slot[2] = getsizeof(v)
                        except Exception:
                            slot[2] = -1
                    v = loc = None
            if event == 'line':
                prev = frame.f_lineno
            elif event == 'return':
                prev = 0
            return frame.f_trace

        return function_trace

    return global_trace


_CALIBRATION_SRC = '''\
def f():
    x = object()
    x = ''.join(['a', 'b'])
    y = 0
f()
g = object()
h = 0
'''


def calibrate():
    """Measure the tracer's own references on objects whose true refcount is known to be 1, and
    whether function frames' f_locals is a snapshot dict: returns (c_dict, snapshot)."""
    import ast
    fname = '<settrace_refcounts-calibration>'
    code = compile(_CALIBRATION_SRC, fname, 'exec', dont_inherit=True)
    facts = Facts(_CALIBRATION_SRC.count('\n') + 1, _names_by_line(ast.parse(_CALIBRATION_SRC)))
    ns = {'__name__': '__calibration__', '__builtins__': __builtins__}
    sys.settrace(make_tracer(fname, facts, 0, False))
    try:
        exec(code, ns)
    finally:
        sys.settrace(None)
    x2, x3, g = facts.slots.get((2, 'x')), facts.slots.get((3, 'x')), facts.slots.get((6, 'g'))
    if (x2 is None or x3 is None or g is None
            or x2[0] is not object or x3[0] is not str or g[0] is not object):
        raise RuntimeError('settrace_refcounts: calibration failed on this Python')
    # True ob_refcnt: x's objects 1 (the fast local), g's object 1 (the globals dict entry).
    c_fast, c_dict = x2[1] - 1, g[1] - 1
    if c_fast not in (c_dict, c_dict + 1) or x3[1] != x2[1]:
        raise RuntimeError('settrace_refcounts: unexpected calibration %r on this Python'
                           % ((c_fast, c_dict, x3[1]),))
    return c_dict, c_fast == c_dict + 1


def _immortal_threshold():
    if sys.version_info < (3, 12):
        return None
    # 64-bit: immortal iff the low 32 bits of ob_refcnt read as a negative int32 (>= 2**31);
    # 32-bit: ob_refcnt == UINT_MAX >> 2.
    return 2 ** 31 if sys.maxsize > 2 ** 32 else 2 ** 30 - 1


def facts_to_json(facts, program, seconds, calibration):
    import gc
    threshold = _immortal_threshold()
    refs_by_line = {}
    for (line, name), (typ, raw, size, c) in facts.slots.items():
        if typ is None:
            continue
        immortal = threshold is not None and raw >= threshold
        refs_by_line.setdefault(line, []).append({
            'name': name,
            'type': typ.__name__,
            'refcount': raw if immortal else raw - c,
            'immortal': immortal,
            'size': size,
        })
    lines = []
    for line, n in enumerate(facts.counts):
        if n:
            refs = sorted(refs_by_line.get(line, ()), key=lambda r: r['name'])
            lines.append({'line': line, 'executions': n, 'refs': refs})
    return {
        'tool': 'settrace_refcounts',
        'program': program,
        'python': sys.version.split()[0],
        'implementation': sys.implementation.name,
        'lines': lines,
        'stats': {
            'lineEvents': sum(facts.counts),
            'tracedCalls': facts.calls,
            'codeObjects': sum(1 for m in facts.code_maps.values() if m is not None),
            'seconds': round(seconds, 6),
            'gcCount': list(gc.get_count()),
            'gcCollections': [s.get('collections', 0) for s in gc.get_stats()],
            'tracerRefs': calibration[0],
            'fLocalsSnapshot': calibration[1],
        },
    }


def main():
    import os
    import ast
    import time
    import types
    import builtins

    program, out, rest = _parse_argv(sys.argv[1:])
    path = os.path.abspath(program)
    try:
        with open(path, 'rb') as fh:
            source = fh.read()
    except OSError as e:
        sys.stderr.write("%s: can't open file %r: [Errno %s] %s\n"
                         % (sys.executable, program, e.errno, e.strerror))
        sys.exit(2)

    try:
        code = compile(source, path, 'exec', dont_inherit=True)
        tree = ast.parse(source, path)
    except SyntaxError:
        import traceback
        traceback.print_exc(limit=0)
        sys.exit(1)

    calibration = calibrate()
    c_dict, snapshot = calibration
    nlines = source.count(b'\n') + 1
    facts = Facts(nlines, _names_by_line(tree))
    tracer = make_tracer(path, facts, c_dict, snapshot)

    # Set up __main__ the way `python3 PROGRAM ARGS` does.
    mod = types.ModuleType('__main__')
    mod.__file__ = path
    mod.__cached__ = None
    mod.__builtins__ = builtins
    old_main = sys.modules.get('__main__')
    sys.modules['__main__'] = mod
    sys.argv[:] = [program] + rest
    sys.path[0] = os.path.dirname(path)

    status = 0
    t0 = time.perf_counter()
    try:
        sys.settrace(tracer)
        try:
            exec(code, mod.__dict__)
        finally:
            sys.settrace(None)
    except SystemExit as e:
        status = e
    except BaseException:
        import traceback
        et, ev, tb = sys.exc_info()
        # Drop the tracer's own frame (main) from the traceback, like python3 PROGRAM shows it.
        traceback.print_exception(et, ev, tb.tb_next if tb is not None else tb)
        status = 1
    seconds = time.perf_counter() - t0

    try:
        sys.stdout.flush()
    except Exception:
        pass
    data = facts_to_json(facts, program, seconds, calibration)
    import json
    text = json.dumps(data, indent=None, separators=(',', ':'))
    with open(out if out else os.devnull, 'w') as fh:
        fh.write(text)
        fh.write('\n')
    del old_main
    if isinstance(status, SystemExit):
        raise status
    sys.exit(status)


if __name__ == '__main__':
    main()
