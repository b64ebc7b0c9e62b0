# contextlib and enum are simulated in part: a name CPython's module lacks on this version is an
# AttributeError (contextlib.chdir before 3.11), as it is there.
import sys, contextlib, enum
names = [(contextlib, "nosuch"), (enum, "nosuch")]
if sys.version_info < (3, 11):
    names.append((contextlib, "chdir"))
for m, n in names:
    try:
        getattr(m, n)
        print("has", n)
    except AttributeError as e:
        print(e)
print(hasattr(contextlib, "aclosing") if sys.version_info < (3, 10) else "n/a")
