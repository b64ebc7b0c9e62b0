// io.StringIO and io.BytesIO are simulated (oracle programs io_*); what HeapLens does not
// reproduce stops the run with a message naming it: the module's other names, BytesIO.getbuffer, the interpreter's references
// to the module and its types, the StringIO's PyMem buffers (sys._debugmallocstats()), its
// instance __dict__, a subclass's instances and the StringIO attributes HeapLens does not have.
import * as assert from 'node:assert/strict';
import { simulate } from '../../src/engine';
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

// A collection that starts inside print's own write (the PyList_New(2) that gathers the second
// pending piece, 3.8-3.11 collect there) and runs a __del__ that prints: CPython's TextIOWrapper
// then nests the inner write's list inside its own and stdout can never flush again (3.11.7 exits
// with status 120, "expected bytes, list found", no output). 3.12+ collect later, at an eval
// breaker, and print as usual.
describe('stdout written from a finalizer during a write to it', () => {
  const src = 'import gc\ngc.collect()\ngc.set_threshold(5, 1, 1)\nclass C:\n    def __init__(self, n):\n        self.n = n\n        self.me = self\n    def __del__(self):\n        print("freed", self.n, gc.get_count())\nfor i in range(6):\n    C(i)\n    print("made", i, gc.get_count())\n';
  it('stops on 3.11, where the collection starts in the write', () => {
    const r = simulate(src, { python: '3.11' });
    assert.equal(r.outcome, 'not-simulated', r.stdout);
    assert.match(r.stderr, /line 12: writing to sys\.stdout from a finalizer of a collection that started inside a write to it is not simulated/);
  });
  it('runs on 3.12, where the collection waits for the eval breaker', () => {
    const r = simulate(src, { python: '3.12' });
    assert.notEqual(r.outcome, 'not-simulated', r.stderr);
    assert.match(r.stdout, /^made 0/);
  });
});
