try:
    x = 1
except ValueError:
    pass

try:
    x = 1
except (TypeError, KeyError) as e:
    print(e)
except Exception as exc:
    raise
except:
    pass
else:
    y = 2
finally:
    z = 3

try:
    pass
finally:
    cleanup()

try:
    risky()
except ValueError as err:
    raise RuntimeError("bad") from err

for i in range(3):
    try:
        pass
    finally:
        continue
