# Concatenation and slicing make new strings; a slice of a wide string can be narrower.
import sys
a = 'hello'
b = ' world'
c = a + b
print(c, len(c), sys.getsizeof(c))
d = c * 3
print(len(d), sys.getsizeof(d))
wide = 'caf\xe9 ok'
print(sys.getsizeof(wide), sys.getsizeof(wide[:3]), sys.getsizeof(wide[5:]))
euro = '\u20ac100'
print(sys.getsizeof(euro), sys.getsizeof(euro[1:]))
print(c[::-1], c[1:8:2], c[-5:], c[100:] == '')
s = ''
for part in ['ab', 'cd', 'ef']:
    s += part
print(s, sys.getsizeof(s))
print(sys.getsizeof('-'.join(['x'] * 10)))
