# Line coverage counted with a trace function, as coverage tools do without bdb.
import sys
from collections import Counter

hits = Counter()


def count_lines(frame, event, arg):
    if event == 'line' and frame.f_code.co_filename == __file__:
        hits[frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno] += 1
    return count_lines


def classify(n):
    if n % 15 == 0:
        return 'fizzbuzz'
    elif n % 3 == 0:
        return 'fizz'
    elif n % 5 == 0:
        return 'buzz'
    return str(n)


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


class Shape:
    def __init__(self, sides):
        self.sides = sides

    def describe(self):
        names = {3: 'triangle', 4: 'square'}
        return names.get(self.sides, 'polygon')


def run():
    words = [classify(n) for n in range(1, 31)]
    lengths = [collatz(n) for n in (6, 7, 27)]
    shapes = [Shape(n).describe() for n in (3, 4, 5)]
    with open(__file__) as source:
        first = source.readline().strip()
    return words.count('fizz'), lengths, shapes, first


sys.settrace(count_lines)
result = run()
sys.settrace(None)
print(result)
for (name, offset), count in sorted(hits.items()):
    print(f'{name}:{offset} {count}')
