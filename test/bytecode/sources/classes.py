# Class definitions: bases, keywords, decorators, nested classes, annotations, docstrings.
@dataclass(frozen=True)
class Point(Base, metaclass=Meta, **options):
    """A point."""
    x: int
    y: int = 0

    class Inner:
        def method(self):
            return Point.Inner

    def __repr__(self):
        return f'Point({self.x}, {self.y})'
