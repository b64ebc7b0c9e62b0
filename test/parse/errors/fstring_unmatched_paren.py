items = [1, 2]
print(f"total: {sum(items")
