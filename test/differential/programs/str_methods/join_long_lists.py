# str.join of lists long enough that pyvm joins them a slice at a time: every length
# around the slice's edges, with empty and multi-character separators and pieces.
for n in (0, 1, 4095, 4096, 4097, 8192, 8193, 100_000):
    items = [chr(97 + i % 26) * (i % 3) for i in range(n)]
    for sep in ("", ",", "<->"):
        s = sep.join(items)
        print(n, len(sep), len(s), hash(s) % 1000003, s[:20], s[-20:])
print("".join(str(i) for i in range(50000))[-30:])
try:
    ",".join(["a"] * 5000 + [1])
except TypeError as e:
    print(e)
