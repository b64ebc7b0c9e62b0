#!/usr/bin/env python3
"""Measures, for the running interpreter, the tp_subclasses dicts of builtin types as a program
finds them after `import tracemalloc, gc` (what the tracemalloc model assumes): for each builtin
type with live subclasses, how many (`used`) and how many more insertions the table takes before
it resizes (`usable`: the insertion after that many resizes it), and on 3.8/3.10 the table's
log2 size. Prints JSON {name: [usable, used(, log2)]}.

usage: python3.X scripts/dev/measure-subclass-registries.py   (node scripts/dev/gen-subclass-registries.mjs runs it for every version)
"""
import tracemalloc, gc, builtins, sys
gc.collect()
gc.disable()

def candidates():
    seen = []
    for v in vars(builtins).values():
        if isinstance(v, type) and v not in seen:
            seen.append(v)
    for t in (type(lambda: 0), type(len), type(sys), type(iter(())), type(x for x in ())):
        if t not in seen:
            seen.append(t)
    return sorted(seen, key=lambda t: t.__name__)


def keys_sizes():
    """The request sizes of a general (non-str) dict keys table of 16 to 2**17 slots."""
    out = set()
    for log2 in range(4, 18):
        size = 1 << log2
        usable = (size << 1) // 3
        if sys.version_info < (3, 11):
            ix = 1 if size <= 0xff else 2 if size <= 0xffff else 4
            out.add(40 + ix * size + 24 * usable)
        else:
            shift = 0 if log2 < 8 else 1 if log2 < 16 else 2
            out.add(32 + (1 << (log2 + shift)) + 24 * usable)
    return out

KEYS = keys_sizes()

def sizes(line):
    """How many traced blocks of each keys-table size the line `line` of this file allocated."""
    counts = dict.fromkeys(KEYS, 0)
    for t in tracemalloc._get_traces():
        if t[1] in counts and t[2] and t[2][0][1] == line and t[2][0][0] == __file__:
            counts[t[1]] += 1
    return counts

def make(b):
    return type('C', (b,), {})

def probe(b, limit):
    """The 1-based index of the first subclass creation that resizes b's table: the one after
    which a new block of a keys table's size is traced."""
    keep = [None] * limit
    line = make.__code__.co_firstlineno + 1
    tracemalloc.start()
    try:
        before = sizes(line)
        for i in range(limit):
            keep[i] = make(b)
            after = sizes(line)
            if any(after[k] > before[k] for k in KEYS):
                return i + 1
            before = after
    finally:
        tracemalloc.stop()
    return None

def table_log2(b):
    """3.8/3.10: the size of b's tp_subclasses keys table, read from /proc/self/mem (importing
    ctypes would make classes: tp_subclasses is the 46th pointer-sized field of PyTypeObject,
    ma_keys the 5th of PyDictObject, dk_size the 2nd of PyDictKeysObject). None from 3.11 (static
    types keep the table elsewhere)."""
    if sys.version_info >= (3, 11):
        return None
    def word(addr):
        with open('/proc/self/mem', 'rb', buffering=0) as f:
            f.seek(addr)
            return int.from_bytes(f.read(8), sys.byteorder)
    d = word(id(b) + 8 * 45)
    keys = word(d + 8 * 4)
    size = word(keys + 8 * 1)
    return size.bit_length() - 1

out = {}
for b in candidates():
    live = len(type.__subclasses__(b))
    if live == 0:
        continue
    log2 = table_log2(b)
    try:
        r = probe(b, 1200 if b is object else 300)
    except TypeError:
        continue
    gc.collect()
    if r is None:
        continue
    out[b.__name__] = [r - 1, live] + ([log2] if log2 is not None else [])
import json  # (after the measurement: importing it makes classes)
print(json.dumps(out, sort_keys=True))
