# Fork semantics: the child starts as a copy of the parent, so functions, classes and
# instances defined in __main__, closures over module globals and a global changed by
# the parent before start() all work in the child; what the child changes stays there.
import multiprocessing

LIMIT = 10
registry = {'before': 1}


class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


def make_scaler(factor):
    def scale(v):
        return v * factor * LIMIT
    return scale


def report(q, point):
    registry['child'] = 2
    q.put(('registry', sorted(registry)))
    q.put(('limit', LIMIT))
    q.put(('point', point, point.norm1(), type(point).__name__))
    q.put(('made here', Point(5, -6)))
    q.put(('scaled', make_scaler(3)(2)))


def norm(point):
    return point.norm1()


if __name__ == '__main__':
    LIMIT = 100
    registry['after'] = 3
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=report, args=(q, Point(1, -2)))
    p.start()
    for _ in range(5):
        print(q.get(timeout=30))
    p.join()
    print(sorted(registry))
    with multiprocessing.Pool(2) as pool:
        print(pool.map(norm, [Point(1, 1), Point(-3, 4)]))
        print(pool.map(Point.norm1, [Point(2, 2)]))
        print(pool.map(Point, [1, 2], chunksize=1))
    try:
        with multiprocessing.Pool(1) as pool:
            pool.map(lambda v: v, [1])
    except Exception as e:
        print(type(e).__name__)
