# random with fixed seeds gives python3's exact numbers: the Mersenne Twister, seeding
# from ints (negative and big), str, bytes and floats, state round trips, and the
# methods built on random() and getrandbits().
import random
import _random

random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abcdef'))
items = list(range(20))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5), random.uniform(1, 2), random.getrandbits(100), random.getrandbits(32), random.getrandbits(7))
print(random.choices('abc', k=5), random.choices(range(5), weights=[5, 1, 1, 1, 10], k=6), random.randrange(0, 1000, 7), random.randrange(10))
print(random.randbytes(7), random.triangular(), random.gauss(0, 1), random.normalvariate(5, 2))
for seed in ('hello', b'hello', bytearray(b'hello'), -12345678901234567890, 2**200 + 7, 0, 3.5):
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.getrandbits(64))
random.seed('hello', version=1)
print(random.random())

generator = random.Random(7)
state = generator.getstate()
first = [generator.random() for _ in range(3)]
generator.setstate(state)
print(first == [generator.random() for _ in range(3)], len(state), state[0], len(state[1]))
print(random.Random(5).random(), _random.Random(5).random(), random.Random(2**64).randint(0, 10**30))
big = random.Random(123)
print([big.randrange(10**25) for _ in range(3)], big.sample(['a', 'b', 'c', 'd'], k=4), big.getrandbits(0))
print(sorted(random.Random(1).sample(range(10**6), 10)))

for attempt in [lambda: random.Random().getrandbits(-1), lambda: _random.Random(1, 2), lambda: _random.Random(x=1),
                lambda: random.Random().setstate((3, (0,) * 625, None)), lambda: _random.Random().setstate(()),
                lambda: _random.Random().setstate([]), lambda: _random.Random().setstate((0,) * 624 + (625,)),
                lambda: random.choice([]), lambda: random.randrange(5, 5), lambda: random.sample(range(3), 4)]:
    try:
        print(attempt())
    except (ValueError, TypeError, IndexError, OverflowError) as error:
        print(type(error).__name__, error)
