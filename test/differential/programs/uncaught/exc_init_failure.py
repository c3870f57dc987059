# An exception raised while building an object, inside a handler of another one,
# with a note added on the way out.
class Config:
    def __init__(self, data):
        try:
            self.port = int(data["port"])
        except KeyError as missing:
            error = ValueError("config has no port")
            error.add_note(f"keys present: {sorted(data)}")
            raise error


Config({"host": "localhost", "debug": True})
