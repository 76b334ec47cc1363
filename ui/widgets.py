"""Rendering helpers shared by the pages: the highlighted request, sizes, metrics, messages (charts: charts.py)."""
from __future__ import annotations

import html
import re

import streamlit as st

from assistant.definition import AudienceDefinition
from assistant.edit import column_label
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


def highlighted_request(defn: AudienceDefinition, removed_by: str = "you") -> str:
    """The request with each phrase marked by the criterion it became; words not understood in orange, words whose
    card was removed struck through."""
    text = defn.request
    marks: list[tuple[int, int, str, str]] = []
    parts = [(c, "criterion") for c in defn.criteria] + [(c, "exclusion") for c in defn.exclusions]
    for i, (c, role) in enumerate(parts):
        if c.phrase and (pos := text.find(c.phrase)) >= 0:
            marks.append((pos, pos + len(c.phrase), f"background:{COLORS[i % len(COLORS)]}", f"{role}: {c.label}"))
    for word in defn.unrecognized:
        for m in re.finditer(rf"\b{re.escape(word)}\b", text):
            marks.append((m.start(), m.end(), "background:#ffb86b", "not understood: answer the question below"))
    for phrase in defn.ignored:
        if (pos := text.find(phrase)) >= 0:
            marks.append((pos, pos + len(phrase), "background:#e0e0e0", "ignored: a title or an aside, not a criterion"))
    for gone in defn.removed:
        if (pos := text.find(gone.phrase)) >= 0:
            marks.append((pos, pos + len(gone.phrase), "background:#eeeeee;text-decoration:line-through",
                          f"removed by {removed_by}: {gone.label}"))
    marks.sort()
    out, last = [], 0
    for start, end, style, title in marks:
        if start < last:
            continue
        out.append(html.escape(text[last:start]))
        out.append(f'<mark style="{style};padding:1px 3px;border-radius:4px" title="{html.escape(title)}">'
                   f"{html.escape(text[start:end])}</mark>")
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out)


def removed_note(defn: AudienceDefinition, who: str) -> None:
    """Words of the request whose card was removed: they select no one, and the page says so."""
    if defn.removed:
        st.caption(f"Removed by {who} (these words select no one): "
                   + " · ".join(f"“{gone.phrase}” ({gone.label})" for gone in defn.removed))


def size_of(result: DryRunResult | None, name: str) -> str:
    if result is None:
        return ""
    for step in result.funnel + result.waterfall:
        if step.name == name:
            if step.role == "criterion":
                alone = "" if step.own_size is None else f"{step.own_size:,} alone · "
                return f"{alone}{step.size_after:,} after this step"
            return f"removes {step.removed:,} · {step.size_after:,} left"
    return ""





def metrics(run: DryRunResult) -> None:
    m1, m2, m3, m4 = st.columns(4)
    m1.metric("Final audience", f"{run.final_size:,}", help="After the request's criteria and exclusions and the policies.")
    m2.metric("Share of the base", f"{run.share:.2%}", help=f"{run.base:,} customers in all")
    m3.metric("As requested", f"{run.request_size:,}", help="Before consent, suppression and pressure cap.")
    m4.metric("Dry run", f"{run.elapsed_ms:,.0f} ms")
    flags(run)


def attribute_label(catalog, attr: str) -> str:
    if attr in catalog.indicators:
        return catalog.indicators[attr].label.capitalize()
    return column_label(catalog, attr) if attr.count(".") == 2 else attr.replace("_", " ").capitalize()




def when(at: str | None) -> str:
    """A stored ISO timestamp as a person reads it: to the minute, no microseconds."""
    return at[:16].replace("T", " ") + " UTC" if at else "-"


def flags(result: DryRunResult) -> None:
    for f in result.flags:
        st.warning(f"Size guard: {f.message}", icon=":material/warning:")

