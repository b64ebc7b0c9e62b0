# match: which protocol calls each sequence pattern makes: len() for the length check, indexing for [x, *_, y], iteration to unpack
log = []

class Seq(list):
    def __len__(self):
        log.append("len")
        return super().__len__()
    def __getitem__(self, i):
        log.append(f"getitem {i}")
        return super().__getitem__(i)
    def __iter__(self):
        log.append("iter")
        return super().__iter__()

def run(label, subject, f):
    log.clear()
    print(label, f(subject), log)

def exact(s):
    match s:
        case [a, b, c]:
            return (a, b, c)

def ends(s):
    match s:
        case [a, *_, b, c]:
            return (a, b, c)

def star(s):
    match s:
        case [a, *rest]:
            return (a, rest)

def wildcards(s):
    match s:
        case [_, _, *_]:
            return "at least two"

for f in (exact, ends, star, wildcards):
    run(f.__name__, Seq([1, 2, 3]), f)
    run(f.__name__, Seq([7]), f)
