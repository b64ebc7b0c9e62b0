# Word statistics with string methods, dict comprehension, walrus and sorting.
TEXT = """the quick brown fox jumps over the lazy dog
the dog barks; the fox runs away"""


def words(text):
    for line in text.splitlines():
        for raw in line.split():
            if (w := raw.strip('.,;:!?').lower()):
                yield w


def frequencies(text):
    freq = {}
    for w in words(text):
        freq[w] = freq.get(w, 0) + 1
    return freq


def top(freq, n=3):
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def lengths(text):
    return {length: sorted({w for w in words(text) if len(w) == length})
            for length in {len(w) for w in words(text)}}


freq = frequencies(TEXT)
for word, count in top(freq):
    print(f'{word!r:>8}: {"#" * count} ({count})')
longest = max(freq, key=len)
print(longest, lengths(TEXT)[3], sum(freq.values()))
