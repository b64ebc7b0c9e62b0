a = b'bytes'
b = B"BYTES"
c = br'raw\bytes'
d = rb'\d+'
e = Rb'x'
f = bR"y"
g = BR'z'
h = b''
i = b'abc' b'def'
j = b'''multi
line'''
k = b'\x80\x81 high'
l = rB'\x00'
