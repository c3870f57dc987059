# _json: scanstring and the string escapers, the C scanner behind json.loads (numbers,
# constants, hooks, errors with the C module's positions) and the C encoder behind
# json.dumps without indent (separators, key types, sort_keys, skipkeys, NaN, cycles).
import json
import _json
from collections import OrderedDict
from decimal import Decimal


def attempt(fn, *args, **kwargs):
    try:
        return repr(fn(*args, **kwargs))
    except Exception as error:
        return f'{type(error).__name__}: {error}'


print(type(_json.make_scanner).__name__, type(_json.make_encoder).__name__, json.decoder.c_scanstring is _json.scanstring,
      json.scanner.make_scanner is _json.make_scanner, json.encoder.c_make_encoder is _json.make_encoder)
print(_json.encode_basestring('tab\there "quoted" \\ é \x7f \x01'), _json.encode_basestring_ascii('é😀\u2028\x1f/'))
print(attempt(_json.encode_basestring, 5), attempt(_json.encode_basestring_ascii, b'x'))
for args in [('"plain" tail', 1), ('"a\\n\\u00e9\\ud83d\\ude00\\/"', 1), ('"unterminated', 1), ('"bad \\q"', 1), ('"\\u12"', 1),
             ('"\\u12x4"', 1), ('"\\ud800\\u0041"', 1), ('"\\ud800"', 1), ('"ctrl\tchar"', 1), ('"ctrl\tchar"', 1, False),
             ('"x"', 9), ('😀"😀"', 2), (5, 0), ('"x"',)]:
    print(args, attempt(_json.scanstring, *args))

# Decoding.
document = '''
{"name": "pyvm", "version": [3, 11, 7], "ratio": 0.5, "big": 123456789012345678901234567890,
 "exp": 1E3, "neg": -0, "negf": -0.0, "small": 2.5e-3, "flags": [true, false, null],
 "nested": {"empty_list": [], "empty_object": {}, "text": "\\u00e9t\\u00e9"},
 "special": [NaN, Infinity, -Infinity], "dup": 1, "dup": 2}
'''
decoded = json.loads(document)
print(decoded)
print(json.loads(document, parse_float=Decimal, parse_int=str, parse_constant=lambda name: f'<{name}>')['special'])
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('{"x": {"y": 1}}', object_hook=lambda d: sorted(d)))
print(json.loads('  [1,2 ,\n 3 ]  '), json.loads('"\\ud834\\udd1e"'), json.loads('12'), json.loads('-1.5e+2'))
for bad in ['', '[', '[1,', '[1 2]', '{"a" 1}', '{"a": 1,}', '{1: 2}', '{"a": }', '[1,]', '-', '-x', '01', '1.', '.5',
            'nul', 'tru', '"\\x"', '[1] x', '{"a": "b\nc"}', 'NaNa', '[-Infinit]', '1e+', '{', '{"a"', '{"a":1']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as error:
        print(repr(bad), '->', error, (error.pos, error.lineno, error.colno))
decoder = json.JSONDecoder()
print(decoder.raw_decode('[1, 2] trailing'), decoder.raw_decode('  {"k": null}', 2), attempt(decoder.scan_once, '[1]', -1),
      attempt(decoder.scan_once, 7, 0))
print(json.loads('[' * 50 + ']' * 50) == eval('[' * 50 + ']' * 50))

# Encoding.
data = {'text': 'é\n"q"', 'int': 7, 'float': 2.5, 'none': None, 'bools': [True, False], 'tuple': (1, 2),
        'nested': {'list': [], 'dict': {}}, 'big': 2 ** 70, 'neg0': -0.0, 'exp': 1e22}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False, separators=(',', ':'), sort_keys=True))
print(json.dumps({3: 'int', 1.5: 'float', True: 'bool', None: 'none', 'b': 'str'}))
print(json.dumps({'z': 1, 'a': 2, 'm': 3}, sort_keys=True), json.dumps(OrderedDict([('b', 1), ('a', 2)])))
print(json.dumps({(1, 2): 'tuple key', 'ok': 1}, skipkeys=True), attempt(json.dumps, {(1, 2): 'x'}))
print(json.dumps([float('nan'), float('inf'), -float('inf')]), attempt(json.dumps, [float('nan')], allow_nan=False))
print(attempt(json.dumps, {1.5: float('inf')}, allow_nan=False), attempt(json.dumps, {float('nan'): 1}, allow_nan=False))
cycle = []
cycle.append(cycle)
loop = {}
loop['self'] = loop
print(attempt(json.dumps, cycle), attempt(json.dumps, loop), json.dumps([[]] * 2), attempt(json.dumps, object()))
print(json.dumps({1, 2} and sorted({3, 1}), default=list), json.dumps({'s': {1, 2}}, default=sorted))
print(json.dumps(Decimal('1.10'), default=str), json.dumps([1, 2], indent=None), json.dumps([1, [2]], indent=2))


class Custom(json.JSONEncoder):
    def default(self, value):
        if isinstance(value, complex):
            return [value.real, value.imag]
        return super().default(value)


print(json.dumps({'z': 1 + 2j}, cls=Custom), attempt(json.dumps, {'z': 1j, 'w': object()}, cls=Custom))
import enum


class Level(enum.IntEnum):
    LOW = 1


class Ratio(float):
    pass


class Name(str):
    pass


print(json.dumps([Level.LOW, Ratio(0.25), Name('n')]), json.dumps({Level.LOW: 'enum key', Name('k'): Ratio(2.0)}))
encoder = _json.make_encoder(None, str, _json.encode_basestring_ascii, None, ': ', ', ', False, False, True)
print(encoder({'a': [1, 'é']}, 0), encoder.key_separator, encoder.sort_keys, attempt(_json.make_encoder, [], str, str, None, ':', ',', 0, 0, 1))
print(attempt(_json.make_encoder(None, str, lambda s: 5, None, ':', ',', 0, 0, 1), ['x'], 0))
