"""Review: the queue; for one version, what it is, what changed, its figures now; approve or reject."""
from __future__ import annotations

import streamlit as st

import resources
import widgets
from assistant import pipeline
from assistant.errors import AudienceError

st.title("Review")
svc = resources.services()
queue = pipeline.queue(svc)
if not queue:
    st.info("Nothing waits for review.")
    st.stop()

labels = {v.id: f"v{v.id} · {v.audience_name} · {v.size:,} customers · by {v.author}" for v in queue}
version_id = st.selectbox("Versions in review", list(labels), format_func=labels.get, key="review_version")
row = pipeline.version(svc, version_id)
defn, submitted = row.definition, row.dry_run

st.markdown(f"**Request:** {widgets.highlighted_request(defn)}", unsafe_allow_html=True)
st.caption(f"Channel {defn.channel} · as of {defn.as_of} · submitted by {row.author} · note: {row.note or '-'}")
st.code(defn.to_text(), language=None)
diff = pipeline.diff(svc, version_id)
st.markdown("**Changes from the previous version:** " + "; ".join(diff.changes)
            + (f" (size {diff.size_before:,} → {diff.size_after:,})" if diff.previous and diff.size_before is not None else ""))
for f in row.flags:
    st.warning(f"Size guard: {f['message']}", icon=":material/warning:")

try:
    now = resources.cached_dry_run(defn.model_dump_json(), row.expected_size, None)
except AudienceError as exc:
    widgets.show_error(exc)
    st.stop()
c1, c2, c3 = st.columns(3)
c1.metric("Final size submitted", f"{submitted.final_size:,}")
c2.metric("Final size now", f"{now.final_size:,}", delta=now.final_size - submitted.final_size)
c3.metric("As requested now", f"{now.request_size:,}", delta=now.request_size - submitted.request_size)
st.dataframe([{"step": s.label, "kind": s.role, "submitted": a.size_after, "now": s.size_after}
              for a, s in zip(submitted.funnel + submitted.waterfall, now.funnel + now.waterfall)],
             hide_index=True, width="stretch")

if submitted.arms is not None:
    widgets.arm_report(submitted.arms)
for problem in pipeline.reference_problems(svc, version_id):
    st.warning(f"Needs a new review: {problem}", icon=":material/link_off:")

user = resources.current_user()
if user is None:
    st.info("Sign in (sidebar) as a reviewer to decide.")
    st.stop()
is_author = row.touched_by(user.name)
if is_author:
    st.warning("You authored or edited this version: another reviewer must approve it (four eyes).")
typed = None
if row.flags:
    typed = st.number_input("Type the final size to confirm you saw the size-guard flags", min_value=0, step=1,
                            value=None, key="typed_size")
comment = st.text_input("Comment (required to reject)", key="review_comment")
a, b = st.columns(2)
if a.button("Approve", type="primary", key="approve", disabled=is_author):
    try:
        pipeline.approve(svc, user, version_id, typed_size=int(typed) if typed is not None else None, comment=comment)
        st.success(f"Version {version_id} approved: {row.size:,} customers, definition {row.definition_hash[:12]}.")
    except AudienceError as exc:
        widgets.show_error(exc)
if b.button("Reject", key="reject"):
    try:
        pipeline.reject(svc, user, version_id, comment)
        st.success(f"Version {version_id} rejected.")
    except AudienceError as exc:
        widgets.show_error(exc)
