# 3.12+: a loop collecting int() ValueErrors: the collections parse() schedules wait for the caller's next check (a Python function returns without the eval-breaker check), which shows in gc.get_count() around the first automatic collection
import gc
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        return e
errors = []
out = []
gc.collect()
for i in range(870):
    r = parse('x' + str(i % 7))
    if isinstance(r, Exception) and i % 5 == 0:
        errors.append(r)
    if i >= 840:
        out.append(gc.get_count())
print(len(errors), out)
