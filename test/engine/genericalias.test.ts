// types.GenericAlias (3.9+) and types.UnionType (3.10+): what subscripting a builtin class and `|`
// between classes make is simulated (the oracle programs xd_generic_alias, union_* check their
// numbers against CPython); what runs more of CPython's code stops. These are the stops, each on
// the versions where CPython gets that far (3.8 cannot subscript list, and `|` between classes is
// a TypeError there, which the oracle program union_basics checks).
import { describeStops } from './stops';

const STOPS: [string, RegExp][] = [
  ['x = list[int]([1, 2])\n', /line 1: calling a types\.GenericAlias .* is not simulated/],
  ['x = list[int][0]\n', /line 1: subscripting a types\.GenericAlias .* is not simulated/],
  // types.UnionType (union.ts): what runs more of CPython's code than making, printing, comparing
  // and checking against one
  ['x = (int | str)[int]\n', /line 1: subscripting a types\.UnionType .* is not simulated/],
  ['x = (int | str).__eq__\n', /line 1: the attribute __eq__ of a types\.UnionType is not simulated/],
  ['import copy\nx = copy.copy(int | None)\n', /line 2: copying a types\.UnionType \(shallow copy\) is not simulated/],
  ['import typing\nx = typing.Optional[int] | None\n', /line 2: `\|` with typing\.Optional\[int\] is not simulated/],
  ['import typing\nT = typing.TypeVar("T")\nx = int | T\n', /line 3: `\|` with a typing\.TypeVar is not simulated/],
  ['import typing\nx = typing.List[int | None]\n', /line 2: types\.UnionType object as a type argument is not simulated/],
];

describeStops('types.GenericAlias and types.UnionType: what stops', STOPS, (_src, v) => v === '3.8');
