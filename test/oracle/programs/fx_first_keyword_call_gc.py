# A builtin's first call with keyword arguments builds its argument parser's tuple of keyword names (up to 3.11, and 3.13's min/max): gen 0 counts one more, once.
import gc

words = ['pear', 'fig', 'apple', 'kiwi']
gc.collect()
d = []
c = gc.get_count()[0]; print('a', end=' '); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; print('b', end='\n'); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; s = sorted(words, key=len); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; words.sort(key=len, reverse=True); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; n = int('ff', base=16); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; n = int('101', base=2); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; p = 'a b c'.split(sep=' '); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; p = 'a b c'.rsplit(sep=' ', maxsplit=1); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; r = round(2.675, ndigits=2); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; r = round(7, 1); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; e = enumerate(words, start=1); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; m = max(words, key=len); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; m = min(words, key=len); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; t = b'caf\xc3\xa9'.decode(encoding='utf-8'); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; b = (1025).to_bytes(2, byteorder='big'); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; z = list(zip(words, range(4))); d.append(gc.get_count()[0] - c)
c = gc.get_count()[0]; z = list(map(len, words)); d.append(gc.get_count()[0] - c)
print(d)
print(gc.get_count())
gc.collect()
print(gc.get_count())
