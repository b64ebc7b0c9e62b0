# operator's functions are the abstract operations: the same results, objects and errors as the operators
import sys
import operator

print(operator.add(2, 3), operator.sub(2, 3), operator.mul([0], 3), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 100), operator.neg(4), operator.pos(-4), operator.abs(-3.5), operator.invert(5))
print(operator.lshift(1, 70), operator.rshift(-9, 1), operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq('a', 'a'), operator.ne(1, 1), operator.ge([1], [0]), operator.gt(0, 1))
print(operator.not_([]), operator.truth('x'), operator.is_(None, None), operator.is_not(1, None), operator.index(True))
s = 'x' * 20
t = operator.add(s, s)
print(len(t), sys.getrefcount(s), operator.add is operator.__add__, operator._abs is abs)
d = {'a': 1}
operator.setitem(d, 'b', [2])
print(operator.getitem(d, 'b'), operator.contains(d, 'a'), operator.contains([1, 2], 3))
operator.delitem(d, 'a')
print(d, sys.getsizeof(d))
acc = []
same = operator.iadd(acc, [1, 2])
print(same is acc, acc, sys.getrefcount(acc))
n = operator.iadd(5, 6)
print(n, operator.imul('ab', 2), operator.ipow(3, 3), operator.ior({1}, {2}), operator.isub(10, 4))
lst = [3, 1, 2]
print(sorted(lst, key=operator.neg), list(map(operator.mul, [1, 2, 3], [4, 5, 6])))


def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(operator.add, 1)
attempt(operator.add, 1, 'a')
attempt(operator.neg, 'a')
attempt(operator.neg, 1, 2)
attempt(operator.getitem, [1], 5)
attempt(operator.index, 1.5)
attempt(operator.itemgetter)
attempt(operator.itemgetter(0), [])
attempt(operator.attrgetter(), 1)
attempt(operator.attrgetter, 5)
attempt(operator.attrgetter('nope'), 5)
attempt(operator.itemgetter(1), [1], [2])
