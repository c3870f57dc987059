# json: dumps with options, loads, round trip and errors.
import json
data = {'name': 'Ann', 'age': 30, 'tags': ['a', 'b'], 'ok': True, 'none': None, 'pi': 3.14, 'u': 'é'}
s = json.dumps(data)
print(s)
print(json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False))
print(json.loads(s) == data, json.loads('[1, 2.5, "x", null, false]'))
print(json.dumps([1, (2, 3)], separators=(',', ':')), json.dumps('quote"\n'), json.dumps(float('inf')))
try:
    json.loads('{bad json}')
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
