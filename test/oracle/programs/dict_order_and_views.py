# Dicts keep insertion order; views (keys/values/items) are live windows onto the dict.
d = {'b': 1, 'a': 2, 'c': 3}
keys = d.keys()
vals = d.values()
items = d.items()
print(list(keys), list(vals), list(items))
d['d'] = 4
del d['b']
print(list(keys), len(vals), ('a', 2) in items)
d['b'] = 5
print(list(d), list(reversed(list(d))))
d['a'] = 20
print(d, sorted(d), sorted(d.items(), key=lambda kv: kv[1]))
print(dict(sorted(d.items())), {**d, 'e': 6}, 'a' in d, 20 in d)
merged = {'x': 1}
merged.update(y=2, x=3)
print(merged, list(merged.items())[0])
for k in list(d):
    if d[k] > 4:
        del d[k]
print(d)
