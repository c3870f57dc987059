"""``IPython.display``: the display functions and the rich display objects."""
from IPython.core.display import *  # noqa: F401,F403
from IPython.core.display_functions import *  # noqa: F401,F403
