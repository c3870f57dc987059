# typing constructs are mostly inert at runtime; a few introspection results.
from typing import List, Dict, Optional, Union, Any, Callable, TypeVar, Generic, NamedTuple, TypedDict, get_type_hints
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
print(Box[int](5).item, Optional[int] == Union[int, None], List[int], Dict[str, int])
class Emp(NamedTuple):
    name: str
    id: int = 0
print(Emp('x'), Emp._fields, Emp.__annotations__)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {'title': 'X', 'year': 1}
print(m, sorted(Movie.__annotations__))
def f(a: int, b: 'Optional[str]' = None) -> Callable[..., Any]:
    pass
print(get_type_hints(f))
