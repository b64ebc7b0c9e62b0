// The enum module (Lib/enum.py, Python code in every version).
//
// The import: CPython's `import enum` runs `import sys` and `from types import ...` on every
// version, and on 3.11/3.12 also `from operator import or_` and `from functools import reduce`
// (functools brings collections and itertools); 3.13's enum.py imports neither. On this machine's
// 3.11 start-up already imported enum (a .pth file), so there the import only binds the name.
// HeapLens's import loads the same simulated modules, so the interpreter's references on each
// module and the collector's tracked objects after a full collection are the measured ones
// (scripts/record-baselines.mjs, import sets with 'enum').
//
// What is simulated: the import itself (`import enum`, `import enum as e`), its module object's
// count, and the collector's and the shared singletons' counts it leaves; on 3.8 and 3.10, Enum
// and IntEnum classes with auto() values: HeapLens compiles a Python text of the version's
// EnumMeta, Enum, IntEnum and auto (source() below:
// enum.py's statements for the simulated subset) and runs it as program code, so the members, the
// class dict entries (_member_names_, _member_map_, _member_type_, _value2member_map_, __new__),
// each member's __dict__ (_value_, _name_, __objclass__, in that order), the references they
// hold, their sizes, the collections that free them, and the frames and exceptions of lookups are
// CPython's. What stops: Enum on 3.11+ (enum.py's rewrite: _proto_member.__set_name__,
// enum.property, _sort_order_, ReprEnum), class bodies outside the subset (enumCheck), the
// functional API, mixins other than int, and every other name of the module (Flag, IntFlag,
// StrEnum, unique, EnumMeta/EnumType, ...).
import { P, T, ST, decref, NotSimulated, constRefsUnknown } from '../core';
import { dictSetStr, dictGetStr, dictEntries } from '../dict';
import { RT } from '../../compile/rt';
import { importEffect } from '../../profiles/baselines';
import { registerModule, importModule, sourceModuleHeader, bindImportedSys, pythonLevelCall, type ModuleData } from './registry';
import { execText } from './dataclasses';
import type { FuncData } from '../func';
import { builtinFunction } from '../methods';
import { S, typeLookup } from '../abstract';
import { newList } from '../list';
import { typeName, type TypeInfo } from '../types';
import { newMappingProxy, classBodyCode } from '../classes';

const WHY = "enum's classes are built by Lib/enum.py's metaclass (Python code); HeapLens simulates Enum and IntEnum subclasses with plain values on 3.8 and 3.10 only";

/** The names of enum.py's public API per version (reading one stops the run; 3.8/3.10's Enum is simulated). */
function publicNames(): string[] {
  const names = ['Flag', 'IntFlag', 'unique', 'EnumMeta'];
  if (!simulatesClasses()) names.push('Enum', 'IntEnum', 'auto');
  if (P.minor >= 11) {
    names.push('EnumType', 'StrEnum', 'ReprEnum', 'EnumCheck', 'FlagBoundary', 'verify', 'member', 'nonmember', 'property', 'global_enum',
      'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr', 'global_str', 'show_flag_values', 'pickle_by_enum_name', 'pickle_by_global_name');
  }
  if (P.minor >= 13) names.push('EnumDict');
  return names;
}

/** Enum classes are simulated on 3.8 and 3.10 (3.11 rewrote enum.py: _proto_member, enum.property,
 * _sort_order_, ReprEnum; not reproduced yet). */
function simulatesClasses(): boolean {
  return P.minor < 11;
}

/** The Python text HeapLens compiles for 3.8/3.10's Enum: the statements of enum.py's
 * EnumMeta, Enum, IntEnum and auto (and types.DynamicClassAttribute) for the subset HeapLens
 * simulates. One difference: __prepare__ returns a plain dict (HeapLens's class bodies store
 * into dicts only), so EnumMeta.__new__ finds the member names as _EnumDict.__setitem__ would
 * have (not a _dunder_/_sunder_ name, not a descriptor: enumCheck) and resolves auto() values as
 * it did (the last value + 1 from _generate_next_value_); _sunder_ names and values outside the
 * subset stop there, as does a name the body bound more than once (a TypeError from _EnumDict:
 * Code.boundAgain). */
