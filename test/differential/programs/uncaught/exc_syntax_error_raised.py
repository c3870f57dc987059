# A SyntaxError raised by hand: python3 shows its file, line, text and markers.
def parse(text):
    raise SyntaxError("unexpected token", ("config.ini", 7, 9, "    key = = value\n", 7, 12))


parse("key = = value")
