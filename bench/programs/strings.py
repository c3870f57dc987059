# Strings: building with join and +=, slicing, str methods, f-strings, formatting,
# split/replace/find, and character-level loops.

WORDS = "the quick brown fox jumps over the lazy dog while seven wizards quietly hex jovial kings".split()


def build_lines(count):
    lines = []
    for i in range(count):
        w = WORDS[i % len(WORDS)]
        lines.append(f"{i:05d}:{w.upper()}|{w[::-1]}|{len(w):>3}|{i * 0.5:.2f}")
    return lines


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h


def main():
    lines = build_lines(180_000)
    blob = "\n".join(lines)
    total = 0
    for line in lines:
        num, rest = line.split(":", 1)
        parts = rest.split("|")
        total += int(num) + len(parts[0]) + parts[1].count("o") + int(parts[2].strip())
        if parts[0].startswith("Q") or parts[1].endswith("t"):
            total += 1
    replaced = blob.replace("FOX", "cat").replace("DOG", "wolf")
    found = 0
    pos = replaced.find("wolf")
    while pos != -1:
        found += 1
        pos = replaced.find("wolf", pos + 1)
    s = ""
    for i in range(200_000):
        s += WORDS[i % 7][: (i % 4) + 1]
    sliced = s[100:5000:3] + s[-300:]
    enc = caesar(blob[:1_300_000], 13)
    dec = caesar(enc, 13)
    assert dec == blob[:1_300_000]
    title = " ".join(w.capitalize() for w in WORDS).swapcase().center(120, "*")
    print("strings", total, found, len(s), checksum(sliced), checksum(enc), checksum(title), "%s-%d-%x" % (WORDS[3], len(replaced), total))


main()
