// Module attributes (oracle xd_module_class): what the module type defines itself and HeapLens's
// module type lacks stops rather than answer with object's; on 3.11 the objects start-up leaves
// (listed by gc.get_objects(), which HeapLens does not have) make the collector's counts unknown.
import { describeStops } from './stops';

const STOPS: [string, RegExp][] = [
  ['import sys\nsys.__dir__()\n', /line 2: module\.__dir__ is not simulated/],
  ['import math\nmath.__init__("m")\n', /line 2: module\.__init__ is not simulated/],
  ['import gc\ngc.collect()\nn = sum(1 for o in gc.get_objects() if isinstance(o, int))\nprint(gc.get_count())\n', /line 4: gc\.get_count\(\) after iterating gc\.get_objects\(\) .*is not simulated: on 3\.11 /],
];

describeStops('module attributes and gc.get_objects(): what stops', STOPS, (src, v) => src.includes('get_objects') && v !== '3.11');
