# tracemalloc: a str's block grows with its kind (ASCII, Latin-1, UCS-2, UCS-4); joined pieces cost only the result
import tracemalloc, gc
parts = {
    'ascii': ['ab', 'cd', 'ef'],
    'latin1': ['\xe9a', 'bc', 'de'],
    'ucs2': ['\u20ac', 'xy', 'zz'],
    'ucs4': ['\U0001f600', 'q', 'r'],
}
for kind, pieces in parts.items():
    gc.collect()
    tracemalloc.start()
    s = ''.join(pieces * 10)
    cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(kind, len(s), cur, peak)
    t = None
    gc.collect()
    tracemalloc.start()
    t = pieces[0] + pieces[1]
    print(kind, 'concat', tracemalloc.get_traced_memory())
    tracemalloc.stop()
