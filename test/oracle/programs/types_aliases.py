# types' aliases are the interpreter's own types: functions, lambdas, methods, builtins, generators, modules, descriptors
import sys
from types import FunctionType, LambdaType, MethodType, BuiltinFunctionType, BuiltinMethodType, GeneratorType, ModuleType
import types
def f():
    yield 1
class C:
    def m(self):
        return 1
print(FunctionType is type(f), LambdaType is FunctionType, type(lambda: 0) is LambdaType)
print(MethodType is type(C().m), BuiltinFunctionType is type(len), BuiltinMethodType is type([].append))
print(GeneratorType is type(f()), ModuleType is type(sys))
print(isinstance(f, types.FunctionType), isinstance(len, types.FunctionType), isinstance(f(), GeneratorType))
print(types.MethodDescriptorType is type(str.join), types.WrapperDescriptorType is type(object.__init__))
print(types.MethodWrapperType is type(object().__str__), types.ClassMethodDescriptorType is type(dict.__dict__['fromkeys']))
print(FunctionType.__name__, MethodType.__name__, BuiltinFunctionType.__name__, GeneratorType.__name__, ModuleType.__name__)
print(types.MappingProxyType is type(C.__dict__), types.SimpleNamespace.__name__)
if sys.version_info >= (3, 10):
    print(types.NoneType is type(None), types.EllipsisType is type(...), types.NotImplementedType is type(NotImplemented))
else:
    print(True, True, True)
print(sys.getrefcount(types))
