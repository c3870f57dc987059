# string module constants, Template and capwords.
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.punctuation)
print(repr(string.whitespace), string.octdigits, string.ascii_uppercase)
t = string.Template('$who likes ${what}s and $$money')
print(t.substitute(who='Tim', what='apple'), t.safe_substitute(who='Al'))
try:
    t.substitute(who='x')
except KeyError as e:
    print(type(e).__name__, e)
print(string.capwords('hello   big world'), string.Formatter().format('{0}-{x}', 1, x=2))
