# except* (3.11+; a SyntaxError before) with ExceptionGroup/BaseExceptionGroup or a non-exception type: the TypeError raised when the clause is reached, its context, and a NameError in the clause's type expression
import sys
for t in (3, (ValueError, 3), ExceptionGroup, BaseExceptionGroup, (ValueError, BaseExceptionGroup), ((ValueError,),), "ValueError"):
    try:
        try:
            raise ValueError(1)
        except* KeyError:
            print("not this")
        except* t:
            print("in")
    except Exception as e:
        print(type(e).__name__, e, repr(e.__context__), e.__traceback__.tb_lineno)
    print(sys.exception())

try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* undefined_name:
        pass
except NameError as e:
    print("NameError", e, type(e.__context__).__name__)

try:
    try:
        raise ExceptionGroup("y", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("matched first")
    except* ExceptionGroup:
        print("never")
except TypeError as e:
    print(e, repr(e.__context__))
