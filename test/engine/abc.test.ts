// abc is simulated (oracle programs abc_*); what HeapLens does not reproduce stops the run with a
// message naming it: the interpreter's references to the module and its classes, the deprecated
// decorators, the cache token and introspection helpers, ABC's start-up subclasses, raising an
// exception whose class is an ABC (CPython's normalisation runs ABCMeta.__subclasscheck__), and the
// weak references to classes start-up made.
import { describeStops } from './stops';

const STOPS: [string, RegExp][] = [
  ['import abc\nimport sys\nprint(sys.getrefcount(abc))\n', /line 3: the reference count of the abc module is not simulated/],
  ['import abc\nimport sys\nprint(sys.getrefcount(abc.ABC))\n', /line 3: .*is not simulated/],
  ['from abc import abstractproperty\n', /line 1: abc\.abstractproperty is not simulated/],
  ['import abc\nabc.get_cache_token()\n', /line 2: abc\.get_cache_token is not simulated/],
  ['import abc\nabc.ABC.__subclasses__()\n', /line 2: ABC\.__subclasses__\(\) is not simulated/],
  ['import abc\nclass E(Exception, abc.ABC):\n    pass\nraise E()\n', /line 4: raising an instance of E, whose metaclass defines __subclasscheck__ is not simulated/],
  ['import weakref\nweakref.getweakrefcount(int)\n', /line 2: weakref\.getweakrefcount\(\) of the class 'int' is not simulated/],
  ['import abc\nclass A(abc.ABC):\n    __abc_tpflags__ = 1 << 5\n', /line 2: __abc_tpflags__ in an ABC class body is not simulated/],
];

describeStops('abc: what stops', STOPS, (src, v) => src.includes('__abc_tpflags__') && v === '3.8');
