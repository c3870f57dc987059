# random with a fixed seed is deterministic across runs.
import random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.uniform(0, 1))
rng = random.Random(7)
lst = list(range(10))
rng.shuffle(lst)
print(lst, rng.sample(range(100), 5), rng.randrange(0, 100, 5), rng.getrandbits(16))
