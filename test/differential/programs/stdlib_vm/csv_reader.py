# csv.reader: the parsing state machine, quoting modes, escapes, strictness and line numbers.
import csv
import io


def show(lines, **settings):
    try:
        print(list(csv.reader(lines, **settings)))
    except Exception as e:
        print(type(e).__name__, e)


show(['a,b,c', '1,2,3'])
show(['a,"b,c",d'])
show(['"a""b",c'])
show(['x,"a', 'b",y'])
show(['x,"a\nb",y'])
show(['x,"a\r\nb",y\r\n'])
show(['', '\n', 'a'])
show(['a,b,'])
show([',,'])
show(['"",""'])
show(['a\0b,c'])
show(['a,b\nc'])
show(['a\rb'])
show(['a\r', 'b'])
show(['"a"b"c"'])
show(['a,"b"   ,c'])
show(['a,"b"   ,c'], strict=True)
show(['a,"b'], strict=True)
show(['a,"b'])
show(['"abc', ''])
show([' a, "b",  c'], skipinitialspace=True)
show(['a;b;"c;d"'], delimiter=';')
show(["'a,b',c"], quotechar="'")
show(['"a,b",c'], quoting=csv.QUOTE_NONE)
show(['1,"2",3,, 4.5'], quoting=csv.QUOTE_NONNUMERIC)
show(['1,"2",x'], quoting=csv.QUOTE_NONNUMERIC)
show(['1,\\,3'], escapechar='\\')
show(['1,\\'], escapechar='\\')
show(['1,\\', 'x'], escapechar='\\')
show(['a\\\r\n', 'x'], escapechar='\\')
show(['"a\\"b",c'], escapechar='\\')
show(['"a\\'], escapechar='\\')
show(['\\'], escapechar='\\', strict=True)
show(['a\\,b'], quoting=csv.QUOTE_NONE, escapechar='\\')
show(['"a""b",c'], doublequote=False)
show(['a\u20acb,\U0001f600'], delimiter='\u20ac')
show([b'a,b'])
show(['a', 7])

reader = csv.reader(io.StringIO('a,b\r\n"multi\r\nline",x\r\n\r\nlast\r\n', newline=''))
for row in reader:
    print(reader.line_num, row)
print(reader.line_num, reader.dialect.delimiter)

try:
    csv.reader(5)
except TypeError as e:
    print('TypeError', e)
try:
    csv.reader()
except TypeError as e:
    print('TypeError', e)

old = csv.field_size_limit(5)
print(old, csv.field_size_limit())
show(['12345,123456'])
show(['"123456"'])
print(csv.field_size_limit(old))
for bad in ['x', True, 2.0]:
    try:
        csv.field_size_limit(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    csv.field_size_limit(2 ** 63)
except OverflowError as e:
    print('OverflowError', e)
try:
    csv.field_size_limit(1, 2)
except TypeError as e:
    print('TypeError', e)
print(csv.field_size_limit(new_limit=old))
