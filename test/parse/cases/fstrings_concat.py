x = 1
a = "plain " f"{x}"
b = f"{x}" " plain"
c = "a" "b" f"c{x}d" "e"
d = f"{x}" f"{x}"
e = ("start "
     f"{x} "
     "end")
f = f"" ""
g = u"u" f"{x}"
h = f"{x}" r"\raw"
