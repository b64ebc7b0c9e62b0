# A large dict's str keys found, replaced, deleted and re-added (short and long keys, int keys beside them): lookups through the key index stay exact.
import sys
d = {}
for i in range(3000):
    d[str(i)] = i
    d['k' * 40 + str(i)] = i
    d[i * 7] = str(i)
for i in range(0, 3000, 3):
    del d[str(i)]
    d.pop('k' * 40 + str(i))
for i in range(0, 3000, 2):
    d[str(i)] = -i
print(len(d), sum(1 for k in d if isinstance(k, str)), d.get('1001'), d.get('1002'), d.get('999'), sys.getsizeof(d))
e = dict(d)
for i in range(3000):
    e.pop(str(i), None)
print(len(e), len(d), '5' in e, '5' in d, sys.getrefcount(d), sys.getsizeof(e))
print(list(d)[:12], list(e)[-3:])
while d:
    d.popitem()
    if len(d) == 2000:
        print(d.get('2998'), d.get('k' * 40 + '2998'), sys.getsizeof(d))
s = {}
for j in range(50):
    for i in range(200):
        s['x' + str(i)] = i
    for i in range(200):
        del s['x' + str(i)]
print(len(s), sys.getsizeof(s), 'x5' in s)
m = {}
for i in range(300):
    m[i] = i
for i in range(300):
    m['s' + str(i)] = i
for i in range(0, 300, 2):
    del m['s' + str(i)]
    del m[i + 1]
print(len(m), m.get('s1'), m.get('s2'), m.get(4), m.get(5), 's299' in m, sys.getsizeof(m))
n = {str(i): i for i in range(100)}
for i in range(100):
    n['y' + str(i)] = i
    n[float(i) + 0.5] = i
print(len(n), n.get('50'), n.get('y99'), n.get(3.5), sys.getsizeof(n))
