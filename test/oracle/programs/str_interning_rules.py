# Which equal strings are the same object: interned identifiers, single characters and sys.intern.
import sys
a = 'name_like'
b = 'name' + '_like'
print(a is b)
c = ''.join(['name', '_like'])
print(a == c, a is c)
print(sys.intern(c) is a)
x = 'has space'
y = ' '.join(['has', 'space'])
print(x == y, x is y, sys.intern(y) is sys.intern(x))
ch1 = 'abc'[1]
ch2 = 'xbz'[1]
print(ch1 is ch2)
empty1 = 'abc'[3:]
empty2 = str()
print(empty1 is empty2, empty1 == '')
first = 'ABC'[0]
single = ''.join(['A'])
print(single is first, single == first)
