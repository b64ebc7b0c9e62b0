# random.sample, random.choice and random.shuffle hand back the population's own objects: no copies.
# heap: python=3.8,3.12
import random
import sys

random.seed(7)
names = [n.title() for n in ["ada", "grace", "linus", "guido", "barbara"]]
winners = random.sample(names, 3)   # a new list holding 3 more references to existing strings
# @expect getsizeof(winners) == 80
pick = random.choice(names)         # the same object again (names and pick refer to it), not a copy
# @expect refcount(pick) == 2
random.shuffle(names)               # references trade places; no object is created
# @expect refcount(pick) == 2
print(winners, pick, pick is winners[0], sys.getsizeof(winners))
