# heapq compares with __lt__ only, holding both operands for the call; heapify sifts bottom-up
import sys
import heapq


class Job:
    def __init__(self, prio):
        self.prio = prio

    def __lt__(self, other):
        print('  lt', self.prio, other.prio, sys.getrefcount(self), sys.getrefcount(other))
        return self.prio < other.prio

    def __repr__(self):
        return 'Job(%d)' % self.prio


jobs = [Job(p) for p in (5, 2, 8, 1, 9, 3)]
print('heapify')
heapq.heapify(jobs)
print(jobs)
print('push')
heapq.heappush(jobs, Job(0))
print('pop')
j = heapq.heappop(jobs)
print(j, sys.getrefcount(j), jobs)
print('max helpers')
m = [Job(1), Job(7), Job(4)]
heapq._heapify_max(m)
print(m, heapq._heappop_max(m), m)
print(heapq._heapreplace_max(m, Job(6)), m)
