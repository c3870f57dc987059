# Matching nested dicts and lists as in parsing a small command language.
def run(cmd):
    match cmd.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as d]:
            return f'going {d}'
        case ['go', other]:
            return f'unknown direction {other}'
        case ['take', *items] if items:
            return 'taking ' + ', '.join(items)
        case ['quit' | 'exit']:
            return 'bye'
        case []:
            return 'nothing'
        case [verb, *_]:
            return f'cannot {verb}'
for c in ('go north', 'go up', 'take lamp key', 'take', 'exit', '', 'dance wildly'):
    print(repr(c), run(c))
