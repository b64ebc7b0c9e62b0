total = foo(1,
            2]
