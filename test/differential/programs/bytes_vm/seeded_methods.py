# Seeded pseudo-random bytes and arguments through the search, split and padding methods.
state = 12345

def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n

ALPHABET = b'ab \t\n\rAB-+0'

def sample(length):
    return bytes(ALPHABET[rand(len(ALPHABET))] for _ in range(length))

def index_or_none():
    return None if rand(4) == 0 else rand(16) - 8

lines = []
for _ in range(300):
    data = sample(rand(12))
    needle = sample(rand(3))
    start, end = index_or_none(), index_or_none()
    limit = rand(5) - 2
    width = rand(14)
    row = [
        data.find(needle, start, end), data.rfind(needle, start, end), data.count(needle, start, end),
        data.startswith(needle, start, end), data.endswith(needle, start, end),
        data.split(needle, limit) if needle else data.split(None, limit),
        data.rsplit(needle, limit) if needle else data.rsplit(None, limit),
        data.strip(needle or None), data.lstrip(needle), data.rstrip(needle or None),
        data.replace(needle, b'<>', limit), data.partition(needle or b'a'), data.rpartition(needle or b'a'),
        data.center(width, b'.'), data.zfill(width), data.expandtabs(rand(6)), data.splitlines(rand(2) == 1),
        data.title(), data.capitalize(), data.swapcase(), data.istitle(), data.isspace(), data.hex(':', rand(5) - 2),
    ]
    lines.append(repr(row))
for line in lines:
    print(line)
