# super() forms and the conditions of the 3.12+ LOAD_SUPER_ATTR optimization.
class Base:
    def m(self, *args, **kw):
        return args

    x = 1


class A(Base):
    def zero_arg(self):
        return super().m(1, 2)

    def zero_arg_kw(self):
        return super().m(1, k=2)

    def two_arg(self):
        return super(A, self).m(3)

    def attr(self):
        return super().x, super(A, self).x

    def dunder_class(self):
        return super().__class__

    def starred(self, args):
        return super().m(*args), super(*args).m()

    def no_self():
        return super().m()

    def in_lambda(self):
        return (lambda: super().m())()

    def in_lambda_arg(self):
        return (lambda s: super().m())(self)

    def in_genexp(self):
        return list(super().m(i) for i in range(2))

    def in_listcomp(self):
        return [super().m(i) for i in range(2)]

    def shadowed(self):
        super = print
        return super().m()

    def with_kwargs(self, **kw):
        return super().m(**kw)

    @classmethod
    def cm(cls):
        return super().x

    @staticmethod
    def sm(a):
        return super().m()
