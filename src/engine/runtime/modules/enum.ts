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
// count, and the collector's and the shared singletons' counts it leaves; on every version, Enum
// and IntEnum classes with auto() values: HeapLens compiles a Python text of the version's
// EnumMeta, Enum, IntEnum and auto (source() for 3.8/3.10, source311() for enum.py's 3.11
// rewrite: EnumType, enum.property, _proto_member whose __set_name__ makes each member, ReprEnum;
// enum.py's statements for the simulated subset) and runs it as program code, so the members, the
// class dict entries (_member_names_, _member_map_, _member_type_, _value2member_map_, __new__;
// 3.11+ _new_member_, _use_args_, _unhashable_values_, _value_repr_, 3.13
// _unhashable_values_map_), each member's __dict__ (_value_, _name_, __objclass__, 3.11+
// _sort_order_, in that order), the references they hold, their sizes, the collections that free
// them, and the frames and exceptions of lookups are CPython's. What stops: class bodies outside
// the subset (enumCheck), the functional API, mixins other than int and str, 3.11/3.12's deprecated auto()
// fallback, a member named like a base class's attribute (enum.py's redirect property), and every
// other name of the module (EnumMeta/EnumType, member, verify, ...). enum.unique, Flag and IntFlag
// (flagSource/flagSource311: with their helpers and 3.11+'s FlagBoundary) and 3.11+'s StrEnum are
// enum.py's own text, compiled with the classes.
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
import { newMappingProxy, classBodyCode, enumNamespaces } from '../classes';
import { newInt } from '../numbers';

const WHY = "enum's classes are built by Lib/enum.py's metaclass (Python code); HeapLens simulates Enum, IntEnum, StrEnum, Flag and IntFlag subclasses (and Enum mixed with str) whose members have plain values (int, str, float, bool, None, auto()), enum.unique and 3.11+'s FlagBoundary";

/** types.DynamicClassAttribute's body after its docstring (the same in every version's enum text). */
const DCA_BODY: readonly string[] = [
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
];

/** enum.unique, the same function in every version's enum.py. */
const UNIQUE: readonly string[] = [
  '',
  'def unique(enumeration):',
  '    """',
  '    Class decorator for enumerations ensuring unique member values.',
  '    """',
  '    duplicates = []',
  '    for name, member in enumeration.__members__.items():',
  '        if name != member.name:',
  '            duplicates.append((name, member.name))',
  '    if duplicates:',
  "        alias_details = ', '.join(",
  '                ["%s -> %s" % (alias, name) for (alias, name) in duplicates])',
  "        raise ValueError('duplicate values found in %r: %s' %",
  '                (enumeration, alias_details))',
  '    return enumeration',
];

/** The names of enum.py's public API per version (reading one stops the run; 3.8/3.10's Enum is simulated). */
function publicNames(): string[] {
  const names = ['EnumMeta'];
  if (P.minor >= 11) {
    names.push('EnumType', 'EnumCheck', 'verify', 'member', 'nonmember', 'property', 'global_enum',
      'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE', 'global_flag_repr', 'global_enum_repr', 'global_str', 'pickle_by_enum_name', 'pickle_by_global_name');
  }
  if (P.minor >= 13) names.push('EnumDict');
  return names;
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
  add('_enum_built_ = False',
    'class DynamicClassAttribute:',
    ...dcaDoc,
    ...DCA_BODY,
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
    '        _enum_ns_(enum_dict)',
    '        member_type, first_enum = metacls._get_mixins_(cls, bases)',
    '        if first_enum is not None:',
    "            enum_dict['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)",
    '        return enum_dict',
    `    def __new__(metacls, cls, bases, classdict${m >= 10 ? ', **kwds' : ''}):`,
    '        member_names = _enum_check(classdict, not _enum_built_)',
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
    '        if member_type is not object and member_type is not int and member_type is not str:',
    "            _stop('an Enum class mixed with %s (mixins other than int and str)' % member_type.__name__)",
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
    '        str_overridden = type(self).__str__ not in (Enum.__str__, Flag.__str__)',
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
    ...flagSource(),
    ...UNIQUE,
    '_enum_built_ = True',
  );
  return L.join('\n') + '\n';
}

/** The Python text of 3.8/3.10's Flag and IntFlag (enum.py's statements; the functions'
 * docstrings are left out as for Enum's) and the helpers they call. 3.10's _decompose iterates
 * the class's canonical members and then the power-of-two pseudo-members; 3.8's scans a list of
 * _value2member_map_'s items. */
