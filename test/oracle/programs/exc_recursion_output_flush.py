# Printing near the recursion limit: when stdout's 8 KiB buffer fills, the flush (buffer.write, raw.write) needs levels too, and the text of a failed flush is lost; stderr's line flushes from 3.9.
import sys
sys.setrecursionlimit(120)
def noisy(n):
    print("row %03d" % n, "=" * 60)
    noisy(n + 1)
for attempt in range(4):
    try:
        noisy(0)
    except RecursionError as e:
        print("attempt", attempt, "stopped:", e)
def flusher(n):
    sys.stdout.write("." * 50)
    if n % 5 == 0:
        sys.stdout.flush()
    flusher(n + 1)
try:
    flusher(0)
except RecursionError as e:
    print("\nflusher:", e)
def to_stderr(n):
    print(n, end=" ", file=sys.stderr)
    if n % 10 == 9:
        print(file=sys.stderr)
    to_stderr(n + 1)
try:
    to_stderr(0)
except RecursionError as e:
    print("stderr:", e)
