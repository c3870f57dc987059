# What python3 says about the inputs of tokenizer.test.ts, in one process.
# stdin: {"files": [absolute paths], "sources": [source strings], "snippets": [source strings],
#         "byteSnippets": [source strings, compiled as bytes]}
# stdout, one JSON value per line, in the order of the request:
#   a file or source -> {"tokens": [...]} as the tokenize module reads it, in the form the C
#                tokenizer's tokens are compared in (see below), or {"skip": reason} when python3
#                cannot parse it
#   a snippet -> {"error": [kind, msg, lineno, offset, end_lineno, end_offset, text]} from compile(), or
#                {"error": null} when it compiles
#
# The tokenize module is a regular-expression re-implementation of the C tokenizer. On source that
# compiles, the two agree on the tokens except for these documented differences, folded in here:
#   - COMMENT, NL and ENCODING tokens do not reach the parser: dropped;
#   - NEWLINE: only its start is compared (tokenize: the '\n', or where it would be at the end of a
#     file without one; the C tokenizer's token ends there, and starts at a comment before it);
#   - INDENT, DEDENT, ENDMARKER: only the line is compared (the C tokenizer gives them no columns),
#     and tokenize puts the ones at the end of the file on the line after the last, where the C
#     tokenizer stays on the last line;
#   - tokenize reads names as regex \w+, which lacks some identifier characters (combining marks
#     such as U+E0100): it splits such a name into NAME and ERRORTOKEN pieces, joined again here.
import ast
import io
import json
import sys
import tokenize
import warnings

warnings.simplefilter('ignore')
KEPT = {tokenize.NAME, tokenize.NUMBER, tokenize.STRING, tokenize.OP}


def c_tokenizer_line_count(source_bytes):
    text = source_bytes.replace(b'\r\n', b'\n').replace(b'\r', b'\n')
    return text.count(b'\n') + (0 if text.endswith(b'\n') else 1)


def continues_name(tokens, token):
    if not tokens or tokens[-1][0] != 'NAME' or tuple(tokens[-1][4:6]) != token.start:
        return False
    return (tokens[-1][1] + token.string).isidentifier()


def tokens_of(source, filename):
    try:
        compile(source, filename, 'exec', ast.PyCF_ONLY_AST, dont_inherit=True)
    except (SyntaxError, ValueError) as error:
        return {'skip': f'{type(error).__name__}: {error}'}
    last_line = c_tokenizer_line_count(source)
    tokens = []
    for token in tokenize.tokenize(io.BytesIO(source).readline):
        name = tokenize.tok_name[token.type]
        (start_line, start_col), (end_line, end_col) = token.start, token.end
        if token.type in (tokenize.NAME, tokenize.ERRORTOKEN) and continues_name(tokens, token):
            tokens[-1][1] += token.string
            tokens[-1][4:6] = [end_line, end_col]
        elif token.type in KEPT:
            tokens.append([name, token.string, start_line, start_col, end_line, end_col])
        elif token.type == tokenize.NEWLINE:
            tokens.append([name, start_line, start_col])
        elif token.type in (tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER):
            tokens.append([name, min(start_line, last_line)])
        elif token.type not in (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING):
            tokens.append([name, token.string, start_line, start_col, end_line, end_col])
    return {'tokens': tokens}


def error_of(source):
    try:
        compile(source, '<snippet>', 'exec', dont_inherit=True)
        return {'error': None}
    except SyntaxError as e:
        return {'error': [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text]}


request = json.load(sys.stdin)
for path in request['files']:
    with open(path, 'rb') as f:
        print(json.dumps(tokens_of(f.read(), path)), flush=True)
for source in request['sources']:
    print(json.dumps(tokens_of(source.encode('utf-8'), '<source>')), flush=True)
for snippet in request['snippets']:
    print(json.dumps(error_of(snippet)), flush=True)
for snippet in request['byteSnippets']:
    # Lone surrogates stand for bytes that are not UTF-8.
    print(json.dumps(error_of(snippet.encode('utf-8', 'surrogateescape'))), flush=True)
