// The contextlib module (Lib/contextlib.py, Python code in every version).
//
// The import: CPython's `import contextlib` loads collections (deque), functools (wraps) and with
// them itertools among the simulated modules (and abc, types, os, … which HeapLens does not
// simulate); HeapLens's import loads those likewise, so the interpreter's references on each
// module and the collector's tracked objects after a full collection are the measured ones
// (scripts/record-baselines.mjs, import sets with 'contextlib'). On 3.11 start-up has imported
// contextlib already (through typing, this installation's .pth files): the import only binds it.
//
// The classes: contextmanager (its helper and `_GeneratorContextManager`), closing,
// redirect_stdout/redirect_stderr (`_RedirectStream`), suppress, nullcontext and ExitStack are Python classes in CPython. HeapLens compiles its own Python text of them, with
// each version's statements (the same locals, calls, try/except structure and attribute stores
// as each version's contextlib.py), and runs it as it runs the program: the frames of `__enter__`
// and `__exit__`, the generator's, the exceptions thrown into it and the tracebacks that keep
// those frames are simulated objects, so reference counts, sizes, collections and `__del__` order
// follow CPython's. What differs: CPython's classes derive from abc.ABC (metaclass abc.ABCMeta),
// HeapLens's from plain classes of the same names and methods; class-level facts that would show
// it (type() of the classes, isinstance()/issubclass() against them, __mro__, __bases__, __dict__,
// subclassing them) stop the run, as do the code's own lines and locals (tracebacks into it).
// The other names (AsyncExitStack, asynccontextmanager, AbstractContextManager,
// …) stop the run. 3.12+'s suppress tests `issubclass(exctype, BaseExceptionGroup)`: HeapLens has
// no exception groups, so the name is a module global of a class no exception derives from.
import { PyObject } from '../object';
import { P, T, ST, decref, constRefsUnknown } from '../core';
import { dictSetStr, dictGetStr } from '../dict';
import { registerModule, importModule, sourceModuleHeader, type ModuleData } from './registry';
import { execText } from './dataclasses';
import { markStandInClass } from '../standin';
import { RT } from '../../compile/rt';
import type { FuncData } from '../func';
import type { TypeInfo } from '../types';

const NOT_YET = 'HeapLens simulates contextlib.contextmanager, closing, redirect_stdout, redirect_stderr, suppress, nullcontext and ExitStack only';
const STOPS = ['AbstractContextManager', 'AbstractAsyncContextManager', 'ContextDecorator', 'AsyncContextDecorator',
  'asynccontextmanager', 'aclosing', 'AsyncExitStack', 'chdir',
  '_BaseExitStack', '_GeneratorContextManagerBase', '_AsyncGeneratorContextManager',
  'abc', 'os', 'sys', '_collections_abc', 'deque', 'wraps', 'MethodType', 'GenericAlias', '__all__', 'BaseExceptionGroup'];

const ABC_WHY = "CPython's class derives from abc.ABC (metaclass abc.ABCMeta); HeapLens compiles contextlib's Python code of the class on a plain class";

