# Subnormal floats, epsilon and the smallest representable values.
import sys
eps = sys.float_info.epsilon
print(eps, 1 + eps > 1, 1 + eps / 2 == 1, sys.float_info.max, sys.float_info.min, sys.float_info.dig)
print(5e-324, 5e-324 / 2, 2.5e-324, 1e-323, sys.float_info.min / 2 ** 52)
print(sys.float_info.max * 1.0000001, -sys.float_info.max * 2, sys.float_info.mant_dig)
