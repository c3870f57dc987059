# Exceptions: raising and catching in loops, try/except/else/finally, a hierarchy of
# custom exception classes, `raise ... from`, re-raising, exceptions from builtins as
# control flow (KeyError, IndexError, ValueError, StopIteration by hand), and `with`
# blocks whose __exit__ suppresses.


class AppError(Exception):
    pass


class ParseError(AppError):
    def __init__(self, text, pos):
        super().__init__(text, pos)
        self.pos = pos


class RangeError(AppError):
    pass


class FatalError(Exception):
    pass


def parse_field(text):
    if not text:
        raise ParseError(text, 0)
    if text[0] == "-":
        raise RangeError(text)
    try:
        return int(text)
    except ValueError as exc:
        raise ParseError(text, len(text)) from exc


def classify(values):
    ok = parse_errors = range_errors = chained = 0
    for text in values:
        try:
            n = parse_field(text)
        except ParseError as exc:
            parse_errors += 1 + exc.pos
            if exc.__cause__ is not None:
                chained += 1
        except AppError:
            range_errors += 1
        else:
            ok += n % 97
        finally:
            ok += 1
    return ok, parse_errors, range_errors, chained


def lookup_all(table, keys):
    found = missing = 0
    for k in keys:
        try:
            found += table[k]
        except KeyError:
            missing += 1
    return found, missing


def sum_until_index_error(items, step):
    total = 0
    i = 0
    try:
        while True:
            total += items[i]
            i += step
    except IndexError:
        return total + i


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


def drain_by_hand(n):
    it = Countdown(n)
    total = 0
    while True:
        try:
            total += next(it)
        except StopIteration:
            break
    return total


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = 0

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        if kind is not None and issubclass(kind, self.kinds):
            self.caught += 1
            return True
        return False


def rethrow_layers(depth, value):
    try:
        if depth == 0:
            if value % 5 == 0:
                raise FatalError(value)
            raise RangeError(value)
        return rethrow_layers(depth - 1, value)
    except RangeError:
        raise


def main():
    values = []
    seed = 7
    for _ in range(250_000):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        kind = seed % 5
        if kind == 0:
            values.append("")
        elif kind == 1:
            values.append("-" + str(seed % 1000))
        elif kind == 2:
            values.append("x" + str(seed % 100))
        else:
            values.append(str(seed % 100_000))
    c = classify(values)

    table = {i * 3: i for i in range(120_000)}
    found, missing = lookup_all(table, range(360_000))

    items = list(range(1000))
    idx = 0
    for step in range(1, 900):
        for _ in range(10):
            idx += sum_until_index_error(items, step)
    idx %= 1_000_003

    drained = 0
    for n in range(1400):
        drained += drain_by_hand(n % 200)

    guard = Suppress(ValueError, ZeroDivisionError)
    acc = 0
    for i in range(280_000):
        with guard:
            if i % 3 == 0:
                int("not a number")
            acc += 100 // (i % 7)

    fatal = ranged = 0
    for v in range(90_000):
        try:
            rethrow_layers(4, v)
        except FatalError as exc:
            fatal += exc.args[0] % 11
        except AppError:
            ranged += 1

    messages = 0
    for i in range(70_000):
        try:
            try:
                raise KeyError(i)
            except KeyError as inner:
                raise ValueError("wrapped") from inner
        except ValueError as outer:
            messages += len(str(outer.__cause__)) + (outer.__context__ is outer.__cause__)
    print("exceptions", c, found, missing, idx, drained, guard.caught, acc, fatal, ranged, messages)


main()
