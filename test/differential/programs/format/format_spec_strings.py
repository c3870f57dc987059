# Format specs for strings: alignment, fill, truncation with precision.
s = 'python'
for spec in ['', '10', '<10', '>10', '^10', '*^11', '.3', '10.2', '-<8', '0>8']:
    print(repr(spec), repr(format(s, spec)))
for bad in ['d', '+', '=10', ',']:
    try:
        format(s, bad)
    except ValueError as e:
        print(type(e).__name__, e)
