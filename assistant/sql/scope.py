"""Queries nested inside one another keep their CTE names apart.

sqlglot hoists nested WITH clauses to the top for engines that refuse them in subqueries (Spark), so two
audiences composed into one statement would both define `c1`; a prefix per audience keeps them distinct.
"""
from __future__ import annotations

from sqlglot import exp


def prefixed_ctes(tree: exp.Expr, prefix: str) -> exp.Expr:
    """A copy of `tree` whose CTEs (and the references to them) are renamed `<prefix>_<name>`."""
    tree = tree.copy()
    names = {cte.alias_or_name.lower() for cte in tree.find_all(exp.CTE)}
    if not names:
        return tree
    for cte in tree.find_all(exp.CTE):
        cte.set("alias", exp.TableAlias(this=exp.to_identifier(f"{prefix}_{cte.alias_or_name}")))
    for table in tree.find_all(exp.Table):
        if not table.db and table.name.lower() in names:
            alias = table.alias or table.name  # keep the columns' qualifier working
            table.set("this", exp.to_identifier(f"{prefix}_{table.name}"))
            table.set("alias", exp.TableAlias(this=exp.to_identifier(alias)))
    return tree
