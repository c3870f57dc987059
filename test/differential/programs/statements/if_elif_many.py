# Long elif chains and nested ifs select the right branch.
def grade(score):
    if score >= 90:
        g = 'A'
    elif score >= 80:
        g = 'B'
    elif score >= 70:
        g = 'C'
    elif score >= 60:
        g = 'D'
    else:
        g = 'F'
    if g in 'AB':
        if score % 10 >= 7:
            g += '+'
    return g
print([grade(s) for s in (99, 97, 85, 88, 72, 65, 12, 90, 60)])
