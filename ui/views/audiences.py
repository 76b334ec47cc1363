"""Audiences: status, versions, decisions, exports and refreshes; revise, rename, export (approved only)."""
from __future__ import annotations

import dataclasses

from pathlib import Path

import pandas as pd
import streamlit as st

import charts
import resources
import widgets
import workspace
from assistant import pipeline
from assistant.errors import AudienceError

STATUS = {"draft": "draft", "in_review": "in review", "approved": "approved", "rejected": "rejected",
          "exported": "exported"}
state = st.session_state


def overview(rows) -> int:
    st.dataframe([{"Audience": r.name, "Latest version": r.number, "Status": STATUS.get(r.status, r.status),
                   "Size": r.size, "Author": r.author, "Exports": r.exports, "Refreshes": r.refreshes}
                  for r in rows], hide_index=True, width="stretch")
    names = {r.id: r.name for r in rows}
    return st.selectbox("Audience", list(names), format_func=names.get, key="audience_pick")


def rename(svc, user, audience_id: int, name: str) -> None:
    if user is None or not user.may("draft"):
        return
    with st.expander("Rename"):
        new = st.text_input("Name", value=name, key=f"rename_{audience_id}", max_chars=120)
        if st.button("Save name", key=f"rename_save_{audience_id}") and new.strip() != name:
            try:
                pipeline.rename(svc, user, audience_id, new)
                st.rerun()
            except AudienceError as exc:
                widgets.show_error(exc)


def revise(v) -> None:
    """Open this version on the Build page; submitting there makes the audience's next version."""
    comment = next((r.comment for r in reversed(pipeline.reviews(resources.services(), v.id))
                    if r.decision == "rejected"), "")
    workspace.open_version(v.definition, workspace.Revising(v.audience_id, v.audience_name, v.number,
                                                            STATUS.get(v.status, v.status), "revise", comment))
    state.next_request = v.definition.request
    state.next_channel = v.definition.channel
    st.switch_page("views/build.py")


def version_card(svc, user, audience_id: int, v) -> None:
    approval = pipeline.approval(svc, v.id)
    with st.container(border=True):
        size = f"{v.size:,} customers" if v.size is not None else "not sized"
        st.markdown(f"**Version {v.number}** · {STATUS.get(v.status, v.status)} · {size} · by {v.author}"
                    + (f" · approved by {approval.reviewer} for {approval.approved_size:,}" if approval else ""))
        for r in pipeline.reviews(svc, v.id):
            if r.decision == "rejected":
                st.warning(f"Rejected by {r.reviewer} on {widgets.when(r.at)}: {r.comment}", icon=":material/undo:")
        if user is not None and user.may("draft"):
            label = "Revise" if v.status == "rejected" else "Edit as a new version"
            if st.button(label, key=f"revise_{v.id}", type="primary" if v.status == "rejected" else "secondary"):
                revise(v)
        for e in pipeline.exports(svc, v.id):
            target = "the outbox" + (" and the webhook" if " + " in e.destination else "")
            st.caption(f"Export {e.id} ({e.status}) by {e.exported_by} on {widgets.when(e.at)}: {e.rows:,} rows to "
                       f"{target} ({Path(e.file).name})" + (f" · {e.detail}" if e.detail else ""))
            if e.status != "exported" and user is not None and st.button("Resume delivery", key=f"resume_{e.id}"):
                try:
                    pipeline.resume_export(svc, user, e.id)
                    st.rerun()
                except AudienceError as exc:
                    widgets.show_error(exc)
            with st.expander(f"Reconciliation of export {e.id}"):
                st.dataframe(e.reconciliation, hide_index=True, width="stretch")
            path = Path(e.file)
            if path.exists():
                st.download_button(f"Download {path.name}", path.read_bytes(), file_name=path.name, key=f"dl_{e.id}")
        if v.status in ("approved", "exported") and user is not None:
            export_actions(svc, user, audience_id, v)


def export_actions(svc, user, audience_id: int, v) -> None:
    fmt = st.radio("Format", ["csv", "parquet"], horizontal=True, key=f"fmt_{v.id}")
    c1, c2 = st.columns(2)
    if c1.button("Export", key=f"export_{v.id}", type="primary"):
        with st.status("Exporting: re-checking the approved audience, writing the file...", expanded=True) as status:
            try:
                result = pipeline.export(svc, user, v.id, fmt=fmt)
                if result.ok:
                    status.update(label=f"Exported {result.rows:,} rows", state="complete")
                    st.rerun()
                status.update(label=f"Delivery {result.status}: {result.batches_delivered} of {result.batches} "
                                    f"batches delivered", state="error")
                st.error("; ".join(result.failures) + ". Click “Resume delivery” on this export once the destination "
                         "accepts again: batches already delivered are not sent twice.")
            except AudienceError as exc:
                status.update(label="Export stopped", state="error")
                widgets.show_error(exc)
    if c2.button("Refresh membership", key=f"refresh_{v.id}"):
        try:
            r = pipeline.refresh(svc, user, audience_id)
            st.success(f"{r.size:,} members as of {r.as_of}: {r.entered:,} entered, {r.left:,} left")
        except AudienceError as exc:
            widgets.show_error(exc)


def main() -> None:
    st.title("Audiences")
    svc = resources.services()
    rows = pipeline.audiences(svc)
    if not rows:
        st.info("No audiences yet: build one and submit it for review.")
        return
    audience_id = overview(rows)
    user = resources.current_user()
    if user is None:
        st.caption("Sign in (sidebar) to revise, export or refresh an audience.")
    rename(svc, user, audience_id, next(r.name for r in rows if r.id == audience_id))
    versions = pipeline.versions(svc, audience_id)
    for v in versions:
        version_card(svc, user, audience_id, v)
    numbers = {v.id: v.number for v in versions}
    refreshes = pipeline.refreshes(svc, audience_id)
    if refreshes:
        st.markdown("**Refresh history**")
        st.dataframe([{"As of": r.as_of, "Refreshed on": widgets.when(r.at), "By": r.by, "Version": numbers.get(r.version_id),
                       "Members": r.size, "Entered": r.entered, "Left": r.left} for r in refreshes],
                     hide_index=True, width="stretch")
    size_history(svc, audience_id)


def size_history(svc, audience_id: int) -> None:
    """Members over the refreshes, the latest movement, and where the members went since the previous date."""
    history = pipeline.size_history(svc, audience_id)
    if not history:
        return
    latest = history[-1]
    st.markdown("**Size history**")
    c1, c2, c3 = st.columns(3)
    c1.metric("Members at the latest refresh", f"{latest.size:,}",
              delta=latest.size - history[-2].size if len(history) > 1 else None)
    c2.metric("Entered at the latest refresh", f"{latest.entered:,}")
    c3.metric("Left at the latest refresh", f"{latest.left:,}")
    st.line_chart(pd.DataFrame({"refreshed": [r.at[:19] for r in history], "members": [r.size for r in history]})
                  .set_index("refreshed"))
    st.dataframe([dataclasses.asdict(r) for r in reversed(history)], hide_index=True, width="stretch")
    if len({r.as_of for r in history}) > 1:
        moved = pipeline.movement(svc, audience_id)
        st.markdown(f"**Where the {moved.members_then:,} members of {moved.since} are on {moved.until}** "
                    f"({moved.entered:,} entered since)")
        charts.matrix_chart(moved.rows, moved.columns, moved.counts, "members then", "segment now")


main()
