# str.split preallocates its list: 12 slots before 3.12, an estimate from the lengths from 3.12.
import sys
for s in ["", "a", "a b", "a b c d e f", "a b c d e f g h i j k l m n"]:
    parts = s.split()
    print(len(parts), sys.getsizeof(parts), sys.getsizeof(s.rsplit()), sys.getsizeof(s.split(None, 2)))
for s in ["x", "a,b", "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o"]:
    print(len(s.split(",")), sys.getsizeof(s.split(",")), sys.getsizeof(s.split(",", 1)), sys.getsizeof(s.split("longer separator")))
word = "hello"
before = sys.getrefcount(word)
whole = word.split()
print(whole[0] is word, sys.getrefcount(word) - before)
