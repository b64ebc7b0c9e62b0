width = 10
precision = 3
value = 12.34567
a = f"{value:{width}.{precision}f}"
b = f"{value:{width}}"
c = f"{'a' if value else 'b'}"
d = f"{[x for x in range(3)]}"
e = f"{ {'k': 1}['k'] }"
f = f"result: {value!r:>{width}}"
g = f"{f'{value}'}"
h = rf"raw {value} \n"
i = fr'{value}\d'
j = f"{value:%}"
k = f"""multi
{value}
line"""
l = f"{(lambda x: x * 2)(3)}"
m = f"{value,}"
