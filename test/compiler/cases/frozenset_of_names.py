# The frozenset constant a display of names folds into is built again when the code
# object is made if one of its names was interned before: 'link' and 'element' were,
# by the modules `python3 -m dis` loads (as in _markupbase.py). Its order shows it.
def is_declaration(decltype):
    return decltype in {"attlist", "linktype", "link", "element"}
