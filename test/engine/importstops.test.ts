// Imports HeapLens does not simulate stop at the import, and the message says why: the memory
// tools of the articles and tutorials (memory_profiler, psutil, resource, objgraph, pympler, ...)
// measure the real process, and the message points at HeapLens's own per-line facts instead;
// os (imported by CPython's start-up) talks to the operating system.
import { describeStops } from './stops';

const STOPS: [string, RegExp][] = [
  ['from memory_profiler import profile\n@profile\ndef f():\n    return [0] * 10\nf()\n', /line 1: importing 'memory_profiler' is not simulated: memory_profiler's @profile .* HeapLens shows each line's allocations/],
  ['import psutil\n', /line 1: importing 'psutil' is not simulated: psutil reads the process's resident memory/],
  ['import resource\nprint(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n', /line 1: importing 'resource' is not simulated: resource\.getrusage\(\)/],
  ['x = 1\nimport objgraph\n', /line 2: importing 'objgraph' is not simulated: objgraph walks every object/],
  ['from pympler import asizeof\n', /line 1: importing 'pympler' is not simulated: pympler's asizeof/],
  ['import os\n', /line 1: importing 'os' is not simulated: CPython's start-up has imported os, but its functions and data/],
  ['import numpy\n', /line 1: importing 'numpy' is not simulated(?!:)/],
];

describeStops('imports that stop, with the reason', STOPS);
