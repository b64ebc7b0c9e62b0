# ABCMeta subclasses as metaclasses, ABC classes and instances in reference cycles
import abc as a
import gc, sys

class Meta(a.ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        ns['tag'] = name.lower()
        return super().__new__(mcls, name, bases, ns, **kw)

class Node(metaclass=Meta):
    @a.abstractmethod
    def visit(self): ...

class Leaf(Node):
    def __init__(self):
        self.parent = None
    def visit(self):
        return self.tag

class Tree(Node):
    def __init__(self):
        self.kids = []
    def add(self, k):
        self.kids.append(k)
        k.parent = self
    def visit(self):
        return [k.visit() for k in self.kids]

t = Tree()
for _ in range(3):
    t.add(Leaf())
print(t.visit(), type(Node).__name__, Node.tag, sorted(Node.__abstractmethods__))
print(isinstance(t, Node), isinstance(t.kids[0], Node), issubclass(Leaf, Tree))
print(a.ABC.__abstractmethods__, a.ABC.__slots__, type(a.ABC).__name__)
print(sys.getsizeof(Node._abc_impl), type(Node._abc_impl).__name__)
print(sys.getrefcount(Node), sys.getrefcount(Leaf), sys.getrefcount(t))
gc.collect()
del t
print(gc.collect())
del Leaf
print(gc.collect())
del Tree
print(gc.collect())
del Node
print(gc.collect())
del Meta
print(gc.collect())
