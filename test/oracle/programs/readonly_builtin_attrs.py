# Read-only attributes of builtin objects: member vs getset descriptors and their error messages
try:
    [].__len__ = 5
except AttributeError as e:
    print(e)
try:
    (1+2j).real = 5
except AttributeError as e:
    print(e)
print(type(complex.real).__name__, type(int.real).__name__, type(float.real).__name__)
try:
    (5).real = 3
except AttributeError as e:
    print(e)
try:
    x = 1.5
    x.foo = 3
except AttributeError as e:
    print(e)
try:
    del (1+2j).imag
except AttributeError as e:
    print(e)
class H:
    n = 0
    def __hash__(self):
        H.n += 1
        return 1
    def __eq__(self, o):
        return self is o
h = H()
d = {h: 1}
print(H.n)
r = d.keys() & {h}
print(H.n, len(r))
r = d.keys() | {h}
print(H.n, len(r))
r = d.keys() - {h}
print(H.n, len(r))
r = d.items() & {(h, 1)}
print(H.n, len(r))
print(d.keys() == {h}, H.n)
