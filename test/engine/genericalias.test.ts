// types.GenericAlias (3.9+): what subscripting a builtin class makes is simulated (the oracle
// programs ga_* check its numbers against CPython); what runs more of CPython's code stops. These
// are the stops, each on the versions where CPython gets that far (3.8 cannot subscript list, and
// `|` between classes is a TypeError there, which the oracle program ga_union_stops checks).
import { describeStops } from './stops';

const STOPS: [string, RegExp][] = [
  ['x = list[int]([1, 2])\n', /line 1: calling a types\.GenericAlias .* is not simulated/],
  ['x = list[int][0]\n', /line 1: subscripting a types\.GenericAlias .* is not simulated/],
  ['x = isinstance([], list[int])\n', /line 1: isinstance\(\) against a types\.GenericAlias is not simulated/],
  ['x = issubclass(list, list[int])\n', /line 1: issubclass\(\) against a types\.GenericAlias is not simulated/],
  ['x = list[int] | None\n', /line 1: `\|` with a types\.GenericAlias \(a types\.UnionType\) is not simulated/],
  ['def f(x: int | None = None):\n    pass\n', /line 1: `X \| Y` between classes \(a types\.UnionType, as in `int \| None`\) is not simulated/],
  ['class A:\n    pass\nx = None | A\n', /line 3: `X \| Y` between classes .* is not simulated/],
];

describeStops('types.GenericAlias and types.UnionType: what stops', STOPS, (_src, v) => v === '3.8');
