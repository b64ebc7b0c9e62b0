# StrEnum (3.11+): str members whose auto() values are the lower-cased names; str() and format() are the value's.
import sys, gc
if sys.version_info >= (3, 11):
    from enum import StrEnum, auto
    gc.collect()
    class Color(StrEnum):
        RED = auto()
        GREEN = "green"
        BLUE = auto()
    print(Color.RED, repr(Color.RED), str(Color.GREEN), f"{Color.BLUE}", "{:>6}".format(Color.RED))
    print(Color.RED == "red", Color("green") is Color.GREEN, Color["BLUE"], list(Color))
    print(sys.getsizeof(Color.RED), sys.getrefcount(Color.RED), sys.getrefcount(Color), type(Color.RED.value).__name__)
    print(Color.RED.upper(), Color.RED + "!", len(Color.GREEN), isinstance(Color.RED, str), {Color.RED: 1}["red"])
    try:
        Color("purple")
    except ValueError as e:
        print(e)
    print(Color.RED.__dict__, Color.__members__.keys())
    del Color
    print(gc.collect())
else:
    print("3.11+")
