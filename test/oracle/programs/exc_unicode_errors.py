# UnicodeDecodeError and UnicodeEncodeError as the codecs raise them: args, encoding, object, start, end, reason, their messages when the attributes change, and constructing them directly.
samples = [b"\xff\xfe abc", b"ok \xc3\x28 here", b"cut \xe2\x82", "plain".encode()]
for data in samples:
    try:
        print(data.decode("utf-8"))
    except UnicodeDecodeError as e:
        print(e)
        print(repr(e))
        print(e.encoding, e.object, e.start, e.end, e.reason, len(e.args))
for text, enc in [("héllo", "ascii"), ("a€b😀c", "latin-1"), ("ok", "ascii")]:
    try:
        print(text.encode(enc))
    except UnicodeEncodeError as e:
        print(e, "|", e.object is text, e.start, e.end)
try:
    b"caf\xe9".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
    e.start, e.end = 1, 3
    print(e)
    e.reason = "changed"
    e.encoding = "mine"
    print(e)
err = UnicodeEncodeError("ascii", "x\u20acy", 1, 2, "custom reason")
print(err, err.args)
err.end = 3
print(err)
for args in [(1, b"x", 0, 1, "r"), ("utf-8", 5, 0, 1, "r"), ("utf-8", b"x", "0", 1, "r"), ("utf-8", b"x")]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as e:
        print("TypeError:", e)
"日本".encode("ascii")
