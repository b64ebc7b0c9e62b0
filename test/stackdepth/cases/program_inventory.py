# Inventory report: dicts, sorting with keys, string formatting and generators.
from collections import defaultdict, Counter

ITEMS = [
    ('apple', 'fruit', 3, 0.5),
    ('banana', 'fruit', 12, 0.25),
    ('carrot', 'vegetable', 7, 0.1),
    ('leek', 'vegetable', 0, 0.8),
]


def by_category(items):
    groups = defaultdict(list)
    for name, cat, qty, price in items:
        groups[cat].append((name, qty, price))
    return dict(groups)


def value(items):
    return sum(qty * price for _, _, qty, price in items)


def low_stock(items, threshold=5):
    return sorted((name for name, _, qty, _ in items if qty < threshold), key=str.lower)


def report(items):
    lines = []
    for cat, entries in sorted(by_category(items).items()):
        lines.append(f'== {cat.upper()} ==')
        for name, qty, price in sorted(entries, key=lambda e: (-e[1], e[0])):
            flag = '!' if qty == 0 else ''
            lines.append('%-8s %3d x %5.2f%s' % (name, qty, price, flag))
    lines.append(f'total value: {value(items):.2f}')
    return '\n'.join(lines)


counts = Counter(cat for _, cat, _, _ in ITEMS)
print(report(ITEMS))
print(low_stock(ITEMS), counts.most_common(1))
