# Float formatting rounds exact ties to even, as CPython's dtoa does (2.5 -> "2", 0.125 -> "0.12")
for v in (0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1e22, 5e-324, 999999.5):
    print(f"{v:.0f} {v:.2f} {v:.0e} {v:.1e} {v:.2g} {v:.0%}", "%.2f %.1e %g" % (v, v, v))
# no type but a precision: 'g' that keeps a digit after the point
for v in (1.0, 10.0, 1.5, 0.0, 1234.5, 1e16):
    print(format(v, ".3"), format(v, ".1"), format(v, ".0"), format(v, "n"), format(v, "#"))
print(f"{1234567.0:n} {0.0001:.2n} {-0.0:.1}")