/** The Python text HeapLens compiles for this version's contextlib classes (see the header). */
function source(): string {
  const m = P.minor;
  const L: string[] = [];
  const add = (...lines: string[]): void => {
    L.push(...lines);
  };
  // AbstractContextManager stands without its ABC machinery (its __enter__ returns self)
  add('class AbstractContextManager:',
    '    def __enter__(self):',
    '        return self',
    '    def __exit__(self, exc_type, exc_value, traceback):',
    '        return None',
    '',
    'class ContextDecorator(object):',
    '    def _recreate_cm(self):',
    '        return self',
    '    def __call__(self, func):',
    '        @wraps(func)',
    '        def inner(*args, **kwds):',
    '            with self._recreate_cm():',
    '                return func(*args, **kwds)',
    '        return inner',
    '',
    'class _GeneratorContextManagerBase:',
    '    def __init__(self, func, args, kwds):',
    '        self.gen = func(*args, **kwds)',
    '        self.func, self.args, self.kwds = func, args, kwds',
    '        doc = getattr(func, "__doc__", None)',
    '        if doc is None:',
    '            doc = type(self).__doc__',
    '        self.__doc__ = doc',
  );
  // 3.8: _recreate_cm is _GeneratorContextManager's own; 3.10+: the base's
  const recreate = ['    def _recreate_cm(self):', '        return self.__class__(self.func, self.args, self.kwds)'];
  if (m >= 10) add(...recreate);
  add('',
    'class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager, ContextDecorator):',
    '    """Helper for @contextmanager decorator."""',
  );
  if (m < 10) add(...recreate);
  const typ = m < 10 ? 'type' : 'typ';
  add('    def __enter__(self):',
    '        del self.args, self.kwds, self.func',
    '        try:',
    '            return next(self.gen)',
    '        except StopIteration:',
    '            raise RuntimeError("generator didn\'t yield") from None',
    `    def __exit__(self, ${typ}, value, traceback):`,
    `        if ${typ} is None:`,
    '            try:',
    '                next(self.gen)',
    '            except StopIteration:',
    '                return False',
    '            else:',
  );
  if (m >= 11) add('                try:', '                    raise RuntimeError("generator didn\'t stop")', '                finally:', '                    self.gen.close()');
  else add('                raise RuntimeError("generator didn\'t stop")');
  add('        else:',
    '            if value is None:',
    `                value = ${typ}()`,
    '            try:',
    m >= 12 ? '                self.gen.throw(value)' : `                self.gen.throw(${typ}, value, traceback)`,
    '            except StopIteration as exc:',
    '                return exc is not value',
    '            except RuntimeError as exc:',
    '                if exc is value:',
  );
  if (m >= 11) add('                    exc.__traceback__ = traceback');
  add('                    return False');
  if (m < 10) {
    add('                if type is StopIteration and exc.__cause__ is value:',
      '                    return False',
      '                raise',
      '            except:',
      '                if sys.exc_info()[1] is value:',
      '                    return False',
      '                raise',
      '            raise RuntimeError("generator didn\'t stop after throw()")');
  } else {
    add('                if (',
      '                    isinstance(value, StopIteration)',
      '                    and exc.__cause__ is value',
      '                ):');
    if (m >= 11) add('                    value.__traceback__ = traceback');
    add('                    return False',
      '                raise',
      '            except BaseException as exc:',
      '                if exc is not value:',
      '                    raise');
    if (m >= 11) add('                exc.__traceback__ = traceback');
    add('                return False');
    if (m >= 11) add('            try:', '                raise RuntimeError("generator didn\'t stop after throw()")', '            finally:', '                self.gen.close()');
    else add('            raise RuntimeError("generator didn\'t stop after throw()")');
  }
  add('',
    'def contextmanager(func):',
    '    @wraps(func)',
    '    def helper(*args, **kwds):',
    '        return _GeneratorContextManager(func, args, kwds)',
    '    return helper',
    '',
    'class closing(AbstractContextManager):',
    '    def __init__(self, thing):',
    '        self.thing = thing',
    '    def __enter__(self):',
    '        return self.thing',
    '    def __exit__(self, *exc_info):',
    '        self.thing.close()',
    '',
    'class _RedirectStream(AbstractContextManager):',
    '    _stream = None',
    '    def __init__(self, new_target):',
    '        self._new_target = new_target',
    '        self._old_targets = []',
    '    def __enter__(self):',
    '        self._old_targets.append(getattr(sys, self._stream))',
    '        setattr(sys, self._stream, self._new_target)',
    '        return self._new_target',
    '    def __exit__(self, exctype, excinst, exctb):',
    '        setattr(sys, self._stream, self._old_targets.pop())',
    '',
    'class redirect_stdout(_RedirectStream):',
    '    _stream = "stdout"',
    '',
    'class redirect_stderr(_RedirectStream):',
    '    _stream = "stderr"',
    '',
    'class suppress(AbstractContextManager):',
    '    def __init__(self, *exceptions):',
    '        self._exceptions = exceptions',
    '    def __enter__(self):',
    '        pass',
    '    def __exit__(self, exctype, excinst, exctb):',
  );
  if (m >= 12) {
    // (HeapLens has no exception groups: no exception it raises is one, so suppress's test
    // against the builtin is answered by a class of no exception's ancestry, a global of the module)
    L.splice(L.indexOf('class suppress(AbstractContextManager):'), 0, 'class BaseExceptionGroup(BaseException):', '    pass', '');
    add('        if exctype is None:',
      '            return',
      '        if issubclass(exctype, self._exceptions):',
      '            return True',
      '        if issubclass(exctype, BaseExceptionGroup):',
      '            match, rest = excinst.split(self._exceptions)',
      '            if rest is None:',
      '                return True',
      '            raise rest',
      '        return False');
  } else add('        return exctype is not None and issubclass(exctype, self._exceptions)');
  exitStack(add, m);
  add('',
    'class nullcontext(AbstractContextManager):',
    '    def __init__(self, enter_result=None):',
    '        self.enter_result = enter_result',
    '    def __enter__(self):',
    '        return self.enter_result',
    '    def __exit__(self, *excinfo):',
    '        pass',
    '');
  return L.join('\n');
}

