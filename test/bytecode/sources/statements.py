# Assorted statements and expressions, for the rest of the instruction set.
import os, sys as system
from os.path import join, split as divide
from . import sibling
from .. import *
import a.b.c
import a.b.c as d

def calls(f, *args, **kwargs):
    f()
    f(1, 2)
    f(*args)
    f(*args, **kwargs)
    f(a=1, b=2)
    f(1, *args, x=2, **kwargs)
    f(**{'a': 1}, **kwargs)
    f.method(1, key=2)
    f.attr.method()
    return f(*args, 3, *args)

def operators(a, b):
    c = a + b - a * b / a // b % a ** b @ a
    c = a << b >> a & b | a ^ b
    c = -a, +a, ~a, not a
    a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1
    a @= b; a <<= b; a >>= b; a &= b; a |= b; a ^= b
    return a < b, a <= b, a == b, a != b, a > b, a >= b, a is b, a is not b, a in b, a not in b, a < b < c

def control(items):
    for i in items:
        if i:
            continue
        elif i is None:
            break
    else:
        pass
    while items:
        items.pop()
    else:
        items = None
    x = items and items[0] or None
    y = 1 if items else 2
    return x, y

def unpacking(seq):
    a, b = seq
    a, *rest = seq
    *init, last = seq
    first, *middle, final = seq
    [x, (y, z)] = seq
    seq[0], seq.attr = seq[1], seq[2]
    del seq[0], seq.attr
    seq[1:2] = []
    return [*seq, *rest], {**seq, 'k': 1}, {*seq, 1}, (*seq,)

def annotated(a: int, b: 'str' = 'x', *c: float, d: list = [], **e: dict) -> None:
    v: int = 1
    w: str

@decorator
@other.decorator(argument)
def decorated(positional, /, normal, *, keyword_only=1, **rest):
    return lambda x, y=2, *z, w, **q: (x, y, z, w, q)

(yield_outside := 3)
print(walrus := [y := 5, y ** 2])
