# Recursive algorithms: factorial, fibonacci with memo, permutations, tree depth.
import sys


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


def fib(n, memo={}):
    if n in memo:
        return memo[n]
    if n < 2:
        return n
    memo[n] = result = fib(n - 1) + fib(n - 2)
    return result


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x, *rest]


def depth(tree):
    if not isinstance(tree, (list, tuple)):
        return 0
    return 1 + max((depth(t) for t in tree), default=0)


def flatten(tree):
    for t in tree:
        if isinstance(t, list):
            yield from flatten(t)
        else:
            yield t


def hanoi(n, src='A', dst='C', tmp='B', moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, src, tmp, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, tmp, dst, src, moves)
    return moves


print(factorial(10), fib(30), len(list(permutations([1, 2, 3]))))
print(depth([1, [2, [3, [4]]]]), list(flatten([1, [2, [3]], 4])), len(hanoi(4)))
print(sys.getrecursionlimit() > 100)
