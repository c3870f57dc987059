# float() of texts that are and are not floats, many times in a loop (so that the
# compiled tier calls float directly too), each ValueError caught: the values, the
# messages (the text's repr, bytes shown as bytes) and the exceptions' contexts.
fields = ["1.5", "x", "2e3", "", " 7 ", "nan", "-inf", "1_0.5", "1__0", "_1", "infinity", "-.5", "abc",
          "1e", "\u0663.5", "12.5\n", "\u00a0 3.25 \u2003", "0x10", "1.5j", "'1'", "\x00", "\U0001f600"]


class Text(str):
    pass


values = []
messages = set()
for i in range(4 * len(fields)):
    text = fields[i % len(fields)]
    try:
        values.append(float(text))
    except ValueError as exc:
        messages.add(str(exc))
        assert exc.__context__ is None
print(values[:len(values) // 4])
print(sorted(messages))

for other in (Text("2.5"), Text("bad"), b"3.5", b"bad\xff", bytearray(b" 4 "), "1" * 400):
    try:
        print(repr(float(other))[:40])
    except ValueError as exc:
        print("ValueError:", str(exc)[:80])

try:
    try:
        {}["missing"]
    except KeyError:
        float("not a float")
except ValueError as exc:
    print(repr(exc), repr(exc.__context__))

total = 0.0
bad = 0
for i in range(20000):
    try:
        total += float(fields[i % 5])
    except ValueError:
        bad += 1
print(total, bad)
