# int.from_bytes takes bytes or any iterable of ints (a list used to crash the simulator) but refuses str
# and plain numbers; both methods check byteorder, and to_bytes refuses a negative length and checks the
# signed range (-129 and 128 do not fit one signed byte; zero bytes hold only 0 and -1)
def attempt(f):
    try:
        print(repr(f()))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

attempt(lambda: int.from_bytes([1, 2], 'big'))
attempt(lambda: int.from_bytes((255, 0), 'little', signed=True))
attempt(lambda: int.from_bytes(iter([0, 1]), 'big'))
attempt(lambda: int.from_bytes([256], 'big'))
attempt(lambda: int.from_bytes('ab', 'big'))
attempt(lambda: int.from_bytes(5, 'big'))
attempt(lambda: int.from_bytes(b'\x01', 'middle'))
attempt(lambda: (1).to_bytes(1, 'middle'))
attempt(lambda: (1).to_bytes(1, 5))
attempt(lambda: (1).to_bytes(-1, 'big'))
attempt(lambda: (256).to_bytes(1, 'big'))
attempt(lambda: (-129).to_bytes(1, 'big', signed=True))
attempt(lambda: (1024).to_bytes(4, 'little'))
for v, n in [(127, 1), (128, 1), (-128, 1), (0, 0), (-1, 0), (1, 0), (-32768, 2), (2**63, 8)]:
    attempt(lambda: v.to_bytes(n, 'big', signed=True))
