"""Are the arms alike? A chi-square test of independence between arm and one attribute.

Random assignment gives arms whose country, tier or age mix differ only by chance; a p-value under
`ALPHA` says they differ more than chance would explain (a bug, or a salt that happens to be unlucky).
"""
from __future__ import annotations

import math

ALPHA = 0.01


def chi_square(table: list[list[int]]) -> tuple[float, int]:
    """Statistic and degrees of freedom of a contingency table (rows: values, columns: arms)."""
    rows = [r for r in table if sum(r)]
    if not rows:
        return 0.0, 0
    cols = [j for j in range(len(rows[0])) if sum(r[j] for r in rows)]
    total = sum(sum(r) for r in rows)
    stat = 0.0
    for r in rows:
        row_total = sum(r)
        for j in cols:
            expected = row_total * sum(x[j] for x in rows) / total
            stat += (r[j] - expected) ** 2 / expected
    return stat, max(len(rows) - 1, 0) * max(len(cols) - 1, 0)


def p_value(stat: float, dof: int) -> float:
    """Upper tail of the chi-square distribution: Q(dof/2, stat/2), the regularised upper incomplete gamma."""
    if dof <= 0:
        return 1.0
    a, x = dof / 2, stat / 2
    if x <= 0:
        return 1.0
    log_front = -x + a * math.log(x) - math.lgamma(a)
    if x < a + 1:  # series for the lower part
        term = total = 1.0 / a
        n = a
        for _ in range(1000):
            n += 1
            term *= x / n
            total += term
            if abs(term) < abs(total) * 1e-14:
                break
        return max(0.0, 1.0 - total * math.exp(log_front))
    b, c, d = x + 1 - a, 1e300, 1 / (x + 1 - a)  # continued fraction (modified Lentz)
    h = d
    for i in range(1, 1000):
        an = -i * (i - a)
        b += 2
        d = an * d + b
        d = d if abs(d) > 1e-300 else 1e-300
        c = b + an / c
        c = c if abs(c) > 1e-300 else 1e-300
        d = 1 / d
        h *= d * c
        if abs(d * c - 1) < 1e-14:
            break
    return math.exp(log_front) * h
