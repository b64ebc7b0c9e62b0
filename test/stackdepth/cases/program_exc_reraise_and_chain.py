# Bare raise re-raises the current exception; raise ... from ... sets __cause__.
class ParseError(Exception):
    pass
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError('cannot parse ' + repr(text)) from e
def careful(text):
    try:
        return parse(text)
    except ParseError:
        print('logging and re-raising')
        raise
try:
    careful('12x')
except ParseError as e:
    print(e)
    print(type(e.__cause__).__name__, e.__cause__ is e.__context__)
print(careful('42'))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('while handling')
except KeyError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__)
