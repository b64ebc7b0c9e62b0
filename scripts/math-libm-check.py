"""Helper of scripts/math-libm-check.mjs: apply one math function of the running CPython to the
arguments in a file of doubles and write what it gave.

  math-libm-check.py NAME ARITY ARGS OUT

ARGS holds ARITY doubles per call (native byte order). OUT gets, per call, the result as a double
followed, after all results, by one status byte per call: 0 a float result, 1 ValueError,
2 OverflowError, 3 any other exception (the result is then 0.0).
"""
import array
import math
import sys

name, arity, src, dst = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
f = getattr(math, name)
args = array.array('d')
with open(src, 'rb') as fh:
    args.frombytes(fh.read())
out = array.array('d')
status = bytearray()
n = len(args) // arity
for i in range(n):
    try:
        if arity == 1:
            r = f(args[i])
        else:
            r = f(args[2 * i], args[2 * i + 1])
        out.append(r)
        status.append(0)
    except ValueError:
        out.append(0.0)
        status.append(1)
    except OverflowError:
        out.append(0.0)
        status.append(2)
    except Exception:
        out.append(0.0)
        status.append(3)
with open(dst, 'wb') as fh:
    fh.write(out.tobytes())
    fh.write(bytes(status))