function source(): string {
  const m = P.minor;
  const L: string[] = [];
  const add = (...lines: string[]): void => {
    L.push(...lines);
  };
  // (the classes' docstrings are CPython's; the functions' are left out: docOpaque below)
  const dcaDoc = ["    \"\"\"Route attribute access on a class to __getattr__.",
    '',
    '    This is a descriptor, used to define attributes that act differently when',
    '    accessed through an instance and through a class.  Instance access remains',
    "    normal, but access to an attribute through a class will be routed to the",
    "    class's __getattr__ method; this is done by raising AttributeError.",
    ''];
  if (m >= 10) {
    dcaDoc.push('    This allows one to have properties active on an instance, and have virtual',
      '    attributes on the class with the same name.  (Enum used this between Python',
      '    versions 3.4 - 3.9 .)',
      '',
      '    Subclass from this to use a different method of accessing virtual atributes',
      '    and still be treated properly by the inspect module. (Enum uses this since',
      '    Python 3.10 .)');
  } else {
    dcaDoc.push('    This allows one to have properties active on an instance, and have virtual',
      '    attributes on the class with the same name (see Enum for an example).');
  }
  dcaDoc.push('', '    \"\"\"');
  add('class DynamicClassAttribute:',
    ...dcaDoc,
    "    __module__ = 'types'",
    '    def __init__(self, fget=None, fset=None, fdel=None, doc=None):',
    '        self.fget = fget',
    '        self.fset = fset',
    '        self.fdel = fdel',
    '        self.__doc__ = doc or fget.__doc__',
    '        self.overwrite_doc = doc is None',
    "        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))",
    '    def __get__(self, instance, ownerclass=None):',
    '        if instance is None:',
    '            if self.__isabstractmethod__:',
    '                return self',
    '            raise AttributeError()',
    '        elif self.fget is None:',
    '            raise AttributeError("unreadable attribute")',
    '        return self.fget(instance)',
    '    def __set__(self, instance, value):',
    '        if self.fset is None:',
    '            raise AttributeError("can\'t set attribute")',
    '        self.fset(instance, value)',
    '    def __delete__(self, instance):',
    '        if self.fdel is None:',
    '            raise AttributeError("can\'t delete attribute")',
    '        self.fdel(instance)',
    '',
    'def _is_descriptor(obj):',
    "    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))",
    'def _is_dunder(name):',
    "    return (len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_')",
    'def _is_sunder(name):',
    "    return (len(name) > 2 and name[0] == name[-1] == '_' and name[1:2] != '_' and name[-2:-1] != '_')",
    '',
    '_auto_null = object()',
    'class auto:',
    '    """',
    '    Instances are replaced with an appropriate value in Enum class suites.',
    '    """',
    '    value = _auto_null',
    '',
    'Enum = None',
    '',
    'class EnumMeta(type):',
    '    """',
    '    Metaclass for Enum',
    '    """',
    '    @classmethod',
    `    def __prepare__(metacls, cls, bases${m >= 10 ? ', **kwds' : ''}):`,
    '        metacls._check_for_existing_members(cls, bases)',
    '        enum_dict = {}',
    '        member_type, first_enum = metacls._get_mixins_(cls, bases)',
    '        if first_enum is not None:',
    "            enum_dict['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)",
    '        return enum_dict',
    `    def __new__(metacls, cls, bases, classdict${m >= 10 ? ', **kwds' : ''}):`,
    '        member_names = _enum_check(classdict, Enum is None)',
    // (what _EnumDict.__setitem__ did with auto() values as the body assigned them)
    '        _last_values = []',
    '        for _count, key in enumerate(member_names):',
    '            value = classdict[key]',
    '            if isinstance(value, auto):',
    '                if value.value == _auto_null:',
    "                    value.value = classdict['_generate_next_value_'](key, 1, _count, _last_values[:])",
    '                value = value.value',
    '                classdict[key] = value',
    '            _last_values.append(value)',
    "        classdict.setdefault('_ignore_', []).append('_ignore_')",
    "        ignore = classdict['_ignore_']",
    '        for key in ignore:',
    '            classdict.pop(key, None)',
    '        member_type, first_enum = metacls._get_mixins_(cls, bases)',
    '        __new__, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)',
    '        if member_type is not object and member_type is not int:',
    "            _stop('an Enum class mixed with %s (mixins other than int)' % member_type.__name__)",
    '        enum_members = {k: classdict[k] for k in member_names}',
    '        for name in member_names:',
    '            del classdict[name]',
    "        _order_ = classdict.pop('_order_', None)",
    "        invalid_names = set(enum_members) & {'mro', ''}",
    '        if invalid_names:',
    "            raise ValueError('Invalid enum member name: {0}'.format(','.join(invalid_names)))",
    "        if '__doc__' not in classdict:",
    "            classdict['__doc__'] = 'An enumeration.'",
    `        enum_class = super().__new__(metacls, cls, bases, classdict${m >= 10 ? ', **kwds' : ''})`,
    '        enum_class._member_names_ = []',
    '        enum_class._member_map_ = {}',
    '        enum_class._member_type_ = member_type',
    '        dynamic_attributes = {k for c in enum_class.mro() for k, v in c.__dict__.items() if isinstance(v, DynamicClassAttribute)}',
    '        enum_class._value2member_map_ = {}',
    "        if '__reduce_ex__' not in classdict:",
    '            if member_type is not object:',
    "                methods = ('__getnewargs_ex__', '__getnewargs__', '__reduce_ex__', '__reduce__')",
    '                if not any(m in member_type.__dict__ for m in methods):',
    "                    _stop('an Enum class that enum.py makes unpicklable')",
    '        for member_name in member_names:',
    '            value = enum_members[member_name]',
    '            if not isinstance(value, tuple):',
    '                args = (value, )',
    '            else:',
    '                args = value',
    '            if not use_args:',
    '                enum_member = __new__(enum_class)',
    "                if not hasattr(enum_member, '_value_'):",
    '                    enum_member._value_ = value',
    '            else:',
    '                enum_member = __new__(enum_class, *args)',
    "                if not hasattr(enum_member, '_value_'):",
    '                    if member_type is object:',
    '                        enum_member._value_ = value',
    '                    else:',
    '                        enum_member._value_ = member_type(*args)',
    '            value = enum_member._value_',
    '            enum_member._name_ = member_name',
    '            enum_member.__objclass__ = enum_class',
    '            enum_member.__init__(*args)',
    '            for name, canonical_member in enum_class._member_map_.items():',
    '                if canonical_member._value_ == enum_member._value_:',
    '                    enum_member = canonical_member',
    '                    break',
    '            else:',
    '                enum_class._member_names_.append(member_name)',
    '            if member_name not in dynamic_attributes:',
    '                setattr(enum_class, member_name, enum_member)',
    '            enum_class._member_map_[member_name] = enum_member',
    '            try:',
    '                enum_class._value2member_map_[value] = enum_member',
    '            except TypeError:',
    '                pass',
    "        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):",
    '            if name in classdict:',
    '                continue',
    '            class_method = getattr(enum_class, name)',
    '            obj_method = getattr(member_type, name, None)',
    '            enum_method = getattr(first_enum, name, None)',
    '            if obj_method is not None and obj_method is class_method:',
    '                setattr(enum_class, name, enum_method)',
    '        if Enum is not None:',
    '            enum_class.__new__ = Enum.__new__',
    '        return enum_class',
    '    def __bool__(self):',
    '        return True',
    '    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):',
    '        if names is None:',
    '            return cls.__new__(cls, value)',
    "        _stop('the functional API of Enum (Enum(name, names))')",
    '    def __contains__(cls, ' + (m >= 10 ? 'obj' : 'member') + '):',
    `        if not isinstance(${m >= 10 ? 'obj' : 'member'}, Enum):`,
  );
  if (m >= 10) add("            _stop('`in` on an Enum class with a non-member (3.10 warns: DeprecationWarning)')");
  add('            raise TypeError(',
    '                "unsupported operand type(s) for \'in\': \'%s\' and \'%s\'" % (',
    `                    type(${m >= 10 ? 'obj' : 'member'}).__qualname__, cls.__class__.__qualname__))`,
    `        return isinstance(${m >= 10 ? 'obj' : 'member'}, cls) and ${m >= 10 ? 'obj' : 'member'}._name_ in cls._member_map_`,
    '    def __delattr__(cls, attr):',
    '        if attr in cls._member_map_:',
    '            raise AttributeError("%s: cannot delete Enum member." % cls.__name__)',
    '        super().__delattr__(attr)',
    '    def __dir__(self):',
    "        return (['__class__', '__doc__', '__members__', '__module__'] + self._member_names_)",
    '    def __getattr__(cls, name):',
    '        if _is_dunder(name):',
    '            raise AttributeError(name)',
    '        try:',
    '            return cls._member_map_[name]',
    '        except KeyError:',
    '            raise AttributeError(name) from None',
    '    def __getitem__(cls, name):',
    '        return cls._member_map_[name]',
    '    def __iter__(cls):',
    '        return (cls._member_map_[name] for name in cls._member_names_)',
    '    def __len__(cls):',
    '        return len(cls._member_names_)',
    '    @property',
    '    def __members__(cls):',
    '        return _mappingproxy(cls._member_map_)',
    '    def __repr__(cls):',
    '        return "<enum %r>" % cls.__name__',
    '    def __reversed__(cls):',
    '        return (cls._member_map_[name] for name in reversed(cls._member_names_))',
    '    def __setattr__(cls, name, value):',
    "        member_map = cls.__dict__.get('_member_map_', {})",
    '        if name in member_map:',
    "            raise AttributeError('Cannot reassign members.')",
    '        super().__setattr__(name, value)',
    '    @staticmethod',
    '    def _check_for_existing_members(class_name, bases):',
    '        for chain in bases:',
    '            for base in chain.__mro__:',
    '                if issubclass(base, Enum) and base._member_names_:',
  );
  add('                    raise TypeError("%s: cannot extend enumeration %r" % (class_name, base.__name__))');
  add('    @staticmethod',
    '    def _get_mixins_(class_name, bases):',
    '        if not bases:',
    '            return object, Enum',
    '        def _find_data_type(bases):',
    `            data_types = ${m >= 10 ? 'set()' : '[]'}`,
    '            for chain in bases:',
    '                candidate = None',
    '                for base in chain.__mro__:',
    '                    if base is object:',
    '                        continue',
    '                    elif issubclass(base, Enum):',
    '                        if base._member_type_ is not object:',
    `                            data_types.${m >= 10 ? 'add' : 'append'}(base._member_type_)`,
    '                            break',
    "                    elif '__new__' in base.__dict__:",
    '                        if issubclass(base, Enum):',
    '                            continue',
    `                        data_types.${m >= 10 ? 'add' : 'append'}(candidate or base)`,
    '                        break',
    '                    else:',
    `                        candidate = ${m >= 10 ? 'candidate or base' : 'base'}`,
    '            if len(data_types) > 1:',
    "                raise TypeError('%r: too many data types: %r' % (class_name, data_types))",
    '            elif data_types:',
    `                return data_types${m >= 10 ? '.pop()' : '[0]'}`,
    '            else:',
    '                return None',
    '        first_enum = bases[-1]',
    '        if not issubclass(first_enum, Enum):',
    '            raise TypeError("new enumerations should be created as "',
    '                    "`EnumName([mixin_type, ...] [data_type,] enum_type)`")',
    '        member_type = _find_data_type(bases) or object',
    '        if first_enum._member_names_:',
    '            raise TypeError("Cannot extend enumerations")',
    '        return member_type, first_enum',
    '    @staticmethod',
    '    def _find_new_(classdict, member_type, first_enum):',
    "        __new__ = classdict.get('__new__', None)",
    '        save_new = __new__ is not None',
    '        if __new__ is None:',
    "            for method in ('__new_member__', '__new__'):",
    '                for possible in (member_type, first_enum):',
    '                    target = getattr(possible, method, None)',
    '                    if target not in {None, None.__new__, object.__new__, Enum.__new__}:',
    '                        __new__ = target',
    '                        break',
    '                if __new__ is not None:',
    '                    break',
    '            else:',
    '                __new__ = object.__new__',
    '        if __new__ is object.__new__:',
    '            use_args = False',
    '        else:',
    '            use_args = True',
    '        return __new__, save_new, use_args',
    '',
    'class Enum(metaclass=EnumMeta):',
    '    """',
    '    Generic enumeration.',
    '',
    '    Derive from this class to define new enumerations.',
    '    """',
    '    def __new__(cls, value):',
    '        if type(value) is cls:',
    '            return value',
    '        try:',
    '            return cls._value2member_map_[value]',
    '        except KeyError:',
    '            pass',
    '        except TypeError:',
    '            for member in cls._member_map_.values():',
    '                if member._value_ == value:',
    '                    return member',
    '        try:',
    '            exc = None',
    '            result = cls._missing_(value)',
    '        except Exception as e:',
    '            exc = e',
    '            result = None',
    '        try:',
    '            if isinstance(result, cls):',
    '                return result',
    '            else:',
    `                ve_exc = ValueError("%r is not a valid %s" % (value, cls.${m >= 10 ? '__qualname__' : '__name__'}))`,
    '                if result is None and exc is None:',
    '                    raise ve_exc',
    '                elif exc is None:',
    '                    exc = TypeError(',
    "                            'error in %s._missing_: returned %r instead of None or a valid member'",
    '                            % (cls.__name__, result)',
    '                            )',
  );
  if (m >= 10) add('                if not isinstance(exc, ValueError):', '                    exc.__context__ = ve_exc');
  else add('                exc.__context__ = ve_exc');
  add('                raise exc',
    '        finally:',
    '            exc = None',
    '            ve_exc = None',
    '    def _generate_next_value_(name, start, count, last_values):',
    '        for last_value in reversed(last_values):',
    '            try:',
    '                return last_value + 1',
    '            except TypeError:',
    '                pass',
    '        else:',
    '            return start',
    '    @classmethod',
    '    def _missing_(cls, value):',
    '        return None',
    '    def __repr__(self):',
    '        return "<%s.%s: %r>" % (',
    '                self.__class__.__name__, self._name_, self._value_)',
    '    def __str__(self):',
    '        return "%s.%s" % (self.__class__.__name__, self._name_)',
    '    def __dir__(self):',
    '        added_behavior = [',
    '                m',
    '                for cls in self.__class__.mro()',
    '                for m in cls.__dict__',
    "                if m[0] != '_' and m not in self._member_map_",
    "                ] + [m for m in self.__dict__ if m[0] != '_']",
    "        return (['__class__', '__doc__', '__module__'] + added_behavior)",
    '    def __format__(self, format_spec):',
    '        str_overridden = type(self).__str__ is not Enum.__str__',
    '        if self._member_type_ is object or str_overridden:',
    '            cls = str',
    '            val = str(self)',
    '        else:',
    '            cls = self._member_type_',
    '            val = self._value_',
    '        return cls.__format__(val, format_spec)',
    '    def __hash__(self):',
    '        return hash(self._name_)',
    '    def __reduce_ex__(self, proto):',
    '        return self.__class__, (self._value_, )',
    '    @DynamicClassAttribute',
    '    def name(self):',
    '        """The name of the Enum member."""',
    '        return self._name_',
    '    @DynamicClassAttribute',
    '    def value(self):',
    '        """The value of the Enum member."""',
    '        return self._value_',
    '',
    'class IntEnum(int, Enum):',
    '    """Enum where members are also (and must be) ints"""',
  );
  return L.join('\n') + '\n';
}

