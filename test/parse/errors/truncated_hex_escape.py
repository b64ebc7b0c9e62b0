x = 1
s = "ab\x4"
