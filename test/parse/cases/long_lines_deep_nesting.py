result = f(g(h(i(j(k(l(m(n(o(p(1)))))))))))
nested = [[[[[[[[1]]]]]]]]
deep = {'a': {'b': {'c': {'d': {'e': [1, (2, {3})]}}}}}
def a():
    def b():
        def c():
            def d():
                def e():
                    return 1
                return e
            return d
        return c
    return b
total = 1 + 2 - 3 * 4 / 5 // 6 % 7 ** 8 << 9 >> 10 & 11 | 12 ^ 13 and 14 or 15 if 16 else 17
