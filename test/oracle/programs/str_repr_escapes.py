# repr() of strings chooses quotes and escapes special characters.
samples = ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\there', 'new\nline', 'back\\slash', 'bell\x07', '\xe9t\xe9', '\u20ac', '\x00', '']
for s in samples:
    print(repr(s), len(s))
print(str('tab\there'))
print(repr(b'bytes\n\x01\xff'), repr('caf\xe9'.encode('utf-8')))
print([s for s in samples[:4]])