/** ExitStack (with _BaseExitStack) as each version's contextlib.py has it. */
function exitStack(add: (...lines: string[]) => void, m: number): void {
  add('',
    'class _BaseExitStack:',
    '    @staticmethod',
    '    def _create_exit_wrapper(cm, cm_exit):',
    '        return MethodType(cm_exit, cm)',
    '    @staticmethod',
    '    def _create_cb_wrapper(callback, /, *args, **kwds):',
    '        def _exit_wrapper(exc_type, exc, tb):',
    '            callback(*args, **kwds)',
    '        return _exit_wrapper',
    '    def __init__(self):',
    '        self._exit_callbacks = deque()',
    '    def pop_all(self):',
    '        new_stack = type(self)()',
    '        new_stack._exit_callbacks = self._exit_callbacks',
    '        self._exit_callbacks = deque()',
    '        return new_stack',
    '    def push(self, exit):',
    '        _cb_type = type(exit)',
    '        try:',
    '            exit_method = _cb_type.__exit__',
    '        except AttributeError:',
    '            self._push_exit_callback(exit)',
    '        else:',
    '            self._push_cm_exit(exit, exit_method)',
    '        return exit',
    '    def enter_context(self, cm):');
  if (m >= 11) {
    add('        cls = type(cm)',
      '        try:',
      '            _enter = cls.__enter__',
      '            _exit = cls.__exit__',
      '        except AttributeError:',
      '            raise TypeError(f"\'{cls.__module__}.{cls.__qualname__}\' object does "',
      '                            f"not support the context manager protocol") from None',
      '        result = _enter(cm)');
  } else {
    add('        _cm_type = type(cm)',
      '        _exit = _cm_type.__exit__',
      '        result = _cm_type.__enter__(cm)');
  }
  add('        self._push_cm_exit(cm, _exit)',
    '        return result');
  if (m < 10) {
    add('    def callback(*args, **kwds):',
      '        if len(args) >= 2:',
      '            self, callback, *args = args',
      '        elif not args:',
      '            raise TypeError("descriptor \'callback\' of \'_BaseExitStack\' object "',
      '                            "needs an argument")',
      '        elif \'callback\' in kwds:',
      '            callback = kwds.pop(\'callback\')',
      '            self, *args = args',
      '            import warnings',
      '            warnings.warn("Passing \'callback\' as keyword argument is deprecated",',
      '                          DeprecationWarning, stacklevel=2)',
      '        else:',
      '            raise TypeError(\'callback expected at least 1 positional argument, \'',
      '                            \'got %d\' % (len(args)-1))');
  } else add('    def callback(self, callback, /, *args, **kwds):');
  add('        _exit_wrapper = self._create_cb_wrapper(callback, *args, **kwds)',
    '        _exit_wrapper.__wrapped__ = callback',
    '        self._push_exit_callback(_exit_wrapper)',
    '        return callback');
  if (m < 10) add("    callback.__text_signature__ = '($self, callback, /, *args, **kwds)'");
  add('    def _push_cm_exit(self, cm, cm_exit):',
    '        _exit_wrapper = self._create_exit_wrapper(cm, cm_exit)',
    '        self._push_exit_callback(_exit_wrapper, True)',
    '    def _push_exit_callback(self, callback, is_sync=True):',
    '        self._exit_callbacks.append((is_sync, callback))',
    '',
    'class ExitStack(_BaseExitStack, AbstractContextManager):',
    '    def __enter__(self):',
    '        return self',
    '    def __exit__(self, *exc_details):');
  if (m >= 13) {
    add('        exc = exc_details[1]',
      '        received_exc = exc is not None',
      '        frame_exc = sys.exception()');
  } else {
    add('        received_exc = exc_details[0] is not None',
      '        frame_exc = sys.exc_info()[1]');
  }
  add('        def _fix_exception_context(new_exc, old_exc):',
    '            while 1:',
    '                exc_context = new_exc.__context__');
  if (m < 10) {
    add('                if exc_context is old_exc:',
      '                    return',
      '                if exc_context is None or exc_context is frame_exc:',
      '                    break');
  } else {
    add('                if exc_context is None or exc_context is old_exc:',
      '                    return',
      '                if exc_context is frame_exc:',
      '                    break');
  }
  add('                new_exc = exc_context',
    '            new_exc.__context__ = old_exc',
    '        suppressed_exc = False',
    '        pending_raise = False',
    '        while self._exit_callbacks:',
    '            is_sync, cb = self._exit_callbacks.pop()',
    '            assert is_sync',
    '            try:');
  if (m >= 13) {
    add('                if exc is None:',
      '                    exc_details = None, None, None',
      '                else:',
      '                    exc_details = type(exc), exc, exc.__traceback__',
      '                if cb(*exc_details):',
      '                    suppressed_exc = True',
      '                    pending_raise = False',
      '                    exc = None',
      '            except BaseException as new_exc:',
      '                _fix_exception_context(new_exc, exc)',
      '                pending_raise = True',
      '                exc = new_exc',
      '        if pending_raise:',
      '            try:',
      '                fixed_ctx = exc.__context__',
      '                raise exc',
      '            except BaseException:',
      '                exc.__context__ = fixed_ctx',
      '                raise');
  } else {
    add('                if cb(*exc_details):',
      '                    suppressed_exc = True',
      '                    pending_raise = False',
      '                    exc_details = (None, None, None)',
      '            except:',
      '                new_exc_details = sys.exc_info()',
      '                _fix_exception_context(new_exc_details[1], exc_details[1])',
      '                pending_raise = True',
      '                exc_details = new_exc_details',
      '        if pending_raise:',
      '            try:',
      '                fixed_ctx = exc_details[1].__context__',
      '                raise exc_details[1]',
      '            except BaseException:',
      '                exc_details[1].__context__ = fixed_ctx',
      '                raise');
  }
  add('        return received_exc and suppressed_exc',
    '    def close(self):',
    '        self.__exit__(None, None, None)');
}

