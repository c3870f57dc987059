# csv.DictReader, csv.DictWriter and csv.Sniffer (pure Python over _csv).
import csv
import io

data = 'name,age,city\r\nAda,36,London\r\n"Grace ""Amazing"" Hopper",85,"New York, NY"\r\nshort,1\r\nlong,2,x,extra1,extra2\r\n'
reader = csv.DictReader(io.StringIO(data, newline=''))
print(reader.fieldnames)
for row in reader:
    print(reader.line_num, row)

reader = csv.DictReader(['a;b', '1;2;3', '4'], delimiter=';', restkey='rest', restval='?')
print(list(reader))
reader = csv.DictReader(['1,2', '', '3,4'], fieldnames=['x', 'y'])
print(list(reader), reader.fieldnames)
print(list(csv.DictReader([])), csv.DictReader([]).fieldnames)

out = io.StringIO()
writer = csv.DictWriter(out, fieldnames=['name', 'score'], restval='n/a', quoting=csv.QUOTE_NONNUMERIC)
writer.writeheader()
writer.writerow({'name': 'a', 'score': 1.5})
writer.writerows([{'name': 'b'}, {'score': 3, 'name': 'c, d'}])
print(repr(out.getvalue()))
try:
    writer.writerow({'name': 'x', 'bogus': 1})
except ValueError as e:
    print('ValueError', e)
ignoring = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore')
ignoring.writerow({'a': 1, 'b': 2})
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='other')
except ValueError as e:
    print('ValueError', e)

sniffer = csv.Sniffer()
samples = [
    'a;b;c\n1;2;3\n4;5;6\n',
    "'x'|'y'|'z'\n'1'|'2'|'3'\n",
    'name,age\nAda,36\nGrace,85\n',
    'a\tb\tc\nd\te\tf\n',
]
for sample in samples:
    dialect = sniffer.sniff(sample)
    print(repr(dialect.delimiter), repr(dialect.quotechar), dialect.doublequote, dialect.skipinitialspace, sniffer.has_header(sample))
    print(list(csv.reader(io.StringIO(sample), dialect)))
try:
    sniffer.sniff('')
except csv.Error as e:
    print('Error', e)
print(repr(sniffer.sniff('a b c\nd e f\n', delimiters=' ').delimiter))
