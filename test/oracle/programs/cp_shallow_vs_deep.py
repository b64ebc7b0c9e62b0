# copy.copy shares the inner lists and dicts; copy.deepcopy copies them (sizes, refcounts, identity)
import copy
import sys

inner = [1, 2]
cfg = {'opts': inner, 'name': 'job'}
data = [inner, cfg, (inner,), 'text', 42]
shallow = copy.copy(data)
deep = copy.deepcopy(data)
print(shallow == data, shallow is data, deep == data)
print(shallow[0] is inner, shallow[1] is cfg, shallow[2] is data[2])
print(deep[0] is inner, deep[1] is cfg, deep[2] is data[2], deep[3] is data[3], deep[4] is data[4])
# the memo copies `inner` once: every place that shared it shares the copy
print(deep[1]['opts'] is deep[0], deep[2][0] is deep[0])
print(sys.getrefcount(inner), sys.getrefcount(deep[0]), sys.getrefcount(cfg), sys.getrefcount(deep[1]))
# a deep-copied list is built by append, so its size is not the literal's
print(sys.getsizeof(data), sys.getsizeof(shallow), sys.getsizeof(deep))
big = list(range(10))
print(sys.getsizeof(big), sys.getsizeof(copy.copy(big)), sys.getsizeof(copy.deepcopy(big)))
d = {'k%d' % i: i for i in range(6)}
print(sys.getsizeof(d), sys.getsizeof(copy.copy(d)), sys.getsizeof(copy.deepcopy(d)))
inner.append(3)
print(shallow[0], deep[0], shallow[1]['opts'], deep[1]['opts'])
del shallow
print(sys.getrefcount(inner))
