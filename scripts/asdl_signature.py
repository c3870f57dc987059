"""The fields an ast node class's docstring (its ASDL constructor) declares; shared by
the generators that read CPython's ast module (gen_ast_nodes.py, gen_ast_schema.py)."""
import re


def parse_signature(doc):
    """'BinOp(expr left, operator op, expr right)' -> [(type, qualifier, name)]"""
    match = re.fullmatch(r"(\w+)(?:\((.*)\))?", doc.strip())
    params = match.group(2) if match else None
    if not params:
        return []
    fields = []
    for part in params.split(", "):
        typ, name = part.split(" ")
        qualifier = typ[-1] if typ[-1] in "*?" else ""
        fields.append((typ.rstrip("*?"), qualifier, name))
    return fields
