# A small event-queue simulation with heapq, dataclass-like records and generators.
import heapq
import itertools


class Event:
    _ids = itertools.count()

    def __init__(self, time, kind, payload=None):
        self.time = time
        self.kind = kind
        self.payload = payload
        self.id = next(Event._ids)

    def __lt__(self, other):
        return (self.time, self.id) < (other.time, other.id)


def arrivals(n, gap):
    t = 0
    for i in range(n):
        t += gap(i)
        yield Event(t, 'arrive', i)


def simulate(events, service=3):
    queue = list(events)
    heapq.heapify(queue)
    busy_until, log = 0, []
    while queue:
        ev = heapq.heappop(queue)
        if ev.kind == 'arrive':
            start = max(ev.time, busy_until)
            busy_until = start + service
            heapq.heappush(queue, Event(busy_until, 'leave', ev.payload))
            log.append((ev.time, 'wait', start - ev.time))
        elif ev.kind == 'leave':
            log.append((ev.time, 'done', ev.payload))
        else:
            raise ValueError(ev.kind)
    return log


log = simulate(arrivals(4, lambda i: 2 if i % 2 else 1))
waits = [x for _, kind, x in log if kind == 'wait']
print(len(log), sum(waits), max(waits, default=0))
