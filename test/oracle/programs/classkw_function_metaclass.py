# A plain function as metaclass= gets (name, bases, namespace, **keywords) and its result is bound to the name
import sys
marker = ['m']
def make_record(name, bases, ns, **kw):
    print('called for', name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), sorted(kw))
    print('marker refs inside', sys.getrefcount(marker))
    fields = [k for k in ns if not k.startswith('__')]
    return (name, tuple(fields), kw.get('version'))
class Point(metaclass=make_record, version=marker):
    x = 0
    y = 0
print(Point, sys.getrefcount(marker))
class Base:
    pass
class Node(Base, metaclass=make_record):
    left = None
print(Node)
def counting(name, bases, ns):
    ns['made_by'] = 'counting'
    return type(name, bases, ns)
class Counted(metaclass=counting):
    pass
print(type(Counted).__name__, Counted.made_by, sys.getrefcount(Counted))
