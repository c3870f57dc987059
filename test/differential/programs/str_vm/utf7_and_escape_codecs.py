# UTF-7 both ways (RFC 2152 examples, surrogates, errors, incremental decoding), \N{...}
# in the unicode_escape codec with each error handler, and a codec found through the
# encodings package without importing codecs first.
print(b'+AKM-'.decode('utf-7'), 'x\u20acy'.encode('utf7'))
import codecs

for text in ('A\u2262\u0391.', 'Hi Mom -\u263a-!', '\u65e5\u672c\u8a9e', 'Item 3 is \u00a31.', '+', '+-', '\\?',
             '++--', '\U000abcde', '\ud801', '\ud801x', '\udc01x', '\ud801\U000abcde', 'a~b\x00\x7f', '\xe9-x', ''):
    encoded = text.encode('utf-7')
    print(ascii(text), encoded, encoded.decode('utf-7') == text)

for data in (b'+@', b'+\xc1', b'a\xffb', b'+AB-', b'+ABC', b'+ABCDx', b'+2AE', b'+AAB-', b'+A', b'+2AEx', b'+ZeV', b'abc+'):
    for errors in ('strict', 'ignore', 'replace', 'backslashreplace'):
        try:
            print(data, errors, ascii(data.decode('utf-7', errors)))
        except UnicodeDecodeError as error:
            print(data, errors, error)
    print(data, codecs.utf_7_decode(data, 'replace', False), codecs.utf_7_decode(data, 'replace', True))

decoder = codecs.getincrementaldecoder('utf-7')()
print([decoder.decode(bytes([byte])) for byte in b'A+ImIDkQ.+ZeVnLIqe-x'], decoder.decode(b'', True))

for data in (b'\\N{foo}xx', b'\\N{LATIN SMALL LETTER A}b', b'\\N{', b'\\Nx', b'\\N{foo', b'x\\N{}y', b'\\N{EM DASH}'):
    for errors in ('strict', 'ignore', 'replace', 'backslashreplace'):
        try:
            print(data, errors, ascii(data.decode('unicode-escape', errors)))
        except UnicodeDecodeError as error:
            print(data, errors, error)
    print(data, ascii(data.decode('raw-unicode-escape')))
try:
    b'\\U0011ffff'.decode('raw-unicode-escape')
except UnicodeDecodeError as error:
    print(error)
