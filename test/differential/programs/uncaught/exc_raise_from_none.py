# "raise ... from None" hides the exception being handled; tracebacklimit trims entries.
import sys


def convert(text):
    try:
        return int(text)
    except ValueError:
        raise LookupError(f"no number in {text!r}") from None


def level(n, text):
    if n == 0:
        return convert(text)
    return level(n - 1, text)


sys.tracebacklimit = 3
level(5, "seven")
