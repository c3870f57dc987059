# Float arithmetic: a small n-body simulation (planets orbiting a sun) and a
# mandelbrot-style escape-time loop over a grid.

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


def make_bodies():
    # [x, y, z, vx, vy, vz, mass]
    return [
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS],
        [4.84, -1.16, -0.10, 0.00166 * DAYS_PER_YEAR, 0.00770 * DAYS_PER_YEAR, -0.0000690 * DAYS_PER_YEAR, 0.000954 * SOLAR_MASS],
        [8.34, 4.12, -0.40, -0.00277 * DAYS_PER_YEAR, 0.00500 * DAYS_PER_YEAR, 0.0000230 * DAYS_PER_YEAR, 0.000286 * SOLAR_MASS],
        [12.89, -15.11, -0.22, 0.00296 * DAYS_PER_YEAR, 0.00237 * DAYS_PER_YEAR, -0.0000296 * DAYS_PER_YEAR, 0.0000436 * SOLAR_MASS],
        [15.38, -25.92, 0.18, 0.00268 * DAYS_PER_YEAR, 0.00163 * DAYS_PER_YEAR, -0.0000951 * DAYS_PER_YEAR, 0.0000515 * SOLAR_MASS],
    ]


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        x1, y1, z1, vx, vy, vz, m1 = bodies[i]
        e += 0.5 * m1 * (vx * vx + vy * vy + vz * vz)
        for j in range(i + 1, n):
            x2, y2, z2, _, _, _, m2 = bodies[j]
            dx, dy, dz = x1 - x2, y1 - y2, z1 - z2
            e -= m1 * m2 / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, dt, steps):
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    for _ in range(steps):
        for b1, b2 in pairs:
            dx = b1[0] - b2[0]
            dy = b1[1] - b2[1]
            dz = b1[2] - b2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            m1 = b1[6] * mag
            m2 = b2[6] * mag
            b1[3] -= dx * m2
            b1[4] -= dy * m2
            b1[5] -= dz * m2
            b2[3] += dx * m1
            b2[4] += dy * m1
            b2[5] += dz * m1
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def mandelbrot(width, height, max_iter):
    inside = 0
    total_iter = 0
    for py in range(height):
        ci = -1.2 + 2.4 * py / height
        for px in range(width):
            cr = -2.0 + 2.8 * px / width
            zr = zi = 0.0
            k = 0
            while k < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                k += 1
            total_iter += k
            if k == max_iter:
                inside += 1
    return inside, total_iter


def main():
    bodies = make_bodies()
    e0 = energy(bodies)
    advance(bodies, 0.01, 120_000)
    e1 = energy(bodies)
    inside, iters = mandelbrot(180, 135, 250)
    print("nbody_float", f"{e0:.9f}", f"{e1:.9f}", inside, iters)


main()
