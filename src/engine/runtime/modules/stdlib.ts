// array, itertools and collections: registered by their own modules.
import './array';
import './itertools';
import './collections';
import './math';
import './functools';
import './tracemalloc';
import './heapq';
import './bisect';
import './operator';
import './copy';
import './random';
import './dataclasses';
import './enum';
import './typing';
import './contextlib';
import './time';
import './future';