function flagSource(): string[] {
  const m = P.minor;
  const qn = m >= 10 ? '__qualname__' : '__name__';
  const L: string[] = [
    '',
    'class Flag(Enum):',
    '    """',
    '    Support for flags',
    '    """',
    '    def _generate_next_value_(name, start, count, last_values):',
    '        if not count:',
    '            return start if start is not None else 1',
    '        for last_value in reversed(last_values):',
    '            try:',
    '                high_bit = _high_bit(last_value)',
    '                break',
    '            except Exception:',
    "                raise TypeError('Invalid Flag value: %r' % last_value) from None",
    '        return 2 ** (high_bit+1)',
    '    @classmethod',
    '    def _missing_(cls, value):',
    '        original_value = value',
    '        if value < 0:',
    '            value = ~value',
    '        possible_member = cls._create_pseudo_member_(value)',
    '        if original_value < 0:',
    '            possible_member = ~possible_member',
    '        return possible_member',
    '    @classmethod',
    '    def _create_pseudo_member_(cls, value):',
    '        pseudo_member = cls._value2member_map_.get(value, None)',
    '        if pseudo_member is None:',
    '            _, extra_flags = _decompose(cls, value)',
    '            if extra_flags:',
    `                raise ValueError("%r is not a valid %s" % (value, cls.${qn}))`,
    '            pseudo_member = object.__new__(cls)',
    '            pseudo_member._name_ = None',
    '            pseudo_member._value_ = value',
    '            pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)',
    '        return pseudo_member',
    '    def __contains__(self, other):',
    '        if not isinstance(other, self.__class__):',
    '            raise TypeError(',
    '                "unsupported operand type(s) for \'in\': \'%s\' and \'%s\'" % (',
    '                    type(other).__qualname__, self.__class__.__qualname__))',
    '        return other._value_ & self._value_ == other._value_',
    '    def __repr__(self):',
    '        cls = self.__class__',
    '        if self._name_ is not None:',
    "            return '<%s.%s: %r>' % (cls.__name__, self._name_, self._value_)",
    '        members, uncovered = _decompose(cls, self._value_)',
    "        return '<%s.%s: %r>' % (",
    '                cls.__name__,',
    "                '|'.join([str(m._name_ or m._value_) for m in members]),",
    '                self._value_,',
    '                )',
    '    def __str__(self):',
    '        cls = self.__class__',
    '        if self._name_ is not None:',
    "            return '%s.%s' % (cls.__name__, self._name_)",
    '        members, uncovered = _decompose(cls, self._value_)',
    '        if len(members) == 1 and members[0]._name_ is None:',
    "            return '%s.%r' % (cls.__name__, members[0]._value_)",
    '        else:',
    "            return '%s.%s' % (",
    '                    cls.__name__,',
    "                    '|'.join([str(m._name_ or m._value_) for m in members]),",
    '                    )',
    '    def __bool__(self):',
    '        return bool(self._value_)',
  ];
  for (const [op, sym] of [['or', '|'], ['and', '&'], ['xor', '^']]) {
    L.push(`    def __${op}__(self, other):`,
      '        if not isinstance(other, self.__class__):',
      '            return NotImplemented',
      `        return self.__class__(self._value_ ${sym} other._value_)`);
  }
  L.push('    def __invert__(self):',
    '        members, uncovered = _decompose(self.__class__, self._value_)',
    '        inverted = self.__class__(0)',
    '        for m in self.__class__:',
    '            if m not in members and not (m._value_ & self._value_):',
    '                inverted = inverted | m',
    '        return self.__class__(inverted)',
    '',
    'class IntFlag(int, Flag):',
    '    """',
    '    Support for integer-based Flags',
    '    """',
    '    @classmethod',
    '    def _missing_(cls, value):',
    '        if not isinstance(value, int):',
    `            raise ValueError("%r is not a valid %s" % (value, cls.${qn}))`,
    '        new_member = cls._create_pseudo_member_(value)',
    '        return new_member',
    '    @classmethod',
    '    def _create_pseudo_member_(cls, value):',
    '        pseudo_member = cls._value2member_map_.get(value, None)',
    '        if pseudo_member is None:',
    '            need_to_create = [value]',
    '            _, extra_flags = _decompose(cls, value)',
    '            while extra_flags:',
    '                bit = _high_bit(extra_flags)',
    '                flag_value = 2 ** bit',
    '                if (flag_value not in cls._value2member_map_ and',
    '                        flag_value not in need_to_create',
    '                        ):',
    '                    need_to_create.append(flag_value)',
    '                if extra_flags == -flag_value:',
    '                    extra_flags = 0',
    '                else:',
    '                    extra_flags ^= flag_value',
    '            for value in reversed(need_to_create):',
    '                pseudo_member = int.__new__(cls, value)',
    '                pseudo_member._name_ = None',
    '                pseudo_member._value_ = value',
    '                pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)',
    '        return pseudo_member',
    '    def __or__(self, other):',
    '        if not isinstance(other, (self.__class__, int)):',
    '            return NotImplemented',
    '        result = self.__class__(self._value_ | self.__class__(other)._value_)',
    '        return result',
    '    def __and__(self, other):',
    '        if not isinstance(other, (self.__class__, int)):',
    '            return NotImplemented',
    '        return self.__class__(self._value_ & self.__class__(other)._value_)',
    '    def __xor__(self, other):',
    '        if not isinstance(other, (self.__class__, int)):',
    '            return NotImplemented',
    '        return self.__class__(self._value_ ^ self.__class__(other)._value_)',
    '    __ror__ = __or__',
    '    __rand__ = __and__',
    '    __rxor__ = __xor__',
    '    def __invert__(self):',
    '        result = self.__class__(~self._value_)',
    '        return result',
    '',
    'def _high_bit(value):',
    '    return value.bit_length() - 1',
    '',
    'def _decompose(flag, value):',
    '    not_covered = value',
    '    negative = value < 0');
  if (m >= 10) {
    L.push('    members = []',
      '    for member in flag:',
      '        member_value = member.value',
      '        if member_value and member_value & value == member_value:',
      '            members.append(member)',
      '            not_covered &= ~member_value',
      '    if not negative:',
      '        tmp = not_covered',
      '        while tmp:',
      '            flag_value = 2 ** _high_bit(tmp)',
      '            if flag_value in flag._value2member_map_:',
      '                members.append(flag._value2member_map_[flag_value])',
      '                not_covered &= ~flag_value',
      '            tmp &= ~flag_value');
  } else {
    L.push('    if negative:',
      '        flags_to_check = [',
      '                (m, v)',
      '                for v, m in list(flag._value2member_map_.items())',
      '                if m.name is not None',
      '                ]',
      '    else:',
      '        flags_to_check = [',
      '                (m, v)',
      '                for v, m in list(flag._value2member_map_.items())',
      '                if m.name is not None or _power_of_two(v)',
      '                ]',
      '    members = []',
      '    for member, member_value in flags_to_check:',
      '        if member_value and member_value & value == member_value:',
      '            members.append(member)',
      '            not_covered &= ~member_value');
  }
  L.push('    if not members and value in flag._value2member_map_:',
    '        members.append(flag._value2member_map_[value])',
    '    members.sort(key=lambda m: m._value_, reverse=True)',
    '    if len(members) > 1 and members[0].value == value:',
    '        members.pop(0)',
    '    return members, not_covered');
  if (m < 10) {
    L.push('',
      'def _power_of_two(value):',
      '    if value < 1:',
      '        return False',
      '    return value == 2 ** _high_bit(value)');
  }
  return L;
}

/** enum.auto (set when the module's text has run). */
let autoType: PyObject | null = null;
/** The dict of the enum module whose text is running (set while it runs). */
let enumDict: PyObject | null = null;

/** What EnumMeta.__new__ does with the class body that HeapLens's plain-dict namespace cannot
 * check as _EnumDict.__setitem__ did: returns the member names (definition order) or stops.
 * `building`: the module's own Enum class (no members). */

