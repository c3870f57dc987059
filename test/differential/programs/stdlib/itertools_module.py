# itertools combinatorics counts and groupby over sorted records.
import itertools
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
for letter, grp in itertools.groupby(words, key=lambda w: w[0]):
    print(letter, list(grp))
print(len(list(itertools.permutations(range(5)))), len(list(itertools.combinations(range(10), 3))))
print(list(itertools.accumulate(range(1, 6), lambda a, b: a * b, initial=1)))
print(list(itertools.batched('abcdefg', 3)) if hasattr(itertools, 'batched') else 'no batched in 3.11')
