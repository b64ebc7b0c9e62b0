// __class__ assignment and descriptor subclasses (oracle programs clsdesc_*): what HeapLens does
// not reproduce stops the run with a message naming it — __class__ assignment where a class
// derives from a builtin type other than object, instances of subclasses of property,
// classmethod and staticmethod (abc's deprecated abstractproperty, abstractclassmethod and
// abstractstaticmethod are such subclasses), and module objects the program makes.
import { describeStops } from './stops';

const STOPS: [string, RegExp][] = [
  ['class L(list):\n    pass\nclass M(list):\n    pass\nx = L()\nx.__class__ = M\n', /line 6: assigning __class__ of an instance of L .*is not simulated/],
  ['class A:\n    pass\nclass B(dict):\n    pass\nx = A()\nx.__class__ = B\n', /line 6: assigning __class__ to B .*is not simulated/],
  ['class P(property):\n    pass\nP(len)\n', /line 3: an instance of a subclass of property .*is not simulated/],
  ['class C(classmethod):\n    pass\nC(len)\n', /line 3: an instance of a subclass of classmethod .*is not simulated/],
  ['class S(staticmethod):\n    pass\nS(len)\n', /line 3: an instance of a subclass of staticmethod .*is not simulated/],
  ['import abc\nclass A(abc.ABC):\n    @abc.abstractclassmethod\n    def f(cls):\n        pass\n', /line 3: abc\.abstractclassmethod is not simulated: abc's deprecated abstract decorators are subclasses of property, classmethod and staticmethod/],
  ['import types\ntypes.ModuleType("m")\n', /line 2: creating a module object .*is not simulated/],
];

describeStops('__class__ assignment and descriptor subclasses: what stops', STOPS);
