# except* (3.11+; a SyntaxError before) in generators: co_stacksize (generator sizes), a group thrown into a suspended try with except* clauses and finally
import sys
def g():
    try:
        yield 1
    except* ValueError as e:
        print("caught", repr(e))
    except* (TypeError, KeyError):
        pass
    finally:
        print("fin")
    yield 2
def g2(a, b):
    for x in a:
        try:
            try:
                yield x
            except* ValueError:
                pass
        except* TypeError:
            pass
it = g()
print(sys.getsizeof(it), sys.getsizeof(g2([], 1)))
print(next(it))
print(it.throw(ExceptionGroup("e", [ValueError(3)])))
