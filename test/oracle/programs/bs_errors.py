# bisect's argument errors: lo must be non-negative, hi=None (3.10+), sequences only
import bisect


def attempt(f, *args, **kwargs):
    try:
        print(f(*args, **kwargs))
    except Exception as e:
        print(type(e).__name__ + ':', e)


a = [1, 2, 3, 4]
attempt(bisect.bisect, a, 2, -1)
attempt(bisect.bisect_left, a, 2, 1.0)
attempt(bisect.bisect_right, a, 2, 0, 2.5)
attempt(bisect.bisect_right, a, 2, 0, None)
attempt(bisect.bisect_right, a, 2, 0, -1)
attempt(bisect.bisect_right, a, 2, 3, 1)
attempt(bisect.bisect, a)
attempt(bisect.bisect, a, 1, 0, 2, 5)
attempt(bisect.bisect, a, 1, low=0)
attempt(bisect.bisect, a, 1, a=a)
attempt(bisect.bisect, None, 1)
attempt(bisect.bisect, 7, 1, 0, 2)
attempt(bisect.bisect, {1: 2}, 1)
attempt(bisect.bisect_left, a, 'x')
attempt(bisect.insort, a, None)
attempt(bisect.bisect, a, 2, 10 ** 30)
attempt(bisect.bisect, [], 1, 5, 9)
print(a)
bisect.insort(a, 2.5, -3)
