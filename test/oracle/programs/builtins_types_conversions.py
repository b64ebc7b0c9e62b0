# type(), isinstance(), conversions between builtin types, iter/next and attribute builtins.
print(type(1).__name__, type('s').__name__, type([]).__name__, type(None).__name__, type(type).__name__)
print(isinstance(1, (str, int)), isinstance(True, int), isinstance([], list), isinstance(1.0, int))
print(int('42'), int(3.9), int(True), float('2.5'), float(3), str(12), str(1.5), str([1, 'a']))
print(list('abc'), list((1, 2)), tuple([1, 2]), dict([('a', 1)]), set([3, 1, 3]), list({'k': 1}))
print(repr('x'), repr([1, 'x']), repr(2.0), str('x'), repr(None), repr((1,)))
it = iter([10, 20])
print(next(it), next(it), next(it, 'end'))
class Plain:
    color = 'red'
p = Plain()
setattr(p, 'size', 3)
print(getattr(p, 'size'), getattr(p, 'color'), getattr(p, 'missing', 'default'))
print(hasattr(p, 'size'), hasattr(p, 'nope'), hasattr(Plain, 'color'))
o = object()
print(type(o).__name__, o == o, o is not object(), isinstance(p, object))
print(len('héllo'), len([1, 2]), len({}), len(range(3, 10)), len({1: 2, 3: 4}))
print(bool(''), int('-0'), float('-0'), list(range(0)), tuple(), dict(), set())
