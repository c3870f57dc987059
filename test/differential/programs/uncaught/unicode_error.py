# An uncaught UnicodeDecodeError has a long, exact message.
data = b'valid \xe2\x82\xac then invalid \xff'
print(data[:10].decode())
text = data.decode('utf-8')
print(text)
