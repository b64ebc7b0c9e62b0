# the uncaught group report limits (3.11+; a SyntaxError before): groups nested past max_group_depth 10, more than 15 members, 16 exactly, notes with blank and empty lines
import sys
def nest(n):
    e = ValueError(n)
    for i in range(n):
        e = ExceptionGroup(f"level {i}", [e, KeyError(i)])
    return e
wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
wide.add_note("a note\n\nwith blank\n")
wide.add_note("")
try:
    raise ExceptionGroup("top", [nest(12), wide, ExceptionGroup("w16", [TypeError(i) for i in range(16)])])
except* ValueError:
    print("caught some")
