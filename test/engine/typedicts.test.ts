// Builtin types' __dict__ (oracle dir_builtin_types): HeapLens's dicts of builtin types lack
// entries CPython's have (__doc__, __getattribute__, slot wrappers it dispatches without a
// descriptor), and its modules' dicts lack __doc__, __spec__ & co. dir() lists CPython's recorded names instead; listing, sizing or comparing the
// mappingproxy, or looking up one of the differing names, stops the run rather than answer wrong.
import { describeStops } from './stops';

const STOPS: [string, RegExp][] = [
  ['print(len(object.__dict__))\n', /line 1: len\(\) of object\.__dict__ is not simulated: HeapLens's object type lacks __doc__ in its __dict__/],
  ['print(sorted(int.__dict__))\n', /line 1: iterating over int\.__dict__ is not simulated: HeapLens's int type lacks __doc__/],
  ['print("__getattribute__" in list.__dict__)\n', /line 1: looking up '__getattribute__' in list\.__dict__ is not simulated/],
  ['print(list(vars(dict).keys()))\n', /line 1: \.keys\(\) of dict\.__dict__ is not simulated/],
  ['print(list.__doc__)\n', /line 1: the docstring of the builtin type 'list' is not simulated/],
  ['import collections\nprint(collections.Counter.__doc__)\n', /line 2: collections\.Counter\.__doc__ is not simulated: HeapLens does not have the text of CPython's docstring/],
  ['import gc\nprint(len(vars(gc)))\n', /line 2: gc\.__dict__ is not simulated: HeapLens's gc module lacks __doc__, __loader__, __package__, __spec__ of CPython's/],
];

describeStops("builtin types' __dict__: what stops", STOPS);
