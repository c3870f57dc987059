# textwrap wrapping and pprint of nested structures.
import textwrap, pprint
text = 'The quick brown fox jumps over the lazy dog. ' * 3
print(textwrap.wrap(text, 30))
print(textwrap.fill('a b c d e f g', 5), textwrap.shorten('hello world again', 12))
print(textwrap.dedent('    x\n      y\n    z'), textwrap.indent('a\nb', '> '))
data = {'key%d' % i: list(range(i)) for i in range(8)}
pprint.pprint(data, width=40)
print(pprint.pformat([1, [2, [3, [4]]]], depth=2))
