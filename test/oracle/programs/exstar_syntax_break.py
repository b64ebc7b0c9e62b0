# 'break' in an except* block (3.11+) is the compiler's SyntaxError; before 3.11 except* itself is a SyntaxError
import sys
print("never printed")
for i in range(3):
    try:
        raise ValueError(i)
    except* ValueError:
        break
