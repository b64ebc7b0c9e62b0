# Helper of startcounts.mjs: rewrite a program with every identifier of two or more characters
# renamed to a fresh one ('zq' + name), so that the interpreter's own uses of common names (the
# type attribute cache, interned names of its modules) do not blur what is measured; prints the
# new source, then a line with the renamed identifiers. Parsing does not depend on identifiers,
# except the soft keywords, and compiling only on a few (super, __class__, dunder names), which stay.
import io, keyword, sys, tokenize
src = open(sys.argv[1], encoding='utf-8').read()
KEEP = {'match', 'case', 'type', 'super', 'sys', 'gc', 'weakref', 'array', 'itertools', 'collections', 'math'}
names = []
out = []
for t in tokenize.generate_tokens(io.StringIO(src).readline):
    s = t.string
    if t.type == tokenize.NAME and len(s) > 1 and s.isascii() and not keyword.iskeyword(s) and s not in KEEP and not (s.startswith('__') and s.endswith('__')):
        s = 'zq' + s
        if s not in names:
            names.append(s)
        t = t._replace(string=s)
    out.append(t)
sys.stdout.write(tokenize.untokenize(out))
sys.stdout.write('\n#HLNAMES ' + ' '.join(names) + '\n')
