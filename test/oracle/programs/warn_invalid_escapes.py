# Invalid escape sequences in str and bytes literals ("\d", "\q", "\e"): a SyntaxWarning on stderr from 3.12 (a DeprecationWarning, not shown by default, before), and invalid numeric literals followed by a keyword (3.11+); the values are the same everywhere.
pattern = "\d+\.\d+"
path = "C:\data\new"
b = b"\d\w"
octal = "\777"
f = f"{1}\d"
multi = """line
\e"""
raw = r"\d\q"
print(len(pattern), len(path), len(b), len(octal), len(f), len(multi), len(raw))
x = [0x1for x in "ab"]
y = 1if True else 2
print(x, y)
