// enum.Flag and enum.IntFlag (oracle programs flag_*): what HeapLens does not reproduce stops the
// run with a message naming it — a _sunder_ name such as _numeric_repr_ in a Flag class body,
// a class body reading a member it bound to auto() (`RW = R | W`), the functional API, 3.11+'s enum.verify, and (3.8/3.10) the class's cached keys once the only
// instance dict of a builtin-derived class sharing them outgrows them (make_keys_shared).
import { describeStops } from './stops';

const STOPS: [string, RegExp][] = [
  ['from enum import Flag\nclass P(Flag):\n    _numeric_repr_ = hex\n    A = 1\n', /line 2: the _sunder_ name '_numeric_repr_' in an Enum class body is not simulated/],
  ['from enum import IntFlag\nclass P(IntFlag):\n    _iter_member_ = None\n    A = 1\n', /line 2: the _sunder_ name '_iter_member_' in an Enum class body is not simulated/],
  ['from enum import Flag, auto\nclass P(Flag):\n    R = auto()\n    W = auto()\n    RW = R | W\n', /line 2: reading the auto\(\) member 'R' in its Enum class body is not simulated/],
  ['from enum import Flag\nP = Flag("P", "A B")\n', /line 2: the functional API of Enum \(Enum\(name, names\)\) is not simulated/],
  ['import enum\nenum.verify\n', /line 2: enum\.verify is not simulated/],
  ['import sys\nclass D(str):\n    pass\nq = D("a")\nq.a = 1; q.b = 2; q.c = 3; q.d = 4; q.e = 5; q.f = 6\nsys.getsizeof(D)\n', /line 6: sys\.getsizeof of the class D is not simulated: a store into the only dict sharing the class's keys/],
];

describeStops('enum.Flag and IntFlag: what stops', STOPS, (src, v) =>
  (src.includes('enum.verify') && (v === '3.8' || v === '3.10')) || (src.includes('class D(str)') && v !== '3.8' && v !== '3.10'));
