# bisect.insort keeps a list sorted; each insert grows the list as list.insert does
import sys
import bisect

scores = []
for s in [70, 20, 90, 50, 50, 10, 80, 60, 30, 40, 100]:
    bisect.insort(scores, s * 1000)
    print(len(scores), sys.getsizeof(scores), bisect.bisect_left(scores, s * 1000))
print([s // 1000 for s in scores])
x = 55000
print(bisect.bisect_left(scores, x), bisect.bisect_right(scores, 50000), bisect.bisect(scores, 50000))
print(bisect.bisect_left(scores, 50000), bisect.bisect_right(scores, 50000, 0, 3), bisect.bisect_left(scores, 50000, lo=6))
bisect.insort_left(scores, x)
print(sys.getrefcount(x), scores.index(x))
bisect.insort_right(scores, x, 0, len(scores))
print(sys.getrefcount(x), scores.count(x))
grades = 'FDCBA'
for score in (33, 99, 77, 70, 89, 90, 100):
    print(score, grades[bisect.bisect([60, 70, 80, 90], score)])
print(bisect.bisect((1, 3, 5), 4), bisect.bisect_left(('a', 'c', 'e'), 'd'))
print(sys.getrefcount(bisect.bisect) - sys.getrefcount(bisect.bisect_left))
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
