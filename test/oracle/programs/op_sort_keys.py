# operator.itemgetter and attrgetter as sort keys: small GC-tracked objects holding their item or names
import sys
import gc
from operator import itemgetter, attrgetter

rows = [('carol', 35, 'NYC'), ('alice', 30, 'LA'), ('bob', 30, 'SF'), ('dave', 25, 'LA')]
by_age = itemgetter(1)
by_age_name = itemgetter(1, 0)
print([r[0] for r in sorted(rows, key=by_age)])
print([r[0] for r in sorted(rows, key=by_age_name)])
print(by_age, by_age_name, sys.getsizeof(by_age), sys.getsizeof(by_age_name))
print(gc.is_tracked(by_age), sys.getrefcount(by_age), sys.getrefcount(itemgetter))
print(by_age(rows[0]), by_age_name(rows[0]), sys.getrefcount(rows[0][1]))


class Emp:
    def __init__(self, name, dept, salary):
        self.name = name
        self.dept = dept
        self.salary = salary


staff = [Emp('ann', 'ops', 5000), Emp('ben', 'dev', 7000), Emp('cy', 'dev', 6000)]
key = attrgetter('dept', 'salary')
print([e.name for e in sorted(staff, key=key)], key(staff[0]))
upper = attrgetter('name.upper')
print(upper(staff[1])(), upper, attrgetter('salary'), sys.getsizeof(key))
print(max(staff, key=attrgetter('salary')).name, sys.getrefcount(attrgetter))
gc.collect()
keys = [itemgetter(i) for i in range(4)]
print(gc.get_count())
del keys
print(gc.get_count(), gc.collect())
