# Big integers mixed with floats: conversion, comparison and overflow.
print(float(2 ** 100), float(-(3 ** 80)))
print(2 ** 100 == 2.0 ** 100, 2 ** 100 + 1 == 2.0 ** 100, 2 ** 100 + 1 > 2.0 ** 100)
print(10 ** 308 < 1e308 * 10, 2 ** 1023 * 1.0)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    print(2 ** 1024 + 0.5)
except OverflowError as e:
    print(type(e).__name__, e)
print(int(1e20), int(-1.5e30), int(2.0 ** 70))
print((10 ** 30) / (10 ** 28), 10 ** 30 // 1e28)
