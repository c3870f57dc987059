# Fixed-point ('f', 'F', '%') formats of floats over many magnitudes, exact halves that
# round to even, negative zero with and without 'z', alternate forms, fills, widths and
# grouping; and the same spec given again for values of other types, valid for one and
# not the other, so that each type's answer and error message stays its own.
import random

random.seed(5)
values = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, -0.125, 0.375, 0.005, -0.004, -0.0004, 1e20, 9.99e20, 1e21, 1e22,
          123.456, -123.456, 1 / 3, 2 / 3, 1e-10, -1e-10, 5e-324, 1.7976931348623157e308,
          float("inf"), float("-inf"), float("nan")]
values += [random.uniform(-1000, 1000) for _ in range(40)]
values += [random.random() * 10 ** random.randint(-20, 25) for _ in range(40)]
values += [random.randint(-999, 999) / 8 for _ in range(40)]
specs = [".2f", "f", ".0f", "#.0f", "z.1f", "z.0f", "+.3f", " .3f", "010.2f", "<12.1f", "^12.1f", "=+12.1f",
         ",.2f", "_.1f", ".1F", ".20f", ".110f", "#010.0f", "+z.2f", "*>15.3f", ".2%", ".0%", "z.3%"]
for value in values:
    print(repr(value), " ".join(format(value, spec) for spec in specs))
    print("  ", f"{value:.2f}|{value:8.3f}|{-value:.1f}|{value * 2:,.3f}")

for spec in ["d", ".2f", "x", "s", ">5", "=5", ",", "c", ".3", "z.1f", "#x", ""]:
    for value in [42, -7, True, 2.5, -0.0, "text", 3 + 4j]:
        try:
            print(spec, repr(value), repr(format(value, spec)))
        except (ValueError, TypeError, OverflowError) as error:
            print(spec, repr(value), type(error).__name__, error)
