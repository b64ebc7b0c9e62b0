x = b'\xff' "a\N{NOPE}"
