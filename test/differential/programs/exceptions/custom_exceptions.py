# Custom exception classes with extra attributes, args and __str__.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f'missing {key}')
        self.key = key
class Detailed(Exception):
    def __str__(self):
        return 'detailed: ' + ', '.join(map(str, self.args))
for exc in (AppError('basic'), NotFound('k1'), Detailed(1, 2), AppError(), AppError('a', 'b')):
    try:
        raise exc
    except AppError as e:
        print('AppError handler', type(e).__name__, str(e), e.args, repr(e))
    except Exception as e:
        print('generic', type(e).__name__, str(e), e.args, repr(e))
print(issubclass(NotFound, AppError), NotFound.__mro__[-3].__name__)