function enumCheck(ns: PyObject, building: boolean, quiet = false): PyObject {
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
    // (3.11+: a private name, _Cls__x, is a plain attribute, not a member)
    if (P.minor >= 11 && !dunder && /^_[^_].*__/.test(key)) throw new NotSimulated(`the private name '${key}' in an Enum class body`, ST.line, WHY);
    if (sunder && key !== '_generate_next_value_') throw new NotSimulated(`the _sunder_ name '${key}' in an Enum class body`, ST.line, WHY);
    if (sunder) continue;
    if (dunder) {
      if (['__new__', '__init__', '__reduce_ex__', '__init_subclass__', '__set_name__', '__class_getitem__'].includes(key)) throw new NotSimulated(`'${key}' in an Enum class body`, ST.line, WHY);
      continue;
    }
    const tn = typeName(v);
    // (the module's own FlagBoundary is built while the text runs, before autoType is set)
    if (v.t === (autoType ?? (enumDict === null ? null : dictGetStr(enumDict, 'auto')))) {
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
  // (HeapLens's EnumMeta is not enum.py's statement for statement: the collector's counts are
  // unknown after it; `quiet`: the module's own FlagBoundary, built while enum is imported)
  if (!quiet) pythonLevelCall('class definitions deriving from Enum', "an Enum class is built by enum.py's EnumMeta (Python code), whose temporary objects HeapLens reproduces only in part");
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
  const check = builtinFunction('_enum_check', (_self, args) => enumCheck(args[0], args[1] === S.True, args.length > 2 && args[2] === S.True), 'enum');
  dictSetStr(d, '_enum_check', check);
  decref(check);
  const mark = builtinFunction('_enum_ns_', (_self, args) => {
    enumNamespaces.add(args[0]);
    return S.None;
  }, 'enum');
  dictSetStr(d, '_enum_ns_', mark);
  decref(mark);
  const stop = builtinFunction('_stop', (_self, args) => {
    throw new NotSimulated(args[0].v as string, ST.line, WHY);
  }, 'enum');
  dictSetStr(d, '_stop', stop);
  decref(stop);
  // types.MappingProxyType(d) (mappingproxy_new: PyDictProxy_New over the dict)
  const proxy = builtinFunction('_mappingproxy', (_self, args) => newMappingProxy(args[0]), 'enum');
  dictSetStr(d, '_mappingproxy', proxy);
  decref(proxy);
  enumDict = d;
  autoType = null;
  try {
    execText(P.minor >= 11 ? source311() : source(), d, d, 'enum');
  } finally {
    enumDict = null;
  }
  autoType = dictGetStr(d, 'auto');
  // (CPython's methods have docstrings, which the compiled text leaves out)
  const classes = P.minor >= 11 ? ['DynamicClassAttribute', 'auto', 'property', '_proto_member', 'EnumType', 'Enum', 'ReprEnum', 'IntEnum', 'StrEnum', 'FlagBoundary', 'Flag', 'IntFlag'] : ['DynamicClassAttribute', 'EnumMeta', 'Enum', 'IntEnum', 'Flag', 'IntFlag', 'auto'];
  for (const name of classes) {
    for (const [, f] of dictEntries(((dictGetStr(d, name) as PyObject).v as TypeInfo).dict)) {
      if (f.t === T.function) (f.v as FuncData).code.docOpaque = true;
    }
  }
  // 3.13's classes record the line of their statement in enum.py (types.py for DynamicClassAttribute)
  if (P.minor >= 13) {
    const lines: Record<string, number> = { DynamicClassAttribute: 176, auto: 175, property: 185, _proto_member: 242, EnumType: 469, Enum: 1098, ReprEnum: 1328, IntEnum: 1334, StrEnum: 1340, FlagBoundary: 1383, Flag: 1398, IntFlag: 1630 };
    for (const [name, line] of Object.entries(lines)) {
      const ti = (dictGetStr(d, name) as PyObject).v as TypeInfo;
      const v = newInt(line);
      dictSetStr(ti.dict, '__firstlineno__', v);
      decref(v);
    }
  }
  for (const name of classes) {
    const cls = dictGetStr(d, name) as PyObject;
    constRefsUnknown.set(cls, "enum's module, its classes and their members hold references to it that HeapLens does not count one by one");
  }
});

/** The Python text of 3.11-3.13's FlagBoundary, Flag and IntFlag (enum.py's statements; the
 * functions' docstrings are left out) and the helpers they call (_is_single_bit, _iter_bits_lsb,
 * show_flag_values, enum.bin, _high_bit). FlagBoundary's members are made while enum is imported,
 * as CPython's are (`_enum_quiet_`: the collector's counts stay known). 3.13's binary operators
 * refuse a flag whose value is None (_get_value). */
