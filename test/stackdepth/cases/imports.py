# import and from-import statements.
import os
import sys, math
import os.path
import os.path as osp
import collections.abc as cabc
import xml.etree.ElementTree as ET
from math import sqrt, pi
from math import floor as fl, ceil as cl
from collections import (
    OrderedDict,
    defaultdict,
)


def local_import():
    import json
    from functools import reduce
    return json.dumps(reduce(lambda a, b: a + b, [1, 2]))


def dotted_as():
    import os.path as p
    import email.mime.text as emt
    return p, emt


def uses_module():
    return math.sqrt(2) + os.getcwd().count('/') + sqrt(pi)


def uses_module_kw():
    return math.isclose(1.0, 1.0, rel_tol=0.1)
