# What `python FILE` puts in __main__'s globals: __builtins__ is the builtins module (not its dict), __loader__ a loader, __spec__ None.
import sys

print(__builtins__)
print(type(__builtins__).__name__, __builtins__.len is len, __builtins__.__name__)
print(__loader__ is None, type(__loader__).__name__, __spec__, __package__, __cached__)
print(sorted(k for k in globals() if k.startswith('__')))
print(__name__, type(__annotations__), __doc__)