/** enum.auto (set when the module's text has run). */
let autoType: PyObject | null = null;

/** What EnumMeta.__new__ does with the class body that HeapLens's plain-dict namespace cannot
 * check as _EnumDict.__setitem__ did: returns the member names (definition order) or stops.
 * `building`: the module's own Enum class (no members). */

function enumCheck(ns: PyObject, building: boolean): PyObject {
  const names: PyObject[] = [];
  if (building) return newList(names);
  const again = classBodyCode.get(ns)?.boundAgain ?? [];
  for (const [k, v] of dictEntries(ns)) {
    const key = k.v as string;
    // _EnumDict.__setitem__ raises TypeError for a member name bound again ("Attempted to reuse
    // key") and for a non-descriptor bound over an existing name ("already defined as"); the
    // plain dict HeapLens's body filled kept only the last value
    if (again.includes(key)) throw new NotSimulated(`the name '${key}' bound more than once in an Enum class body`, ST.line, `enum.py's _EnumDict refuses to bind a member name again (TypeError), which HeapLens's plain-dict class namespace does not reproduce`);
    const dunder = key.length > 4 && key.startsWith('__') && key.endsWith('__') && key[2] !== '_' && key[key.length - 3] !== '_';
    const sunder = key.length > 2 && key[0] === '_' && key[key.length - 1] === '_' && key[1] !== '_' && key[key.length - 2] !== '_';
    if (sunder && key !== '_generate_next_value_') throw new NotSimulated(`the _sunder_ name '${key}' in an Enum class body`, ST.line, WHY);
    if (sunder) continue;
    if (dunder) {
      if (['__new__', '__init__', '__reduce_ex__', '__init_subclass__', '__set_name__', '__class_getitem__'].includes(key)) throw new NotSimulated(`'${key}' in an Enum class body`, ST.line, WHY);
      continue;
    }
    const tn = typeName(v);
    if (v.t === autoType) {
      names.push(k);
      continue;
    }
    if (['int', 'str', 'float', 'bool', 'NoneType'].includes(tn)) {
      names.push(k);
      continue;
    }
    // (functions, properties, classmethods, staticmethods: descriptors, which _EnumDict leaves as attributes)
    const ti = v.t.v as TypeInfo;
    if (ti.descrGet !== null || ti.descrSet !== null || typeLookup(v.t, '__get__') !== null || typeLookup(v.t, '__set__') !== null || typeLookup(v.t, '__delete__') !== null) continue;
    throw new NotSimulated(`an Enum member whose value is a ${tn} ('${key}')`, ST.line, WHY);
  }
  // (HeapLens's EnumMeta is not enum.py's statement for statement: the collector's counts are unknown after it)
  pythonLevelCall('class definitions deriving from Enum', "an Enum class is built by enum.py's EnumMeta (Python code), whose temporary objects HeapLens reproduces only in part");
  return newList(names);
}

