# Iterating a WeakValueDictionary defers removals until the iteration ends (its _IterationGuard)
import sys, weakref

class Job:
    def __init__(self, name):
        self.name = name

jobs = {name: Job(name) for name in ("job-1", "job-2", "job-3")}
live = weakref.WeakValueDictionary(jobs)
key2 = "job-2"
print(len(live), weakref.getweakrefcount(live), sys.getrefcount(key2))
for key in live:
    print(key, sys.getrefcount(key), len(live._iterating))
    if key == "job-1":
        del jobs["job-2"]
        print("pending", live._pending_removals, len(live.data), sys.getrefcount(key2))
print("after loop", len(live), live._pending_removals, sorted(live), sys.getrefcount(key2))
for key, job in live.items():
    print(key, job.name, sys.getrefcount(job))
del job
print([job.name for job in live.values()])
it = iter(live)
print(next(it), len(live._iterating))
del jobs["job-3"]
print(live._pending_removals, len(live.data))
del it
print(live._pending_removals, len(live.data), sorted(live), weakref.getweakrefcount(live))
