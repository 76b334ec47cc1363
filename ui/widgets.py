"""Rendering helpers shared by the pages: the highlighted request, part cards, charts, messages."""
from __future__ import annotations

import html
import re

import streamlit as st

from assistant.definition import AudienceDefinition
from assistant.dry_run.result import DryRunResult
from assistant.errors import AudienceError

COLORS = ["#cfe8ff", "#d7f5d0", "#ffe9b3", "#f3d4ff", "#d0f0f0", "#ffd6d6", "#e6e6ff"]


def show_error(exc: Exception) -> None:
    """Errors are messages that say what to do, never tracebacks."""
    if isinstance(exc, AudienceError):
        st.error(exc.message + (f"\n\n**What to do:** {exc.hint}" if exc.hint else ""), icon=":material/error:")
    else:
        st.error(f"Something went wrong: {exc}. Try again; if it persists, report it with the request you typed.",
                 icon=":material/error:")


def highlighted_request(defn: AudienceDefinition) -> str:
    """The request with each phrase marked by the criterion it became; words not understood in orange."""
    text = defn.request
    marks: list[tuple[int, int, str, str]] = []
    parts = [(c, "criterion") for c in defn.criteria] + [(c, "exclusion") for c in defn.exclusions]
    for i, (c, role) in enumerate(parts):
        if c.phrase and (pos := text.find(c.phrase)) >= 0:
            marks.append((pos, pos + len(c.phrase), COLORS[i % len(COLORS)], f"{role}: {c.label}"))
    for word in defn.unrecognized:
        for m in re.finditer(rf"\b{re.escape(word)}\b", text):
            marks.append((m.start(), m.end(), "#ffb86b", "not understood: answer the question below"))
    for phrase in defn.ignored:
        if (pos := text.find(phrase)) >= 0:
            marks.append((pos, pos + len(phrase), "#e0e0e0", "ignored: a title or an aside, not a criterion"))
    marks.sort()
    out, last = [], 0
    for start, end, color, title in marks:
        if start < last:
            continue
        out.append(html.escape(text[last:start]))
        out.append(f'<mark style="background:{color};padding:1px 3px;border-radius:4px" title="{html.escape(title)}">'
                   f"{html.escape(text[start:end])}</mark>")
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


def size_of(result: DryRunResult | None, name: str) -> str:
    if result is None:
        return ""
    for step in result.funnel + result.waterfall:
        if step.name == name:
            if step.role == "criterion":
                return f"{step.own_size:,} alone · {step.size_after:,} after this step"
            return f"removes {step.removed:,} · {step.size_after:,} left"
    return ""


def funnel_rows(result: DryRunResult) -> list[tuple[str, int]]:
    return [("all customers", result.base)] + [(f"{i}. {s.label}", s.size_after) for i, s in enumerate(result.funnel, 1)]


def waterfall_rows(result: DryRunResult) -> list[tuple[str, int]]:
    return [(("policy: " if s.role.startswith("policy") else "except ") + s.label, s.removed) for s in result.waterfall]


def bar_chart(rows: list[tuple[str, int]], *, label: str, value: str, horizontal: bool = False,
              color: str = "#4c78a8") -> None:
    """Bars from a Vega-Lite spec written here, in the rows' order.

    st.bar_chart goes through Altair, which builds and validates a schema on every rerun: six charts were
    most of a Build click outside the dry run.
    """
    category = {"field": "label", "type": "nominal", "sort": None, "title": None}
    amount = {"field": "value", "type": "quantitative", "title": value}
    encoding = {"y": category, "x": amount} if horizontal else {"x": category, "y": amount}
    spec = {"data": {"values": [{"label": k, "value": v} for k, v in rows]}, "mark": {"type": "bar", "color": color},
            "encoding": {**encoding, "tooltip": [{"field": "label", "title": label}, {"field": "value", "title": value}]}}
    st.vega_lite_chart(spec=spec, width="stretch")


def flags(result: DryRunResult) -> None:
    for f in result.flags:
        st.warning(f"Size guard: {f.message}", icon=":material/warning:")
