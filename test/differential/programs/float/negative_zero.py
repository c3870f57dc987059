# Negative zero: equality, repr, and operations that preserve or drop the sign.
z = -0.0
print(z, repr(z), z == 0.0, str(z), -z, abs(z))
print(0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -0.0 * 0.0)
print(round(-0.4), round(-0.4, 1), int(-0.0), format(-0.0, '.2f'))
print(1 / float('-inf'), -1e-320 * 1e-10)
import math
print(math.copysign(1, z), math.copysign(1, 0.0))
