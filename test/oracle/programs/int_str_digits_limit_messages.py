# Converting an int of more than 4300 decimal digits to or from str raises ValueError; 3.8/3.10
# (the security backport) word the limit '(4300)', 3.11+ '(4300 digits)'. Other bases are not limited.
big = 10 ** 5000
for f in (lambda: int("9" * 5000), lambda: int("1_" * 2500 + "1"), lambda: str(big), lambda: repr(-big), lambda: "%d" % big, lambda: f"{big}", lambda: format(big, ",")):
    try:
        r = f()
        print("ok", len(r))
    except ValueError as e:
        print(e)
print(len(format(big, "x")), len(hex(big)), len(str(10 ** 4299)), int("7" * 4300) % 1000)
