# Codec errors say where and why: UTF-8 decoding (invalid start/continuation byte, unexpected end), runs of unencodable characters
cases = [b"\xff", b"ab\xe4", b"\xe4\xb8", b"\xe4\x41", b"\xe4\xb8\x41", b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\xc0\xaf", b"ok\x80x", b"\xf4\x90\x80\x80", b"\xe0\x80\x80", "😀é".encode()]
for c in cases:
    try:
        print(repr(c.decode("utf-8")))
    except UnicodeDecodeError as e:
        print(e)
for s in ("é", "aé€b", "x😀y", "ab", "ÿĀ"):
    for enc in ("ascii", "latin-1"):
        try:
            print(s.encode(enc))
        except UnicodeEncodeError as e:
            print(e)
try:
    b"\x80".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
print("€".encode("utf-8"), b"\xe2\x82\xac".decode())
