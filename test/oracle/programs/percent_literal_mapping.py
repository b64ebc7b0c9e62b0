# "%%" takes no argument: with a mapping on the right no "not all arguments converted" check
# follows it (str, bytes and bytearray alike), a real conversion still gets the check.
d = {'a': 1, 'b': 'two'}
print('%%' % d)
print('100%% of %(a)d' % d)
print(b'%%' % d)
print(b'%(a)d%%' % d)
print(bytearray(b'%%%%') % d)
for f in ('%s %%', '%d', '%% %%'):
    for args in ((), (1,), (1, 2)):
        try:
            print(repr(f % args))
        except TypeError as e:
            print('TypeError', e)
        try:
            print(repr(f.encode() % args))
        except TypeError as e:
            print('TypeError', e)
try:
    print('%s' % d, '%(a)s %s' % d)
except TypeError as e:
    print('TypeError', e)
