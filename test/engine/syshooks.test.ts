// What the program sets in sys that CPython consults when it reports an exception: a replaced
// sys.stderr (the report goes through its write method), sys.excepthook, sys.unraisablehook and
// sys.tracebacklimit. HeapLens does not write these reports as CPython would there: the run stops
// with a message naming the report and the setting. So does a program that ends with sys.stdout
// or sys.stderr bound to an object of its own, which CPython's shutdown flushes through its flush
// method. (A rebound sys.stdout is simulated while the program runs: print follows it, oracle
// xh_print_rebound_stdout.)
import { describeStops } from './stops';

const DEL = 'class D:\n    def __del__(self):\n        raise ValueError("in del")\n';
const STOPS: [string, RegExp][] = [
  ['import sys\ndef hook(t, v, tb):\n    print("hook", v)\nsys.excepthook = hook\nraise KeyError(1)\n', /line 5: the report of an uncaught KeyError with sys\.excepthook set by the program is not simulated/],
  ['import sys\nsys.tracebacklimit = 0\ndef f():\n    raise KeyError(1)\nf()\n', /line 4: the report of an uncaught KeyError with sys\.tracebacklimit set by the program is not simulated/],
  ['import sys, io\nsys.stderr = io.StringIO()\nraise KeyError(1)\n', /line 3: the report of an uncaught KeyError written to a replaced sys\.stderr is not simulated/],
  ['import sys\nsys.stderr = None\nraise KeyError(1)\n', /line 3: the report of an uncaught KeyError written to a replaced sys\.stderr is not simulated/],
  [`import sys, io\n${DEL}sys.stderr = io.StringIO()\nd = D()\ndel d\n`, /line 7: the report of an exception ignored \(ValueError\) written to a replaced sys\.stderr is not simulated/],
  [`import sys\n${DEL}sys.unraisablehook = print\nd = D()\ndel d\n`, /line 7: the report of an exception ignored \(ValueError\) with sys\.unraisablehook set by the program is not simulated/],
  [`import sys\n${DEL}sys.tracebacklimit = 1\nd = D()\ndel d\n`, /line 7: the report of an exception ignored \(ValueError\) with sys\.tracebacklimit set by the program is not simulated/],
  ['import sys, io\nsys.stderr = io.StringIO()\nsys.exit("bye")\n', /a SystemExit's message written to a replaced sys\.stderr is not simulated/],
  ['import sys, io\nsys.stdout = io.StringIO()\nprint("kept")\n', /line 3: the exit of a program that left sys\.stdout bound to its own object is not simulated/],
  ['import sys\nclass W:\n    def write(self, s):\n        return len(s)\nsys.stderr = W()\n', /the exit of a program that left sys\.stderr bound to its own object is not simulated/],
  ['import sys, gc\nprint(gc.get_referents(sys.stdout))\n', /line 2: gc\.get_referents\(\) of a (_io\.)?TextIOWrapper object is not simulated/],
  ['import sys\nsys.stdout.writelines(["a"])\n', /line 2: _io\._IOBase\.writelines is not simulated/],
  ['import sys\nprint(sys.stdout)\n', /line 2: repr\(\) of sys\.stdout\/sys\.stderr is not simulated/],
  ['import sys\nprint(sys.stderr.mode)\n', /line 2: sys\.stdout\.mode\/sys\.stderr\.mode is not simulated/],
  ['import sys\nwith sys.stdout:\n    pass\n', /line 2: __enter__ of sys\.stdout\/sys\.stderr is not simulated/],
  ['import sys\nfor line in sys.stdout:\n    pass\n', /line 2: iter\(\) of sys\.stdout\/sys\.stderr is not simulated/],
];

describeStops('sys hooks and a replaced sys.stderr: what stops', STOPS);