function flagSource311(): string[] {
  const m = P.minor;
  const L: string[] = [
    '',
    'def _is_single_bit(num):',
    '    if num == 0:',
    '        return False',
    '    num &= num - 1',
    '    return num == 0',
    '',
    'def _iter_bits_lsb(num):',
    '    original = num',
    '    if isinstance(num, Enum):',
    '        num = num.value',
    '    if num < 0:',
    "        raise ValueError('%r is not a positive integer' % original)",
    '    while num:',
    '        b = num & (~num + 1)',
    '        yield b',
    '        num ^= b',
    '',
    'def show_flag_values(value):',
    '    return list(_iter_bits_lsb(value))',
    '',
    '_bltin_bin = bin',
    'def bin(num, max_bits=None):',
    '    ceiling = 2 ** (num).bit_length()',
    '    if num >= 0:',
    "        s = _bltin_bin(num + ceiling).replace('1', '0', 1)",
    '    else:',
    '        s = _bltin_bin(~num ^ (ceiling - 1) + ceiling)',
    '    sign = s[:3]',
    '    digits = s[3:]',
    '    if max_bits is not None:',
    '        if len(digits) < max_bits:',
    '            digits = (sign[-1] * max_bits + digits)[-max_bits:]',
    '    return "%s %s" % (sign, digits)',
    '',
    '_enum_built_ = True',
    '_enum_quiet_ = True',
    'class FlagBoundary(StrEnum):',
    ...doc311(['control how out of range values are handled',
      '"strict" -> error is raised             [default for Flag]',
      '"conform" -> extra bits are discarded',
      '"eject" -> lose flag status',
      '"keep" -> keep flag status and all bits [default for IntFlag]']),
    '    STRICT = auto()',
    '    CONFORM = auto()',
    '    EJECT = auto()',
    '    KEEP = auto()',
    'STRICT, CONFORM, EJECT, KEEP = FlagBoundary',
    '_enum_built_ = False',
    '_enum_quiet_ = False',
    '',
    'class Flag(Enum, boundary=STRICT):',
    ...doc311(['Support for flags']),
    '    _numeric_repr_ = repr',
    ...(m >= 12 ? ['    @staticmethod'] : []),
    '    def _generate_next_value_(name, start, count, last_values):',
    '        if not count:',
    '            return start if start is not None else 1',
    '        last_value = max(last_values)',
    '        try:',
    '            high_bit = _high_bit(last_value)',
    '        except Exception:',
    "            raise TypeError('invalid flag value %r' % last_value) from None",
    '        return 2 ** (high_bit+1)',
    '    @classmethod',
    '    def _iter_member_by_value_(cls, value):',
    '        for val in _iter_bits_lsb(value & cls._flag_mask_):',
    '            yield cls._value2member_map_.get(val)',
    '    _iter_member_ = _iter_member_by_value_',
    '    @classmethod',
    '    def _iter_member_by_def_(cls, value):',
    '        yield from sorted(',
    '                cls._iter_member_by_value_(value),',
    '                key=lambda m: m._sort_order_,',
    '                )',
    '    @classmethod',
    '    def _missing_(cls, value):',
    '        if not isinstance(value, int):',
    '            raise ValueError(',
    '                    "%r is not a valid %s" % (value, cls.__qualname__)',
    '                    )',
    '        flag_mask = cls._flag_mask_',
    '        singles_mask = cls._singles_mask_',
    '        all_bits = cls._all_bits_',
    '        neg_value = None',
    '        if (',
    '                not ~all_bits <= value <= all_bits',
    '                or value & (all_bits ^ flag_mask)',
    '            ):',
    '            if cls._boundary_ is STRICT:',
    '                max_bits = max(value.bit_length(), flag_mask.bit_length())',
    '                raise ValueError(',
    '                        "%r invalid value %r\\n    given %s\\n  allowed %s" % (',
    '                            cls, value, bin(value, max_bits), bin(flag_mask, max_bits),',
    '                            ))',
    '            elif cls._boundary_ is CONFORM:',
    '                value = value & flag_mask',
    '            elif cls._boundary_ is EJECT:',
    '                return value',
    '            elif cls._boundary_ is KEEP:',
    '                if value < 0:',
    '                    value = (',
    '                            max(all_bits+1, 2**(value.bit_length()))',
    '                            + value',
    '                            )',
    '            else:',
    '                raise ValueError(',
    "                        '%r unknown flag boundary %r' % (cls, cls._boundary_, )",
    '                        )',
    '        if value < 0:',
    '            neg_value = value',
    '            value = all_bits + 1 + value',
    '        unknown = value & ~flag_mask',
    '        aliases = value & ~singles_mask',
    '        member_value = value & singles_mask',
    '        if unknown and cls._boundary_ is not KEEP:',
    '            raise ValueError(',
    "                    '%s(%r) -->  unknown values %r [%s]'",
    '                    % (cls.__name__, value, unknown, bin(unknown))',
    '                    )',
    '        if cls._member_type_ is object:',
    '            pseudo_member = object.__new__(cls)',
    '        else:',
    '            pseudo_member = cls._member_type_.__new__(cls, value)',
    "        if not hasattr(pseudo_member, '_value_'):",
    '            pseudo_member._value_ = value',
    '        if member_value or aliases:',
    '            members = []',
    '            combined_value = 0',
    '            for m in cls._iter_member_(member_value):',
    '                members.append(m)',
    '                combined_value |= m._value_',
    '            if aliases:',
    '                value = member_value | aliases',
    '                for n, pm in cls._member_map_.items():',
    '                    if pm not in members and pm._value_ and pm._value_ & value == pm._value_:',
    '                        members.append(pm)',
    '                        combined_value |= pm._value_',
    '            unknown = value ^ combined_value',
    "            pseudo_member._name_ = '|'.join([m._name_ for m in members])",
    '            if not combined_value:',
    '                pseudo_member._name_ = None',
    '            elif unknown and cls._boundary_ is STRICT:',
    "                raise ValueError('%r: no members with value %r' % (cls, unknown))",
    '            elif unknown:',
    "                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown)",
    '        else:',
    '            pseudo_member._name_ = None',
    '        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)',
    '        if neg_value is not None:',
    '            cls._value2member_map_[neg_value] = pseudo_member',
    '        return pseudo_member',
    '    def __contains__(self, other):',
    '        if not isinstance(other, self.__class__):',
    '            raise TypeError(',
    '                "unsupported operand type(s) for \'in\': %r and %r" % (',
    '                    type(other).__qualname__, self.__class__.__qualname__))',
    '        return other._value_ & self._value_ == other._value_',
    '    def __iter__(self):',
    '        yield from self._iter_member_(self._value_)',
    '    def __len__(self):',
    '        return self._value_.bit_count()',
    '    def __repr__(self):',
    '        cls_name = self.__class__.__name__',
    '        v_repr = self.__class__._value_repr_ or repr',
    '        if self._name_ is None:',
    '            return "<%s: %s>" % (cls_name, v_repr(self._value_))',
    '        else:',
    '            return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))',
    '    def __str__(self):',
    '        cls_name = self.__class__.__name__',
    '        if self._name_ is None:',
    "            return '%s(%r)' % (cls_name, self._value_)",
    '        else:',
    '            return "%s.%s" % (cls_name, self._name_)',
    '    def __bool__(self):',
    '        return bool(self._value_)',
  ];
  if (m >= 13) {
    L.push('    def _get_value(self, flag):',
      '        if isinstance(flag, self.__class__):',
      '            return flag._value_',
      '        elif self._member_type_ is not object and isinstance(flag, self._member_type_):',
      '            return flag',
      '        return NotImplemented');
  }
  for (const [op, sym] of [['or', '|'], ['and', '&'], ['xor', '^']]) {
    L.push(`    def __${op}__(self, other):`);
    if (m >= 13) {
      L.push('        other_value = self._get_value(other)',
        '        if other_value is NotImplemented:',
        '            return NotImplemented',
        '        for flag in self, other:',
        '            if self._get_value(flag) is None:',
        `                raise TypeError(f"'{flag}' cannot be combined with other flags with ${sym}")`,
        '        value = self._value_',
        `        return self.__class__(value ${sym} other_value)`);
    } else {
      L.push('        if isinstance(other, self.__class__):',
        '            other = other._value_',
        '        elif self._member_type_ is not object and isinstance(other, self._member_type_):',
        '            other = other',
        '        else:',
        '            return NotImplemented',
        '        value = self._value_',
        `        return self.__class__(value ${sym} other)`);
    }
  }
  L.push('    def __invert__(self):');
  if (m >= 13) {
    L.push('        if self._get_value(self) is None:',
      `            raise TypeError(f"'{self}' cannot be inverted")`);
  }
  L.push('        if self._inverted_ is None:',
    '            if self._boundary_ in (EJECT, KEEP):',
    '                self._inverted_ = self.__class__(~self._value_)',
    '            else:',
    '                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)',
    '        return self._inverted_',
    '    __rand__ = __and__',
    '    __ror__ = __or__',
    '    __rxor__ = __xor__',
    '',
    'class IntFlag(int, ReprEnum, Flag, boundary=KEEP):',
    ...doc311(['Support for integer-based Flags']),
    '',
    'def _high_bit(value):',
    '    return value.bit_length() - 1');
  return L;
}

/** The docstring lines of a class of 3.11+'s enum.py (3.13 strips their common indentation). */
function doc311(lines: string[]): string[] {
  const ind = P.minor >= 13 ? '' : '    ';
  return ['    """', ...lines.map((l) => (l === '' ? '' : ind + l)), ind + '"""'];
}

/** The Python text HeapLens compiles for 3.11-3.13's Enum (enum.py's rewrite): the statements of
 * the version's auto, enum.property, _proto_member, EnumType, Enum, ReprEnum and IntEnum for the
 * subset HeapLens simulates (and types.DynamicClassAttribute). As for 3.8/3.10, __prepare__ returns
 * a plain dict and EnumType.__new__ finds the member names and resolves auto() values as
 * _EnumDict.__setitem__ did (enumCheck); enum.py's `Flag is not None` branches are compiled
 * (the masks, the alias rule, the Flag operators, _iter_member_, the class repr, EJECT); a member
 * whose name a base class defines (enum's redirect property) stops. */
