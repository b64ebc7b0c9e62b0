# A comprehension in a class body does not see class attributes (except its first iterable), inlined (3.12+) or not; names of an enclosing function it does see.
limit = 100
class Config:
    limit = 5
    names = ['ab', 'cde', 'f']
    upper = [n.upper() for n in names]
    pairs = [(n, limit) for n in names]
    try:
        grid = [(n, m) for n in names for m in names]
    except NameError as e:
        print('NameError:', e)
    short = {n: len(n) for n in names if len(n) < limit}
print(Config.upper, Config.pairs, Config.short)
def make(prefix):
    class Tagger:
        prefix = 'class-level'
        tags = [prefix + t for t in 'ab']
        more = list(prefix + t for t in 'cd')
        def tag(self, s):
            return prefix + s
    return Tagger
T = make('fn:')
print(T.prefix, T.tags, T.more, T().tag('x'))
