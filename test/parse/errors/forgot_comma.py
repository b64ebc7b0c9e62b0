print("a" "b" x)
items = [1, 2 3]
