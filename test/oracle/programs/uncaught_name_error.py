# An uncaught NameError from a misspelled variable (3.10+ suggest the similar name).
counter = 0
for i in range(3):
    counter += i
print(counter)
print(countr)