registerModule('enum', (mod) => {
  const md = mod.v as ModuleData;
  sourceModuleHeader(mod);
  // any other name of CPython's module is missing here: reading it stops the run
  md.partial = true;
  md.stops = new Map(publicNames().map((n) => [n, WHY]));
  const d = mod.d as PyObject;
  dictSetStr(d, '__builtins__', RT.builtins);
  bindImportedSys(d);
  // 3.11/3.12: from operator import or_ as _or_; from functools import reduce (the modules are
  // loaded, their functions bound: the measured attrRefs are the references besides these)
  if (P.minor === 11 || P.minor === 12) {
    const preloaded = importEffect(P, 'enum')?.preloaded === true;
    for (const [modName, attr, as] of [['operator', 'or_', '_or_'], ['functools', 'reduce', 'reduce']]) {
      const m = importModule(modName, ST.line);
      const v = dictGetStr(m.d as PyObject, attr);
      if (v === null) throw new NotSimulated(`${modName}.${attr} (imported by enum)`, ST.line);
      dictSetStr(d, as, v);
      // 3.11's start-up imported enum: the counts measured for operator's and functools' own
      // import already hold this reference
      if (preloaded) v.rc--;
      decref(m);
    }
  }
  if (!simulatesClasses()) return;
  const check = builtinFunction('_enum_check', (_self, args) => enumCheck(args[0], args[1] === S.True), 'enum');
  dictSetStr(d, '_enum_check', check);
  decref(check);
  const stop = builtinFunction('_stop', (_self, args) => {
    throw new NotSimulated(args[0].v as string, ST.line, WHY);
  }, 'enum');
  dictSetStr(d, '_stop', stop);
  decref(stop);
  // types.MappingProxyType(d) (mappingproxy_new: PyDictProxy_New over the dict)
  const proxy = builtinFunction('_mappingproxy', (_self, args) => newMappingProxy(args[0]), 'enum');
  dictSetStr(d, '_mappingproxy', proxy);
  decref(proxy);
  execText(source(), d, d, 'enum');
  autoType = dictGetStr(d, 'auto');
  // (CPython's methods have docstrings, which the compiled text leaves out)
  for (const name of ['EnumMeta', 'Enum']) {
    for (const [, f] of dictEntries(((dictGetStr(d, name) as PyObject).v as TypeInfo).dict)) {
      if (f.t === T.function) (f.v as FuncData).code.docOpaque = true;
    }
  }
  for (const name of ['DynamicClassAttribute', 'EnumMeta', 'Enum', 'IntEnum', 'auto']) {
    const cls = dictGetStr(d, name) as PyObject;
    constRefsUnknown.set(cls, "enum's module, its classes and their members hold references to it that HeapLens does not count one by one");
  }
});

type PyObject = import('../object').PyObject;