function source311(): string {
  const m = P.minor;
  const L: string[] = [];
  const add = (...lines: string[]): void => {
    L.push(...lines);
  };
  add('_enum_built_ = False', '_enum_quiet_ = False');
  add('class DynamicClassAttribute:',
    '    """Route attribute access on a class to __getattr__.',
    '',
    '    This is a descriptor, used to define attributes that act differently when',
    '    accessed through an instance and through a class.  Instance access remains',
    "    normal, but access to an attribute through a class will be routed to the",
    "    class's __getattr__ method; this is done by raising AttributeError.",
    '',
    '    This allows one to have properties active on an instance, and have virtual',
    '    attributes on the class with the same name.  (Enum used this between Python',
    '    versions 3.4 - 3.9 .)',
    '',
    '    Subclass from this to use a different method of accessing virtual attributes',
    '    and still be treated properly by the inspect module. (Enum uses this since',
    '    Python 3.10 .)',
    '',
    '    """',
    ...DCA_BODY,
    '',
    'Enum = Flag = EJECT = _stdlib_enums = ReprEnum = None',
    '_builtin_property = property',
    '',
    'def _is_descriptor(obj):',
    "    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__'))",
    'def _is_dunder(name):',
    "    return (len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_')",
    '',
    'class _auto_null:',
    '    def __repr__(self):',
    "        return '_auto_null'",
    '_auto_null = _auto_null()',
    ...(m >= 13 ? ['class _not_given:', '    def __repr__(self):', "        return('<not given>')", '_not_given = _not_given()'] : []),
    '',
    'class auto:',
    ...doc311(['Instances are replaced with an appropriate value in Enum class suites.']),
    '    def __init__(self, value=_auto_null):',
    '        self.value = value',
    '    def __repr__(self):',
    '        return "auto(%r)" % self.value',
    '',
    'class property(DynamicClassAttribute):',
    ...doc311(['This is a descriptor, used to define attributes that act differently',
      'when accessed through an enum member and through an enum class.',
      'Instance access is the same as property(), but access to an attribute',
      "through the enum class will instead look in the class' _member_map_ for",
      'a corresponding enum member.']),
  );
  if (m >= 12) {
    add('    member = None',
      '    _attr_type = None',
      '    _cls_type = None',
      '    def __get__(self, instance, ownerclass=None):',
      '        if instance is None:',
      '            if self.member is not None:',
      '                return self.member',
      '            else:',
      "                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))",
      '        if self.fget is not None:',
      '            return self.fget(instance)',
      "        elif self._attr_type == 'attr':",
      '            return getattr(self._cls_type, self.name)',
      "        elif self._attr_type == 'desc':",
      '            return getattr(instance._value_, self.name)',
      '        try:',
      '            return ownerclass._member_map_[self.name]',
      '        except KeyError:',
      "            raise AttributeError('%r has no attribute %r' % (ownerclass, self.name)) from None",
      '    def __set__(self, instance, value):',
      '        if self.fset is not None:',
      '            return self.fset(instance, value)',
      '        raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))',
      '    def __delete__(self, instance):',
      '        if self.fdel is not None:',
      '            return self.fdel(instance)',
      '        raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))');
  } else {
    add('    def __get__(self, instance, ownerclass=None):',
      '        if instance is None:',
      '            try:',
      '                return ownerclass._member_map_[self.name]',
      '            except KeyError:',
      "                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))",
      '        else:',
      '            if self.fget is None:',
      '                try:',
      '                    return ownerclass._member_map_[self.name]',
      '                except KeyError:',
      "                    raise AttributeError('%r has no attribute %r' % (ownerclass, self.name)) from None",
      '            else:',
      '                return self.fget(instance)',
      '    def __set__(self, instance, value):',
      '        if self.fset is None:',
      '            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))',
      '        else:',
      '            return self.fset(instance, value)',
      '    def __delete__(self, instance):',
      '        if self.fdel is None:',
      '            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))',
      '        else:',
      '            return self.fdel(instance)');
  }
  add('    def __set_name__(self, ownerclass, name):',
    '        self.name = name',
    '        self.clsname = ownerclass.__name__',
    '',
    'class _proto_member:',
    ...doc311(['intermediate step for enum members between class execution and final creation']),
    '    def __init__(self, value):',
    '        self.value = value',
    '    def __set_name__(self, enum_class, member_name):',
    '        delattr(enum_class, member_name)',
    '        value = self.value',
    '        if not isinstance(value, tuple):',
    '            args = (value, )',
    '        else:',
    '            args = value',
    '        if enum_class._member_type_ is tuple:',
    '            args = (args, )',
    '        if not enum_class._use_args_:',
    '            enum_member = enum_class._new_member_(enum_class)',
    '        else:',
    '            enum_member = enum_class._new_member_(enum_class, *args)',
    "        if not hasattr(enum_member, '_value_'):",
    '            if enum_class._member_type_ is object:',
    '                enum_member._value_ = value',
    '            else:',
    '                try:',
    '                    enum_member._value_ = enum_class._member_type_(*args)',
    '                except Exception as exc:',
    "                    new_exc = TypeError('_value_ not set in __new__, unable to create it')",
    '                    new_exc.__cause__ = exc',
    '                    raise new_exc',
    '        value = enum_member._value_',
    '        enum_member._name_ = member_name',
    '        enum_member.__objclass__ = enum_class',
    '        enum_member.__init__(*args)',
    '        enum_member._sort_order_ = len(enum_class._member_names_)',
    '        if Flag is not None and issubclass(enum_class, Flag):',
    ...(m >= 13 ? ['            if isinstance(value, int):', '                enum_class._flag_mask_ |= value', '                if _is_single_bit(value):', '                    enum_class._singles_mask_ |= value']
      : ['            enum_class._flag_mask_ |= value', '            if _is_single_bit(value):', '                enum_class._singles_mask_ |= value']),
    '            enum_class._all_bits_ = 2 ** ((enum_class._flag_mask_).bit_length()) - 1',
    '        try:',
    '            try:',
    '                enum_member = enum_class._value2member_map_[value]',
    '            except TypeError:',
    '                for name, canonical_member in enum_class._member_map_.items():',
    '                    if canonical_member._value_ == value:',
    '                        enum_member = canonical_member',
    '                        break',
    '                else:',
    '                    raise KeyError',
    '        except KeyError:',
    '            if (Flag is None or not issubclass(enum_class, Flag)):',
    '                enum_class._member_names_.append(member_name)',
    `            elif (Flag is not None and issubclass(enum_class, Flag)${m >= 13 ? ' and isinstance(value, int)' : ''} and _is_single_bit(value)):`,
    '                enum_class._member_names_.append(member_name)',
  );
  if (m >= 13) add('        enum_class._add_member_(member_name, enum_member)');
  else {
    add('        for base in enum_class.__mro__[1:]:',
      '            if base.__dict__.get(member_name) is not None:',
      "                _stop('an Enum member named like an attribute of a base class (%r; enum.py redirects it through a property)' % member_name)",
      '        setattr(enum_class, member_name, enum_member)',
      '        enum_class._member_map_[member_name] = enum_member');
  }
  add('        try:',
    '            enum_class._value2member_map_.setdefault(value, enum_member)',
    '        except TypeError:',
    '            enum_class._unhashable_values_.append(value)');
  if (m >= 13) add('            enum_class._unhashable_values_map_.setdefault(member_name, []).append(value)');
  add('',
    'class EnumType(type):',
    ...doc311(['Metaclass for Enum']),
    '    @classmethod',
    '    def __prepare__(metacls, cls, bases, **kwds):',
    '        metacls._check_for_existing_members_(cls, bases)',
    '        enum_dict = {}',
    '        _enum_ns_(enum_dict)',
    '        member_type, first_enum = metacls._get_mixins_(cls, bases)',
    '        if first_enum is not None:',
    "            enum_dict['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)",
    '        return enum_dict',
    '    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):',
    '        if _simple:',
    "            _stop('EnumType(..., _simple=True)')",
    // (the module's own classes are enum.py's: StrEnum defines __new__ and _generate_next_value_)
    "        if _enum_built_ and bases and classdict.get('_generate_next_value_') is not getattr(bases[-1], '_generate_next_value_', None):",
    "            _stop('_generate_next_value_ defined in an Enum class body')",
    '        member_names = _enum_check(classdict, not _enum_built_, _enum_quiet_)',
    // (what _EnumDict.__setitem__ did with auto() values as the body assigned them)
    '        _last_values = []',
    "        _gnv_ = classdict.get('_generate_next_value_')",
    '        for _count, key in enumerate(member_names):',
    '            value = classdict[key]',
    '            if isinstance(value, auto):',
    '                if value.value == _auto_null:',
    '                    value.value = _gnv_(key, 1, _count, _last_values[:])',
    '                value = value.value',
    '                classdict[key] = value',
    '            _last_values.append(value)',
    "        classdict.setdefault('_ignore_', []).append('_ignore_')",
    "        ignore = classdict['_ignore_']",
    '        for key in ignore:',
    '            classdict.pop(key, None)',
    "        invalid_names = set(member_names) & {'mro', ''}",
    '        if invalid_names:',
    "            raise ValueError('invalid enum member name(s) %s'  % (','.join(repr(n) for n in invalid_names)))",
    "        _order_ = classdict.pop('_order_', None)",
  );
  if (m >= 12) {
    add("        _gnv = classdict.get('_generate_next_value_')",
      '        if _gnv is not None and type(_gnv) is not staticmethod:',
      '            _gnv = staticmethod(_gnv)',
      '        classdict = dict(classdict.items())',
      '        if _gnv is not None:',
      "            classdict['_generate_next_value_'] = _gnv");
  } else add('        classdict = dict(classdict.items())');
  add('        member_type, first_enum = metacls._get_mixins_(cls, bases)',
    '        if member_type is not object and member_type is not int and member_type is not str:',
    "            _stop('an Enum class mixed with %s (mixins other than int and str)' % member_type.__name__)",
    '        __new__, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)',
    "        classdict['_new_member_'] = __new__",
    "        classdict['_use_args_'] = use_args",
    '        for name in member_names:',
    '            value = classdict[name]',
    '            classdict[name] = _proto_member(value)',
    "        classdict['_member_names_'] = []",
    "        classdict['_member_map_'] = {}",
    "        classdict['_value2member_map_'] = {}",
    "        classdict['_unhashable_values_'] = []",
  );
  if (m >= 13) add("        classdict['_unhashable_values_map_'] = {}");
  add("        classdict['_member_type_'] = member_type",
    "        classdict['_value_repr_'] = metacls._find_data_repr_(cls, bases)",
    "        classdict['_boundary_'] = (boundary or getattr(first_enum, '_boundary_', None))",
    "        classdict['_flag_mask_'] = 0",
    "        classdict['_singles_mask_'] = 0",
    "        classdict['_all_bits_'] = 0",
    "        classdict['_inverted_'] = None",
    '        try:',
    '            exc = None',
  );
  if (m >= 13) {
    add("            classdict['_%s__in_progress' % cls] = True",
      '            enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)',
      "            classdict['_%s__in_progress' % cls] = False",
      "            delattr(enum_class, '_%s__in_progress' % cls)");
  } else add('            enum_class = super().__new__(metacls, cls, bases, classdict, **kwds)');
  if (m >= 12) {
    add('        except Exception as e:',
      '            exc = type(e)(str(e))',
      '            exc.__cause__ = e.__cause__',
      '            exc.__context__ = e.__context__',
      '            tb = e.__traceback__',
      '        if exc is not None:',
      '            raise exc.with_traceback(tb)');
  } else {
    add('        except RuntimeError as e:',
      "            _stop('an exception raised while enum.py builds the members (a RuntimeError from __set_name__ it unwraps)')",
      '            exc = e.__cause__ or e',
      '        if exc is not None:',
      '            raise exc');
  }
  add('        classdict.update(enum_class.__dict__)',
    '        if ReprEnum is not None and ReprEnum in bases:',
    '            if member_type is object:',
    "                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)')",
    "            if '__format__' not in classdict:",
    '                enum_class.__format__ = member_type.__format__',
    "                classdict['__format__'] = enum_class.__format__",
    "            if '__str__' not in classdict:",
    '                method = member_type.__str__',
    '                if method is object.__str__:',
    '                    method = member_type.__repr__',
    '                enum_class.__str__ = method',
    "                classdict['__str__'] = enum_class.__str__",
    "        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):",
    '            if name not in classdict:',
    '                enum_method = getattr(first_enum, name)',
    '                found_method = getattr(enum_class, name)',
    '                object_method = getattr(object, name)',
    '                data_type_method = getattr(member_type, name)',
    '                if found_method in (data_type_method, object_method):',
    '                    setattr(enum_class, name, enum_method)',
    '        if Flag is not None and issubclass(enum_class, Flag):',
    "            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):",
    '                if name not in classdict:',
    '                    enum_method = getattr(Flag, name)',
    '                    setattr(enum_class, name, enum_method)',
    '                    classdict[name] = enum_method',
    '        if Enum is not None:',
    '            if save_new:',
    '                enum_class.__new_member__ = __new__',
    '            enum_class.__new__ = Enum.__new__',
    "        if (Flag is None and cls != 'Flag' or Flag is not None and not issubclass(enum_class, Flag)):",
    "            delattr(enum_class, '_boundary_')",
    "            delattr(enum_class, '_flag_mask_')",
    "            delattr(enum_class, '_singles_mask_')",
    "            delattr(enum_class, '_all_bits_')",
    "            delattr(enum_class, '_inverted_')",
    '        elif Flag is not None and issubclass(enum_class, Flag):',
    '            member_list = [m._value_ for m in enum_class]',
    '            if member_list != sorted(member_list):',
    '                enum_class._iter_member_ = enum_class._iter_member_by_def_',
    '        return enum_class',
    '    def __bool__(cls):',
    '        return True',
  );
  if (m >= 13) {
    add('    def __call__(cls, value, names=_not_given, *values, module=None, qualname=None, type=None, start=1, boundary=None):',
      '        if cls._member_map_:',
      '            if names is not _not_given:',
      '                value = (value, names) + values',
      '            return cls.__new__(cls, value)',
      '        if names is _not_given and type is None:',
      '            raise TypeError(f"{cls} has no members; specify `names=()` if you meant to create a new, empty, enum")',
      "        _stop('the functional API of Enum (Enum(name, names))')");
  } else if (m >= 12) {
    add('    def __call__(cls, value, names=None, *values, module=None, qualname=None, type=None, start=1, boundary=None):',
      '        if cls._member_map_:',
      '            if names:',
      '                value = (value, names) + values',
      '            return cls.__new__(cls, value)',
      '        if names is None and type is None:',
      '            raise TypeError(f"{cls} has no members; specify `names=()` if you meant to create a new, empty, enum")',
      "        _stop('the functional API of Enum (Enum(name, names))')");
  } else {
    add('    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):',
      '        if names is None:',
      '            return cls.__new__(cls, value)',
      "        _stop('the functional API of Enum (Enum(name, names))')");
  }
  if (m >= 12) {
    add('    def __contains__(cls, value):',
      '        if isinstance(value, cls):',
      '            return True');
    if (m >= 13) {
      add('        try:',
        '            return value in cls._value2member_map_',
        '        except TypeError:',
        '            return value in cls._unhashable_values_');
    } else add('        return value in cls._value2member_map_ or value in cls._unhashable_values_');
  } else {
    add('    def __contains__(cls, member):',
      '        if not isinstance(member, Enum):',
      "            _stop('`in` on an Enum class with a non-member (3.11 warns: DeprecationWarning)')",
      '        return isinstance(member, cls) and member._name_ in cls._member_map_');
  }
  add('    def __delattr__(cls, attr):',
    '        if attr in cls._member_map_:',
    '            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))',
    '        super().__delattr__(attr)',
    '    def __dir__(cls):',
    "        _stop('dir() of an Enum class')");
  if (m === 11) {
    add('    def __getattr__(cls, name):',
      '        if _is_dunder(name):',
      '            raise AttributeError(name)',
      '        try:',
      '            return cls._member_map_[name]',
      '        except KeyError:',
      '            raise AttributeError(name) from None');
  }
  add('    def __getitem__(cls, name):',
    '        return cls._member_map_[name]',
    '    def __iter__(cls):',
    '        return (cls._member_map_[name] for name in cls._member_names_)',
    '    def __len__(cls):',
    '        return len(cls._member_names_)',
    '    @_builtin_property',
    '    def __members__(cls):',
    '        return _mappingproxy(cls._member_map_)',
    '    def __repr__(cls):',
    '        if Flag is not None and issubclass(cls, Flag):',
    '            return "<flag %r>" % cls.__name__',
    '        else:',
    '            return "<enum %r>" % cls.__name__',
    '    def __reversed__(cls):',
    '        return (cls._member_map_[name] for name in reversed(cls._member_names_))',
    '    def __setattr__(cls, name, value):',
    "        member_map = cls.__dict__.get('_member_map_', {})",
    '        if name in member_map:',
    "            raise AttributeError('cannot reassign member %r' % (name, ))",
    '        super().__setattr__(name, value)',
    '    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):',
    "        _stop('the functional API of Enum')",
    '    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):',
    "        _stop('Enum._convert_')",
    '    @classmethod',
    '    def _check_for_existing_members_(mcls, class_name, bases):',
    '        for chain in bases:',
    '            for base in chain.__mro__:',
    '                if isinstance(base, EnumType) and base._member_names_:',
    '                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))',
    '    @classmethod',
    '    def _get_mixins_(mcls, class_name, bases):',
    '        if not bases:',
    '            return object, Enum',
  );
  if (m === 11) add('        mcls._check_for_existing_members_(class_name, bases)');
  add('        first_enum = bases[-1]',
    '        if not isinstance(first_enum, EnumType):',
    '            raise TypeError("new enumerations should be created as "',
    '                    "`EnumName([mixin_type, ...] [data_type,] enum_type)`")',
    '        member_type = mcls._find_data_type_(class_name, bases) or object',
    '        return member_type, first_enum',
    '    @classmethod',
    '    def _find_data_repr_(mcls, class_name, bases):',
    '        for chain in bases:',
    '            for base in chain.__mro__:',
    '                if base is object:',
    '                    continue',
    '                elif isinstance(base, EnumType):',
    '                    return base._value_repr_',
    "                elif '__repr__' in base.__dict__:",
  );
  if (m >= 12) {
    add("                    if ('__dataclass_fields__' in base.__dict__ and '__dataclass_params__' in base.__dict__ and base.__dict__['__dataclass_params__'].repr):",
      "                        _stop('an Enum class mixed with a dataclass')");
  }
  add("                    return base.__dict__['__repr__']",
    '        return None',
    '    @classmethod',
    '    def _find_data_type_(mcls, class_name, bases):',
    '        data_types = set()',
    '        base_chain = set()',
    '        for chain in bases:',
    '            candidate = None',
    '            for base in chain.__mro__:',
    '                base_chain.add(base)',
    '                if base is object:',
    '                    continue',
    '                elif isinstance(base, EnumType):',
    '                    if base._member_type_ is not object:',
    '                        data_types.add(base._member_type_)',
    '                        break',
    "                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:",
  );
  if (m === 11) add('                    if isinstance(base, EnumType):', '                        continue');
  add('                    data_types.add(candidate or base)',
    '                    break',
    '                else:',
    '                    candidate = candidate or base',
    '        if len(data_types) > 1:',
    "            raise TypeError('too many data types for %r: %r' % (class_name, data_types))",
    '        elif data_types:',
    '            return data_types.pop()',
    '        else:',
    '            return None',
    '    @classmethod',
    '    def _find_new_(mcls, classdict, member_type, first_enum):',
    "        __new__ = classdict.get('__new__', None)",
    '        save_new = first_enum is not None and __new__ is not None',
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
    '        if first_enum is None or __new__ in (Enum.__new__, object.__new__):',
    '            use_args = False',
    '        else:',
    '            use_args = True',
    '        return __new__, save_new, use_args',
  );
  if (m >= 13) {
    add('    def _add_member_(cls, name, member):',
      '        if name in cls._member_map_:',
      '            if cls._member_map_[name] is not member:',
      "                raise NameError('%r is already bound: %r' % (name, cls._member_map_[name]))",
      '            return',
      '        for base in cls.__mro__[1:]:',
      '            if base.__dict__.get(name) is not None:',
      "                _stop('an Enum member named like an attribute of a base class (%r; enum.py redirects it through a property)' % name)",
      '        setattr(cls, name, member)',
      '        cls._member_map_[name] = member');
  }
  add('EnumMeta = EnumType',
    '',
    'class Enum(metaclass=EnumType):',
    ...doc311(['Create a collection of name/value pairs.',
      '',
      'Example enumeration:',
      '',
      '>>> class Color(Enum):',
      '...     RED = 1',
      '...     BLUE = 2',
      '...     GREEN = 3',
      '',
      'Access them by:',
      '',
      ...(m >= 12 ? ['- attribute access:', '', '  >>> Color.RED', '  <Color.RED: 1>', '', '- value lookup:', '', '  >>> Color(1)', '  <Color.RED: 1>', '', '- name lookup:', '', "  >>> Color['RED']", '  <Color.RED: 1>']
        : ['- attribute access::', '', '>>> Color.RED', '<Color.RED: 1>', '', '- value lookup:', '', '>>> Color(1)', '<Color.RED: 1>', '', '- name lookup:', '', ">>> Color['RED']", '<Color.RED: 1>']),
      '',
      'Enumerations can be iterated over, and know how many members they have:',
      '',
      '>>> len(Color)',
      '3',
      '',
      '>>> list(Color)',
      '[<Color.RED: 1>, <Color.BLUE: 2>, <Color.GREEN: 3>]',
      '',
      'Methods can be added to enumerations, and members can have their own',
      'attributes -- see the documentation for details.']),
  );
  if (m >= 12) {
    add('    @classmethod',
      '    def __signature__(cls):',
      '        if cls._member_names_:',
      "            return '(*values)'",
      '        else:',
      "            return '(new_class_name, /, names, *, module=None, qualname=None, type=None, start=1, boundary=None)'");
  }
  add('    def __new__(cls, value):',
    '        if type(value) is cls:',
    '            return value',
    '        try:',
    '            return cls._value2member_map_[value]',
    '        except KeyError:',
    '            pass',
    '        except TypeError:');
  if (m >= 13) {
    add('            for name, values in cls._unhashable_values_map_.items():',
      '                if value in values:',
      '                    return cls[name]');
  } else {
    add('            for member in cls._member_map_.values():',
      '                if member._value_ == value:',
      '                    return member');
  }
  add('        if not cls._member_map_:');
  if (m >= 13) {
    add("            if getattr(cls, '_%s__in_progress' % cls.__name__, False):",
      "                raise TypeError('do not use `super().__new__; call the appropriate __new__ directly') from None");
  }
  add('            raise TypeError("%r has no members defined" % cls)',
    '        try:',
    '            exc = None',
    '            result = cls._missing_(value)',
    '        except Exception as e:',
    '            exc = e',
    '            result = None',
    '        try:',
    '            if isinstance(result, cls):',
    '                return result',
    '            elif (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT and isinstance(result, int)):',
    '                return result',
    '            else:',
    '                ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))',
    '                if result is None and exc is None:',
    '                    raise ve_exc',
    '                elif exc is None:',
    '                    exc = TypeError(',
    "                            'error in %s._missing_: returned %r instead of None or a valid member'",
    '                            % (cls.__name__, result)',
    '                            )',
    '                if not isinstance(exc, ValueError):',
    '                    exc.__context__ = ve_exc',
    '                raise exc',
    '        finally:',
    '            exc = None',
    '            ve_exc = None',
    '    def __init__(self, *args, **kwds):',
    '        pass',
  );
  if (m >= 13) {
    add('    def _add_alias_(self, name):',
      "        _stop('Enum._add_alias_')",
      '    def _add_value_alias_(self, value):',
      "        _stop('Enum._add_value_alias_')");
  }
  if (m >= 12) add('    @staticmethod');
  add('    def _generate_next_value_(name, start, count, last_values):',
    '        if not last_values:',
    '            return start');
  if (m >= 13) {
    add('        try:',
      '            last_value = sorted(last_values).pop()',
      '        except TypeError:',
      "            raise TypeError('unable to sort non-numeric values') from None",
      '        try:',
      '            return last_value + 1',
      '        except TypeError:',
      "            raise TypeError('unable to increment %r' % (last_value, )) from None");
  } else {
    add('        try:',
      '            last = last_values[-1]',
      '            last_values.sort()',
      '            if last == last_values[-1]:',
      '                return last + 1',
      '            else:',
      '                raise TypeError',
      '        except TypeError:',
      "            _stop('auto() after values that do not sort or add 1 (enum.py warns: DeprecationWarning)')");
  }
  add('    @classmethod',
    '    def _missing_(cls, value):',
    '        return None',
    '    def __repr__(self):',
    '        v_repr = self.__class__._value_repr_ or repr',
    '        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))',
    '    def __str__(self):',
    '        return "%s.%s" % (self.__class__.__name__, self._name_, )',
    '    def __dir__(self):',
    "        _stop('dir() of an Enum member')",
    '    def __format__(self, format_spec):',
    '        return str.__format__(str(self), format_spec)',
    '    def __hash__(self):',
    '        return hash(self._name_)',
    '    def __reduce_ex__(self, proto):',
    '        return self.__class__, (self._value_, )',
    '    def __deepcopy__(self,memo):',
    '        return self',
    '    def __copy__(self):',
    '        return self',
    '    @property',
    '    def name(self):',
    '        """The name of the Enum member."""',
    '        return self._name_',
    '    @property',
    '    def value(self):',
    '        """The value of the Enum member."""',
    '        return self._value_',
    '',
    'class ReprEnum(Enum):',
    ...doc311(['Only changes the repr(), leaving str() and format() to the mixed-in type.']),
    '',
    'class IntEnum(int, ReprEnum):',
    ...doc311(['Enum where members are also (and must be) ints']),
    '',
    'class StrEnum(str, ReprEnum):',
    ...doc311(['Enum where members are also (and must be) strings']),
    '    def __new__(cls, *values):',
    '        "values must already be of type `str`"',
    '        if len(values) > 3:',
    "            raise TypeError('too many arguments for str(): %r' % (values, ))",
    '        if len(values) == 1:',
    '            if not isinstance(values[0], str):',
    "                raise TypeError('%r is not a string' % (values[0], ))",
    '        if len(values) >= 2:',
    '            if not isinstance(values[1], str):',
    "                raise TypeError('encoding must be a string, not %r' % (values[1], ))",
    '        if len(values) == 3:',
    '            if not isinstance(values[2], str):',
    "                raise TypeError('errors must be a string, not %r' % (values[2]))",
    '        value = str(*values)',
    '        member = str.__new__(cls, value)',
    '        member._value_ = value',
    '        return member',
    ...(m >= 12 ? ['    @staticmethod'] : []),
    '    def _generate_next_value_(name, start, count, last_values):',
    '        """',
    '        Return the lower-cased version of the member name.',
    '        """',
    '        return name.lower()',
    ...flagSource311(),
    ...UNIQUE,
    '_enum_built_ = True',
  );
  return L.join('\n') + '\n';
}

type PyObject = import('../object').PyObject;