registerModule('contextlib', (mod) => {
  const md = mod.v as ModuleData;
  sourceModuleHeader(mod);
  md.partial = true;
  md.stops = new Map(STOPS.map((n) => [n, NOT_YET]));
  const d = mod.d as PyObject;
  dictSetStr(d, '__builtins__', RT.builtins);
  // import sys; from collections import deque; from functools import wraps (functools brings
  // itertools): the measured module counts include contextlib's reference to sys
  const sys = importModule('sys', ST.line);
  dictSetStr(d, 'sys', sys);
  decref(sys);
  sys.rc--;
  const coll = importModule('collections', ST.line, true);
  dictSetStr(d, 'deque', dictGetStr(coll.d as PyObject, 'deque') as PyObject);
  decref(coll);
  dictSetStr(d, 'MethodType', T.method);
  const ft = importModule('functools', ST.line, true);
  dictSetStr(d, 'wraps', dictGetStr(ft.d as PyObject, 'wraps') as PyObject);
  decref(ft);
  execText(source(), d, d, 'contextlib');
  // (CPython's contextmanager has a docstring, which the compiled text leaves out)
  ((dictGetStr(d, 'contextmanager') as PyObject).v as FuncData).code.docOpaque = true;
  const stopNames = ['__abstractmethods__', '_abc_impl', '__class_getitem__', '__subclasshook__'];
  const classOnly = ['__mro__', '__bases__', '__base__', 'mro', '__subclasses__', '__init_subclass__', '__basicsize__', '__dictoffset__', '__weakrefoffset__', '__flags__'];
  // (CPython's ExitStack methods have docstrings, which the compiled text leaves out)
  for (const name of ['_BaseExitStack', 'ExitStack']) {
    const cd = ((dictGetStr(d, name) as PyObject).v as TypeInfo).dict;
    for (const meth of ['pop_all', 'push', 'enter_context', 'callback', '_push_cm_exit', 'close']) {
      const f = dictGetStr(cd, meth);
      if (f !== null && f.t === T.function) (f.v as FuncData).code.docOpaque = true;
    }
  }
  for (const name of ['AbstractContextManager', 'ContextDecorator', '_GeneratorContextManagerBase', '_GeneratorContextManager', 'closing', '_RedirectStream', 'redirect_stdout', 'redirect_stderr', 'suppress', 'nullcontext', '_BaseExitStack', 'ExitStack']) {
    const cls = dictGetStr(d, name) as PyObject;
    // (module-level names, MRO tuples and ABCMeta's registries hold references HeapLens does not count)
    constRefsUnknown.set(cls, "contextlib's module, its classes and abc's caches hold references to it that HeapLens does not count one by one");
    // (3.10+ nullcontext has async __aenter__/__aexit__, which the compiled text leaves out)
    const own = name === 'nullcontext' && P.minor >= 10 ? ['__aenter__', '__aexit__'] : [];
    markStandInClass(cls, `contextlib.${name}`, null, name === '_GeneratorContextManager' ? stopNames : [...stopNames, ...own, '__doc__'], classOnly, { why: ABC_WHY, abc: true });
  }
});
