# str slices with steps over short and long texts, with and without surrogate pairs (astral
# characters are one code point each), lone surrogates, and bounds past either end: lengths
# and hashes of every slice, so that each character of each slice counts.
import random
random.seed(3)
alphabet = "ab\u00e9\u4e2d\U0001f600\ud800x"
texts = ["", "a", "hello world", "abc" * 40, "".join(random.choice(alphabet) for _ in range(200)), "x" * 5000 + "\U0001f600" + "y" * 5000, "z" * 70000]
for t in texts:
    out = []
    for start in (None, 0, 1, 5, -3, -100, 10**6):
        for stop in (None, 0, 3, -1, 50, 10**6):
            for step in (None, 1, 2, 3, -1, -2, -7, 100):
                s = t[start:stop:step]
                out.append(len(s)); out.append(hash(s) & 0xffff)
    print(len(t), sum(out), out[:20])
