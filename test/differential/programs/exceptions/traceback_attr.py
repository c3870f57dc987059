# Exceptions carry __traceback__ with line information of the raising frame.
def fail():
    raise ValueError('tb')
try:
    fail()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
e2 = ValueError('fresh')
print(e2.__traceback__)
print(e2.with_traceback(None) is e2)
