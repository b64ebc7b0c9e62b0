# Enum lookups that fail: bad value, bad name, attribute, reassigning and deleting members
import sys, gc
from enum import Enum
gc.collect()
class Color(Enum):
    RED = 1
    GREEN = 2
for bad in (3, 'RED', None):
    try:
        Color(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError', e)
try:
    Color.PURPLE
except AttributeError as e:
    print('AttributeError', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del Color.RED
except AttributeError as e:
    print('AttributeError', e)
print(sys.getrefcount(Color.RED), sys.getrefcount(Color), gc.collect())
