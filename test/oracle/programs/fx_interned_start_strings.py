# Interned string constants: a new identifier-like literal is the program's own object; 'python' is 3.13's start-up string (immortal) and 3.12 makes all interned strings immortal.
import sys

greeting = 'hello_world'
again = 'hello_world'
built = ''.join(['hello', '_world'])
print(greeting is again, greeting is built, sys.intern(built) is greeting)
print(sys.getrefcount(greeting))
names = [greeting] * 3
print(sys.getrefcount(greeting))
del names
word = 'python'
print(sys.getrefcount(word), sys.getrefcount('python') == sys.getrefcount(word))
spaced = 'not an identifier'
folded = 'not an ' + 'identifier'
print(sys.getrefcount(spaced), spaced is folded)
