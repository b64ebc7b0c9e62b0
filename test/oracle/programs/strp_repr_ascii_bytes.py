# repr() and ascii() of strings: quotes chosen by content, escapes for non-printable characters as each version's Unicode database classifies them; bytes repr
for s in ["plain", "it's", 'say "hi"', 'both \' and "', 'back\\slash', 'tab\there\nnl\r', '\x00\x07\x1b\x7f', '\x80\x9f\xa0\xad\xff',
          '\u2028\u2029\u200b\u200e\ufeff', '\u3000\u00a0\u1680', '\ud800 \udfff \ue000', 'caf\xe9 \u20ac \U0001f600']:
    print(repr(s), ascii(s), len(repr(s)))
# characters assigned in newer Unicode versions: printable there, escaped where the database does not know them
for cp in (0x1fae8, 0x31350, 0x2ebf0, 0x1b132, 0xa7c0, 0x1f6dc, 0x1faf7, 0x11f00, 0x1fbf0, 0x0c5d, 0x1e030):
    print(hex(cp), repr(chr(cp)), chr(cp).isprintable())
print(repr(b"it's"), repr(b'say "hi"'), repr(b'both \' and "'), repr(b'\x00\t\n\r\x7f\x80\xff'), repr(bytearray(b'\\x')))
print(ascii([1, 'caf\xe9', b'\xe9']), ascii({'k\xe9y': '\u20ac'}), repr(['\u2028', '\ud83d']))
