# Attribute access: instance attributes read and written in loops, method calls,
# class attributes, and objects with __slots__.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        self.x += other.x
        self.y += other.y

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    __slots__ = ("pos", "vel", "hits")

    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.hits = 0

    def step(self, width):
        self.pos += self.vel
        if self.pos < 0 or self.pos >= width:
            self.vel = -self.vel
            self.pos += 2 * self.vel
            self.hits += 1


class Counter:
    limit = 97

    def __init__(self):
        self.value = 0

    def tick(self):
        self.value += 1
        if self.value >= self.limit:
            self.value = 0
            return 1
        return 0


def main():
    a = Vec(1, 2)
    b = Vec(3, -1)
    total = 0
    for i in range(1_400_000):
        a.add(b)
        b.x = i % 13
        b.y = -(i % 11)
        total += a.dot(b) % 1009
    particles = [Particle(i % 50, (i % 7) - 3 or 1) for i in range(100)]
    for _ in range(18_000):
        for p in particles:
            p.step(50)
    hits = sum(p.hits for p in particles)
    c = Counter()
    wraps = 0
    for _ in range(1_800_000):
        wraps += c.tick()
    print("attr_access", total, a.x, a.y, hits, wraps, c.value)


main()
