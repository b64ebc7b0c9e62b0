# match: the calls a mapping pattern makes: len(), then get(key, <sentinel>) per key (never __getitem__), and hashing the keys into a set to reject duplicates
log = []

class Recorder(dict):
    def __len__(self):
        log.append("len")
        return super().__len__()
    def get(self, key, default=None):
        log.append(f"get {key}")
        return super().get(key, default)
    def __getitem__(self, key):
        log.append(f"getitem {key}")
        return super().__getitem__(key)

def probe(m):
    log.clear()
    match m:
        case {"a": 1, "b": b}:
            result = ("ab", b)
        case {"a": a, **rest}:
            result = ("a+rest", a, rest)
        case {}:
            result = "any mapping"
    print(result, log)

probe(Recorder(a=1, b=2))
probe(Recorder(a=2, c=3))
probe(Recorder(z=0))

class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        log.append(f"hash {self.name}")
        return hash(self.name)
    def __eq__(self, other):
        log.append(f"eq {self.name}")
        return isinstance(other, Key) and other.name == self.name

class Keys:
    one = Key("one")
    same = Key("one")

log.clear()
match {Key("one"): 1, "x": 2}:
    case {Keys.one: v}:
        print("found", v, log)
log.clear()
try:
    match {Key("one"): 1, "x": 2}:
        case {Keys.one: v, Keys.same: w}:
            pass
except ValueError as e:
    print(type(e).__name__, str(e).split(" (")[0], log)
