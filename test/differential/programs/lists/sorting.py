# list.sort and sorted: stability, key, reverse, and errors for mixed types.
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
words = ['pear', 'Fig', 'apple', 'date', 'Banana']
words.sort(key=len)
print(words)
words.sort(key=str.lower, reverse=True)
print(words)
nums = [5, -3, 2.5, 0, -10, 7]
nums.sort(key=abs)
print(nums, sorted(nums, reverse=True))
try:
    [1, 'a', 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted('hello'), sorted({3: 'x', 1: 'y'}), sorted([]))
