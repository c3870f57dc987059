# A replaced sys.excepthook that itself fails: python3 reports the hook's error, then
# the exception it was given.
import sys


def broken_hook(kind, value, traceback):
    print("hook called for", kind.__name__, value)
    raise LookupError("the hook failed too")


def load(path):
    raise FileNotFoundError(2, "No such file or directory", path)


sys.excepthook = broken_hook
load("settings.toml")
