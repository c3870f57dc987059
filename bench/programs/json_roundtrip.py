# JSON: json.dumps and json.loads of nested structures built here (dicts, lists, strings
# with escapes and non-ASCII text, ints, floats, booleans, None), compact and with
# indent/sort_keys/ensure_ascii=False, round after round, with checksums of the decoded
# data and checks that each round trip gives back what was encoded.
import json

NAMES = ["alpha", "beta", "gamma", "delta", "\u00e9t\u00e9", "na\u00efve", "tab\there", 'quo"te',
         "back\\slash", "line\nbreak", "\u65e5\u672c", "emoji \U0001f600"]


def make_record(i):
    seed = (i * 2654435761) & 0xFFFFFFFF
    name = NAMES[seed % len(NAMES)]
    return {
        "id": i,
        "name": name + str(i),
        "score": (seed % 10_000) / 64,
        "ratio": seed / 4294967296,
        "active": seed % 3 == 0,
        "parent": None if i % 5 == 0 else i // 2,
        "tags": [NAMES[(seed >> k) % len(NAMES)][:3] for k in range(i % 4)],
        "pos": {"x": seed % 1000 - 500, "y": (seed >> 10) % 1000 - 500, "z": [i, -i, i * i]},
        "big": seed * 10**12 + i if i % 7 == 0 else seed,
    }


def checksum(value):
    if isinstance(value, dict):
        total = len(value) * 7
        for k, v in value.items():
            total += len(k) + checksum(v)
        return total
    if isinstance(value, list):
        total = len(value) * 3
        for position, v in enumerate(value):
            total += (position + 1) * checksum(v)
        return total
    if isinstance(value, str):
        return sum(ord(c) for c in value) % 10_007
    if value is None:
        return 11
    if isinstance(value, bool):
        return 13 if value else 17
    if isinstance(value, int):
        return value % 1_000_003
    return int(value * 1000) % 1_000_003


def main():
    records = [make_record(i) for i in range(500)]
    document = {"version": 3, "records": records, "index": {str(r["id"]): r["name"] for r in records[:50]},
                "matrix": [[r * c / 8 for c in range(10)] for r in range(10)], "empty": [{}, [], ""]}
    total = 0
    lengths = 0
    mismatches = 0
    for round_no in range(20):
        compact = json.dumps(document, separators=(",", ":"))
        pretty = json.dumps(document, indent=2, sort_keys=True)
        unicode_text = json.dumps(document, ensure_ascii=False, indent="\t")
        lengths += len(compact) + len(pretty) + len(unicode_text)
        for text in (compact, pretty, unicode_text):
            decoded = json.loads(text)
            if decoded != document:
                mismatches += 1
            total = (total + checksum(decoded)) % 1_000_000_007
        document["records"][round_no]["name"] += "!"
        document["version"] += 1
    small = 0
    for i in range(6000):
        text = json.dumps([i, str(i), {"k": i / 4, "b": i % 2 == 0}])
        small += len(text) + json.loads(text)[2]["k"].__int__()
    print("json_roundtrip", lengths, total, mismatches, small, json.dumps(records[3], sort_keys=True)[:90])


main()
