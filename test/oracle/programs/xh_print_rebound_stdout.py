# print follows sys.stdout when a program rebinds it: a Python writer, None, the other stream, a deleted one
import sys, io
class Tee:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
t = Tee()
real = sys.stdout
sys.stdout = t
print("a", 1, sep="-")
print("b", end="", flush=True)
print(sys.getrefcount(t))
sys.stdout = real
print(t.parts)
sys.stdout = None
print("lost to None")
sys.stdout = sys.stderr
print("to stderr")
del sys.stdout
try:
    print("nowhere")
except RuntimeError as e:
    sys.stdout = real
    print(type(e).__name__, e)
buf = io.StringIO()
sys.stdout = buf
print(*range(3))
print({"k": [1.5]})
sys.stdout = sys.__stdout__
print(repr(buf.getvalue()), sys.getrefcount(buf))
