# match: mapping patterns look keys up with get(); **rest is a new dict (3.10 copies the subject's table with PyDict_Update, 3.11+ merge it into {}) minus the matched keys
import sys, gc

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest} if rest:
            return f"key {k} with {rest}"
        case {"type": "key"}:
            return "bare key"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"

for e in [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "q", "mods": 2},
          {"type": "key", "key": "q"}, {"x": 1}, {}, [("type", "click")], "type"]:
    print(handle(e))

for n in [0, 1, 4, 5, 10, 11, 21, 22, 42]:
    d = {"id": 0}
    d.update((i, i) for i in range(n))
    match d:
        case {"id": 0, **rest}:
            print(n, len(rest), sys.getsizeof(d), sys.getsizeof(rest))

gc.collect()
before = gc.get_count()[0]
config = {"host": "h", "port": 80, "debug": True}
match config:
    case {"host": h, "port": p}:
        print("values", h, p, gc.get_count()[0] - before)
match config:
    case {"host": h, **others}:
        print("rest", others, gc.get_count()[0] - before)
match config:
    case {"missing": _}:
        pass
    case {**everything}:
        print("all", everything == config, everything is config, gc.get_count()[0] - before)
