# Triple-quoted, raw, and implicitly concatenated string literals.
a = """line1
line2\tTab"""
b = r'raw\n\t\\'
c = ('one '
     'two '
     "three")
d = '''it's "quoted"'''
print(repr(a), repr(b), len(b), c, d)
print(r'\d+\.\d*', rb'\x00'.hex(), R'\N', '\
continued')
