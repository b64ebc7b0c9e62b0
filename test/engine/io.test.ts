// io.StringIO and io.BytesIO are simulated (oracle programs io_*); what HeapLens does not
// reproduce stops the run with a message naming it: the module's other names, BytesIO.getbuffer, the interpreter's references
// to the module and its types, the StringIO's PyMem buffers (sys._debugmallocstats()), its
// instance __dict__, a subclass's instances and the StringIO attributes HeapLens does not have.
import { describeStops } from './stops';

const STOPS: [string, RegExp][] = [
  ['import io\nb = io.BytesIO()\nb.getbuffer()\n', /line 3: io\.BytesIO\.getbuffer is not simulated/],
  ['import io\nclass B(io.BytesIO):\n    pass\nB()\n', /line 4: an instance of a subclass of io\.BytesIO \(B\) is not simulated/],
  ['import io\nb = io.BytesIO()\nb.y = 2\n', /line 3: setting an attribute of an io\.BytesIO object is not simulated/],
  ['import io\nprint(io.TextIOWrapper)\n', /line 2: io\.TextIOWrapper is not simulated/],
  ['import io\nimport sys\nprint(sys.getrefcount(io))\n', /line 3: the reference count of the io module is not simulated/],
  ['import io\nimport sys\nprint(sys.getrefcount(io.StringIO))\n', /line 3: sys\.getrefcount\(type\) is not simulated/],
  ['import io\nimport sys\ns = io.StringIO()\nsys._debugmallocstats()\n', /line 4: sys\._debugmallocstats\(\) after io\.StringIO is not simulated/],
  ['import io\ns = io.StringIO()\ns.x = 1\n', /line 3: setting an attribute of an io\.StringIO object is not simulated/],
  ['import io\nclass S(io.StringIO):\n    pass\nS()\n', /line 4: an instance of a subclass of io\.StringIO \(S\) is not simulated/],
  ['import io\ns = io.StringIO()\ns.writelines(["a"])\n', /line 3: io\.StringIO\.writelines is not simulated/],
  ['import io\ns = io.StringIO(newline="")\n', /line 2: io\.StringIO's newline argument is not simulated/],
  ['import os\n', /line 1: importing 'os' is not simulated/],
];

describeStops('io: what stops', STOPS);
