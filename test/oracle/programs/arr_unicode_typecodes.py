# The unicode array: 'u' (wchar_t), and 3.13's 'w' (Py_UCS4), with fromunicode/tounicode.
import sys
from array import array, typecodes

print(typecodes)
code = 'w' if sys.version_info >= (3, 13) else 'u'
a = array(code, 'hello')
print(a, a.tounicode(), sys.getsizeof(a), a.itemsize, a[1], a[1:3])
a.fromunicode(' w\u00f6rld \U0001d11e')
print(a, len(a), sys.getsizeof(a))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
attempt('fromunicode int', lambda: a.fromunicode(5))
attempt('fromunicode on i', lambda: array('i').fromunicode('x'))
attempt('tounicode on i', lambda: array('i').tounicode())
attempt('two chars', lambda: a.append('ab'))
attempt('int item', lambda: a.append(1))
attempt('from unicode array', lambda: array('i', array(code, 'a')))
a.fromunicode('')
a.append('!')
a[0] = 'H'
print(a.tounicode(), a.count('l'), a.index('o'))
print(array(code, ['x', 'y']), array(code) == array(code, ''), array(code, 'ab') < array(code, 'b'))
b = array(code, 'abc')
b.reverse()
print(b, b.tolist(), len(b.tobytes()))
