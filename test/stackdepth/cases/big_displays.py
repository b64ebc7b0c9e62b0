# Displays and calls larger than STACK_USE_GUIDELINE (30) elements.
BIG_CONST = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34]


def big_list(a):
    return [a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a]


def big_tuple(a):
    return (a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a)


def big_set(a):
    return {a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a}


def big_dict(a):
    return {'k0': a, 'k1': a, 'k2': a, 'k3': a, 'k4': a, 'k5': a, 'k6': a, 'k7': a, 'k8': a, 'k9': a,
            'k10': a, 'k11': a, 'k12': a, 'k13': a, 'k14': a, 'k15': a, 'k16': a, 'k17': a, 'k18': a}


def big_dict_keys(a):
    return {a: 0, a + 1: 1, a + 2: 2, a + 3: 3, a + 4: 4, a + 5: 5, a + 6: 6, a + 7: 7, a + 8: 8,
            a + 9: 9, a + 10: 10, a + 11: 11, a + 12: 12, a + 13: 13, a + 14: 14, a + 15: 15, a + 16: 16}


def big_fstring(a):
    return f'{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}{a}'


def big_method_call(obj, a):
    return obj.m(a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a)
