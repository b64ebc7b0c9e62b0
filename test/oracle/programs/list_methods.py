# list methods modify the list in place and return None; sort is stable.
nums = [5, 3, 8, 1, 9, 2]
print(nums.sort(), nums)
nums.reverse()
print(nums, nums.index(8), nums.count(3))
nums.insert(2, 7)
nums.remove(3)
print(nums, nums.pop(), nums.pop(0), nums)
people = [('bob', 25), ('ann', 31), ('cy', 25), ('dee', 31)]
people.sort(key=lambda p: p[1])
print(people)
people.sort(key=lambda p: p[1], reverse=True)
print(people)
words = ['Banana', 'apple', 'cherry']
print(sorted(words), sorted(words, key=str.lower))
a = [1, 2]
b = a
a = a + [3]
print(a, b)
b += [4]
print(b, a)
print([3, 1, 2].sort() is None, sorted((3, 1, 2)))
