x = 5
a = f"tab\t{x}\n"
b = f"\x41{x}\u00e9"
c = f"\N{EURO SIGN}{x}"
d = f"{x}\\"
e = f"quote \" {x}"
f = f'{x:\x3e10}'
