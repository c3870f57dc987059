# __init_subclass__ hooks receive subclasses and class keyword arguments.
class Plugin:
    plugins = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins[key or cls.__name__.lower()] = cls
class Alpha(Plugin, key='a'):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, key='g'):
    pass
print(sorted((k, v.__name__) for k, v in Plugin.plugins.items()))
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
