# Method calls, chained attribute access and method chains.
import math


class Node:
    def __init__(self, value):
        self.value = value
        self.children = []
        self.parent = None

    def add(self, child):
        self.children.append(child)
        child.parent = self
        return self

    def depth(self):
        return 0 if self.parent is None else self.parent.depth() + 1

    def walk(self):
        yield self
        for c in self.children:
            yield from c.walk()


def chain(s):
    return s.strip().lower().replace('a', 'b').split(',')


def attrs(obj):
    return obj.a.b.c.d.e


def method_kw(d):
    d.update(a=1, b=2)
    return d.get('a', None)


def method_star(lst, more):
    lst.extend(*more)
    lst.append(*more[:1])
    return lst.count(1)


def method_dstar(d, kw):
    return d.update(**kw)


def module_function(x):
    return math.floor(x) + math.pow(x, 2)


def str_methods(name):
    return '{}-{}'.format(name, name).upper().center(20, '*')


root = Node(1).add(Node(2)).add(Node(3))
print(root.children[0].depth(), len(list(root.walk())))
