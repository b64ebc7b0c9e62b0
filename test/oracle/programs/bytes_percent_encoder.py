# bytes % args in a realistic encoder: query strings, fixed-width headers, a bytearray frame, %b/%a/%r
import sys
payload = {"user": "ann", "id": 7, "tags": ["a", "b"]}
def kv(d):
    out = []
    for k, v in d.items():
        if isinstance(v, list):
            v = ",".join(v)
        out.append(b"%s=%s" % (k.encode(), str(v).encode()))
    return b"&".join(out)
q = kv(payload)
print(q, sys.getsizeof(q))
back = dict(p.split(b"=", 1) for p in q.split(b"&"))
print(back, {k.decode(): v.decode() for k, v in back.items()})
hdr = b"%-10s%5d%c" % (b"HDR", len(q), 10)
print(hdr, len(hdr), sys.getsizeof(hdr))
frame = bytearray(b"%02X") % 171 + q
print(frame, sys.getsizeof(frame))
print(b"%b" % bytearray(b"ba"), b"%s" % memoryview(b"abcdef")[1:4], b"%a" % b"\x00", b"%r" % 3.5)
