# bytes.removeprefix/removesuffix (3.9+) and the bytes() constructor's encoding/errors argument checks
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: b"prefix-name".removeprefix(b"prefix-"))
t(lambda: b"name.py".removesuffix(b".py"))
t(lambda: b"name.py".removesuffix(b""))
t(lambda: b"name".removeprefix("n"))
t(lambda: bytes(b"a", 1))
t(lambda: bytes("a", "ascii", 5))
t(lambda: bytes(encoding="ascii"))
t(lambda: bytes(3, errors="strict"))
t(lambda: bytes("caf\xe9", "ascii"))
t(lambda: bytes("caf\xe9", "utf-8"))
t(lambda: bytes(x=1))
