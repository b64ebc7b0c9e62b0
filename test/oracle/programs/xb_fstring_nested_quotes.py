# PEP 701 (3.12) lets an f-string's expression reuse the outer quote; before 3.12 the string
# ends at the inner quote and the expression `{row[` is left with an open bracket, which 3.10/3.11's
# fstring_find_expr reports as "f-string: unmatched '['" (3.8: invalid syntax).
row = {"name": "ann", "age": 7}
print(f"{row["name"]} is {row["age"]}")
