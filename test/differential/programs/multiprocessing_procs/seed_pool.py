# The seed document's way around the GIL, with smaller numbers: Pool.map of a CPU-bound
# function; the result matches the sequential one and the closed form.
from multiprocessing import Pool


def cpu_bound(n):
    return sum(i * i for i in range(n))


if __name__ == '__main__':
    with Pool(2) as p:
        results = p.map(cpu_bound, [20_000] * 4)
    print(results)
    print(results == [cpu_bound(20_000)] * 4)
    n = 20_000
    print(results[0] == (n - 1) * n * (2 * n - 1) // 6)
