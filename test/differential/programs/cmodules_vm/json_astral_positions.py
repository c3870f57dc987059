# _json's scanner reads a str by UTF-16 unit in pyvm, but Python counts code points: every
# position it reports (the end scan_once returns, each JSONDecodeError's pos, scanstring's
# end) counts an astral character as one, and so do the checks that need a few characters
# to follow (a \uXXXX escape, a surrogate pair of escapes).
import json
from json.decoder import JSONDecoder, scanstring


def attempt(fn, *args):
    try:
        return repr(fn(*args))
    except Exception as error:
        return f'{type(error).__name__}: {error} (pos {getattr(error, "pos", None)})'


DOCUMENTS = [
    '"\\ud83d\\ude00"', '"😀\\ud83d\\ude00x"', '["😀", 1, 2.5e3, -0, "\\u00e9"]', '{"😀": [1, 2, {"a": null}]} ',
    '{"😀😀": "😀", "k": [true, false]}', '[NaN, Infinity, -Infinity]', '[1E+5, 1e-2, 0.5, 1e, 2.]',
    '"😀\\x"', '"😀\\u12😀"', '"😀\\ud800\\u12😀"', '"😀\\ud800\\u12"', '"😀\\', '"😀\\u', '"😀\\u123',
    '"\\ud800\\udc00"', '["\\ud800\\ud800"]', '[1, 2', '{"a" 1}', '{"a": 1 "b"}', '😀 [', '"abc', '"ab\x01c"',
    '[-]', '[1e]', '[1.]', '  😀', '[tru]', '["😀", 1 2]', '{"😀": 1, 2: 3}', '["😀" "x"]',
]
for document in DOCUMENTS:
    print(attempt(json.loads, document))
    for start in (0, 1, 2):
        print(' ', start, attempt(scanstring, document, start), attempt(JSONDecoder().raw_decode, document, start))
print(attempt(scanstring, '😀', 2), attempt(scanstring, '😀"', -1), attempt(scanstring, '😀😀"', 2))
