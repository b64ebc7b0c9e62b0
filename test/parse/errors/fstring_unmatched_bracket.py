xs = [1, 2]
print(f"first: {xs[0")
