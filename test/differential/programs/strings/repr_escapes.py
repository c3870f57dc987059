# repr() of strings chooses quotes and escapes control and non-printable characters.
for s in ["plain", "it's", 'say "hi"', 'both \' and "', 'tab\there', 'nl\n', '\x00\x7f\x80', 'caf\u00e9', '\u200b', 'emoji \U0001F600', '\\', '\r\x0b\x0c', '\ud800']:
    print(repr(s))
print(ascii('caf\u00e9 \U0001F600 \x7f'))
for i in (0, 7, 8, 27, 31, 127, 128, 159, 160, 173, 0x2028, 0xfeff, 0xe000):
    print(i, repr(chr(i)), ascii(chr(i)))
print(repr('\'') + repr('"'), str(repr('a\\b')))
