import os
import os.path
import os.path as osp, sys
import a.b.c as d
from os import path
from os import path as p, sep
from os.path import (join, exists as ex,)
from . import sibling
from .. import parent
from .mod import name
from ...pkg.mod import x
from .... import y
from ..... import z
from math import *
assert x
assert x, "message"
assert (x, y)
del a
del a, b
del (a, b), [c]
del a.b, a[0]
pass
global_var = 1
x = 1; y = 2; z = 3
x = 1;
raise
