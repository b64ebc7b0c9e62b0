a = 'single'
b = "double"
c = ''
d = "it's"
e = 'say "hi"'
f = u'unicode prefix'
g = U"upper u"
h = r'raw \n stays'
i = R"raw \" quote"
j = '''triple
single'''
k = """triple "double" with 'quotes'
and lines"""
l = r'''raw
triple \d'''
m = 'concat' 'enated'
n = ('multi'
     'line'
     "concat")
o = 'café ünïcödé'
p = '日本語'
q = 'emoji 😀 here'
r = 'tab\there'
s = "line \
continued"
t = """a\
b"""
