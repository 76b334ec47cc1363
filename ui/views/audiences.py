"""Audiences: status, versions, approvals, exports and refreshes; export (approved only) and download."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import streamlit as st

import resources
import widgets
from assistant import pipeline
from assistant.errors import AudienceError

st.title("Audiences")
svc = resources.services()
rows = pipeline.audiences(svc)
if not rows:
    st.info("No audiences yet: build one and submit it for review.")
    st.stop()
st.dataframe([{"audience": r.id, "name": r.name, "latest version": r.number, "status": r.status,
               "size": r.size, "author": r.author, "exports": r.exports, "refreshes": r.refreshes}
              for r in rows], hide_index=True, width="stretch")

names = {r.id: f"{r.id} · {r.name}" for r in rows}
audience_id = st.selectbox("Audience", list(names), format_func=names.get, key="audience_pick")
for v in pipeline.versions(svc, audience_id):
    approval = pipeline.approval(svc, v.id)
    with st.container(border=True):
        st.markdown(f"**Version {v.number}** (id {v.id}) · {v.status} · size {v.size if v.size is not None else '-'}"
                    f" · by {v.author}" + (f" · approved by {approval.reviewer} for {approval.approved_size:,}"
                                           if approval else ""))
        for e in pipeline.exports(svc, v.id):
            st.caption(f"export {e.id} ({e.status}) by {e.exported_by} at {e.at[:19]}: {e.rows:,} rows → {e.destination}"
                       + (f" · {e.detail}" if e.detail else ""))
            with st.expander(f"Reconciliation of export {e.id}"):
                st.dataframe(e.reconciliation, hide_index=True, width="stretch")
            path = Path(e.file)
            if path.exists():
                st.download_button(f"Download {path.name}", path.read_bytes(), file_name=path.name, key=f"dl_{e.id}")
        user = resources.current_user()
        if v.status in ("approved", "exported") and user is not None:
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
                        st.error("; ".join(result.failures) + f". Resume with `audience export --resume "
                                 f"{result.export_id} --as {user.name}` once the destination accepts again.")
                    except AudienceError as exc:
                        status.update(label="Export stopped", state="error")
                        widgets.show_error(exc)
            if c2.button("Refresh membership", key=f"refresh_{v.id}"):
                try:
                    r = pipeline.refresh(svc, user, audience_id)
                    st.success(f"{r.size:,} members as of {r.as_of}: {r.entered:,} entered, {r.left:,} left")
                except AudienceError as exc:
                    widgets.show_error(exc)
refreshes = pipeline.refreshes(svc, audience_id)
if refreshes:
    st.markdown("**Refresh history**")
    st.dataframe([dataclasses.asdict(r) for r in refreshes], hide_index=True, width="stretch")
