# hash() values themselves, which equal CPython's under the same PYTHONHASHSEED: strs of
# one-, two- and four-byte code points and of every length around SipHash's 8-byte words,
# the same strs hashed again (pyvm keeps short strs' hashes), bytes, and tuples of them
# and of ints and floats (tuple hashes mix 64-bit words that pyvm splits in halves).
import random

r = random.Random(5)
texts = ["", "a", "w123", "é", "日本", "\U0001f600x", "x" * 300, "y" * 1000 + "é"]
texts += ["abcdefghijklmnopq"[:n] for n in range(18)]
texts += ["".join(chr(r.randrange(32, 0x3000)) for _ in range(r.randrange(0, 40))) for _ in range(300)]
for text in texts:
    print(hash(text), hash(text) == hash(text[:]), hash(text.encode("utf-8")))
values = [(1, 2), ("a", 1.5), ((1, "b"), "c"), frozenset({"a", "b", 3}), 2**64 + 7, -(2**70), 1.5e300, -0.25]
values += [tuple(range(i)) for i in range(12)]
values += [(r.randrange(-2**62, 2**62), r.random(), str(i)) for i in range(200)]
for value in values:
    print(hash(value))
