# defaultdict builds missing values on first access; Counter counts hashable items.
from collections import defaultdict, Counter
groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(dict(groups), len(groups))
print(groups['z'], len(groups), 'z' in groups)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()))
c = Counter('abracadabra')
print(c['a'], c['z'], c.most_common(2), sorted(c.elements())[:6])
c.update('aaz')
print(c['a'], c['z'], sum(c.values()))
nums = Counter([3, 1, 3, 2, 3, 1])
print(nums, nums.most_common(1))
print(Counter(a=3, b=1) + Counter(a=1, c=2), Counter(a=3) - Counter(a=5))
