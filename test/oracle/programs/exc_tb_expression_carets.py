# Tracebacks through nested calls, a generator expression and a multi-line call, ending in a TypeError inside an arithmetic expression: the location lines and 3.11+'s carets.
def scale(values, factor):
    return [v * factor for v in values]

def total(rows):
    return sum(row["qty"] * row["price"] for row in rows)

def summary(rows, label):
    return "{}: {}".format(
        label,
        total(rows),
    )

rows = [{"qty": 2, "price": 3.5}, {"qty": 1, "price": 10}]
print(summary(rows, "ok"))
print(scale([1, 2], 3))
rows.append({"qty": 4, "price": "7.25"})
print(summary(
    rows,
    "bad",
))
