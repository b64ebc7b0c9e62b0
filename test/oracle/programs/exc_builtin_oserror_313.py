# Builtin exceptions only some versions have (EncodingWarning 3.10+, PythonFinalizationError 3.13+).
import sys
try:
    c = EncodingWarning
    print(c.__mro__, sys.getsizeof(c('x')))
except NameError as e:
    print('no', e)
try:
    c = PythonFinalizationError
    print(c.__mro__, sys.getsizeof(c('x')), repr(c('a', 1)))
except NameError as e:
    print('no', e)
