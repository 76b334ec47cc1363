"""What an event's own filter (its catalog `where`) says about one of its columns.

'cancelled at least one order': the online order's filter (status <> 'cancelled') excludes the value the
request names, so the behaviour meant is the event of the same table whose filter selects it (the cancelled
order). Judged on the sqlglot tree of the filter, never on its text.
"""
from __future__ import annotations

import functools

import sqlglot
from sqlglot import exp


@functools.cache
def _tests(where: str) -> tuple[tuple[str, str, str], ...]:
    """(column name, '=' or '<>', literal) for each plain equality of the filter."""
    try:
        tree = sqlglot.parse_one(where, read="duckdb")
    except sqlglot.errors.ParseError:
        return ()
    out = []
    for node in tree.find_all(exp.EQ, exp.NEQ):
        column, literal = node.find(exp.Column), node.find(exp.Literal)
        if column is not None and literal is not None and literal.is_string:
            out.append((column.name, "=" if isinstance(node, exp.EQ) else "<>", literal.this))
    return tuple(out)


def tests(where: str | None, column: str) -> bool:
    """Does the filter tell rows apart by this column ('status <> 'cancelled'' by the status)?"""
    name = column.rsplit(".", 1)[-1]
    return any(c == name for c, _, _ in _tests(where or ""))


def excludes(where: str | None, column: str, values) -> bool:
    """Does the filter leave out every one of these values of the column ('status <> 'cancelled'')?"""
    name, wanted = column.rsplit(".", 1)[-1], {str(v) for v in values}
    return any(c == name and (op == "<>" and wanted == {lit} or op == "=" and lit not in wanted)
               for c, op, lit in _tests(where or ""))


def selects(where: str | None, column: str, values) -> bool:
    """Does the filter keep exactly these values of the column ('status = 'cancelled'')?"""
    name, wanted = column.rsplit(".", 1)[-1], {str(v) for v in values}
    return any(c == name and op == "=" and wanted == {lit} for c, op, lit in _tests(where or ""))


def disjoint(a: str | None, b: str | None) -> bool:
    """Do two filters keep no row in common by one column ('status <> 'cancelled'' and 'status = 'cancelled'')?"""
    tests_b = _tests(b or "")
    return any(op == "=" and any(c2 == c and (op2 == "<>" and lit2 == lit or op2 == "=" and lit2 != lit)
                                 for c2, op2, lit2 in tests_b)
               for c, op, lit in _tests(a or "")) or \
        any(op == "=" and any(c2 == c and op2 == "<>" and lit2 == lit for c2, op2, lit2 in _tests(a or ""))
            for c, op, lit in tests_b)
