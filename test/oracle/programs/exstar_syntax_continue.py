# 'continue' in an except* block after an inner loop (whose own continue is allowed), 3.11+; before 3.11 except* is a SyntaxError
for i in range(2):
    try:
        pass
    except* OSError:
        for j in range(2):
            continue
        while True:
            break
        continue
