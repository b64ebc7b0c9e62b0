# bytes.split/rsplit/splitlines: maxsplit, the preallocated result list's size, the string itself kept whole
import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
line = b"  alpha beta\tgamma  delta  "
t(lambda: line.split())
t(lambda: line.split(None, 1))
t(lambda: line.rsplit(None, 1))
t(lambda: line.rsplit(maxsplit=2))
t(lambda: b"a,b,,c,".split(b","))
t(lambda: b"a,b,,c,".split(b",", 2))
t(lambda: b"a,b,,c,".rsplit(b",", 2))
t(lambda: b"a::b::c".rsplit(b"::", 1))
t(lambda: b"abc".split(b""))
t(lambda: b"abc".split("b"))
t(lambda: b"one\ntwo\r\nthree\rfour".splitlines())
t(lambda: b"one\ntwo\r\n".splitlines(keepends=True))
for parts in (line.split(), line.split(None, 1), b"abc".split(b","), b"a\nb\nc\nd\ne".splitlines(),
              b",".join([b"x"] * 14).split(b",")):
    print(len(parts), sys.getsizeof(parts))
word = b"unsplittable"
before = sys.getrefcount(word)
kept = [word.split(), word.rsplit(b","), word.splitlines()]
print([p[0] is word for p in kept], sys.getrefcount(word) - before)
print(word.split(None, 0)[0] is word, word.split(b",", 0)[0] is word)
