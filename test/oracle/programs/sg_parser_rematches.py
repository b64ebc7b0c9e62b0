# 3.10 and 3.11's PEG parser makes a new number or identifier object each time it re-reads a token while backtracking: the arena keeps them all
import sys
9
zq_a = 9
zq_b = zq_a
print(sys.getrefcount(9), sys.getrefcount(sys.intern('zq' + '_a')), sys.getrefcount(sys.intern('zq' + '_b')))
def zq_f(zq_p, zq_q=8):
    return zq_p + zq_q
print(sys.getrefcount(9), sys.getrefcount(sys.intern('zq' + '_p')), sys.getrefcount(sys.intern('zq' + '_f')))
print([zq_i * 9 for zq_i in range(2)], sys.getrefcount(sys.intern('zq' + '_i')))
print(f'{zq_a + 9}', sys.getrefcount(9))
