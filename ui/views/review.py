"""Review: the queue; for one version the same evidence as the Build page, what changed, the size guard; decide."""
from __future__ import annotations

import streamlit as st

import charts
import resources
import widgets
from assistant import pipeline
from assistant.errors import AudienceError

state = st.session_state


def pick(queue) -> int:
    labels = {v.id: f"{v.audience_name} · version {v.number} · {v.size:,} customers · by {v.author}" for v in queue}
    return st.selectbox("Versions in review", list(labels), format_func=labels.get, key="review_version")


def what_changed(svc, row) -> None:
    diff = pipeline.diff(svc, row.id)
    with st.container(border=True):
        if diff.previous is None:
            st.markdown("**First version of this audience.**")
            return
        st.markdown(f"**What changed since version {diff.previous_number}**")
        for change in diff.changes:
            st.markdown(f"- {change}")
        if diff.size_before is not None:
            st.caption(f"Final size: {diff.size_before:,} → {diff.size_after:,} "
                       f"({(diff.size_after or 0) - diff.size_before:+,})")
        rows = [{"Part (size after it is applied)": s.label,
                 f"Version {diff.previous_number}": "not in it" if s.before is None else f"{s.before:,}",
                 f"Version {row.number}": "not in it" if s.after is None else f"{s.after:,}"}
                for s in diff.steps if s.before != s.after]
        if rows:
            st.dataframe(rows, hide_index=True, width="stretch")


def parts(row) -> None:
    defn, run = row.definition, row.dry_run
    for i, c in enumerate(defn.criteria):
        st.markdown(f"**{i + 1}. {c.label}**  \n:gray[{'edited by the author' if c.origin == 'user' else 'from “' + c.phrase + '”'}"
                    f" · {widgets.size_of(run, f'c{i + 1}')}]")
    for i, c in enumerate(defn.exclusions):
        st.markdown(f"**except {c.label}**  \n:gray[{'edited by the author' if c.origin == 'user' else 'from “' + c.phrase + '”'}"
                    f" · {widgets.size_of(run, f'x{i + 1}')}]")


def figures_now(row):
    try:
        now = resources.cached_dry_run(row.definition.model_dump_json(), row.expected_size, None)
    except AudienceError as exc:
        widgets.show_error(exc)
        return None
    submitted = row.dry_run
    c1, c2, c3 = st.columns(3)
    c1.metric("Final size submitted", f"{submitted.final_size:,}")
    c2.metric("Final size now", f"{now.final_size:,}", delta=now.final_size - submitted.final_size)
    c3.metric("As requested now", f"{now.request_size:,}", delta=now.request_size - submitted.request_size)
    return now


def decide(svc, row) -> None:
    user = resources.current_user()
    if user is None:
        st.info("Sign in (sidebar) as a reviewer to approve or reject.", icon=":material/info:")
        return
    if not user.may("review"):
        st.info(f"Signed in as {user.display or user.name}, a {user.role}: only reviewers approve or reject.",
                icon=":material/info:")
        return
    if row.touched_by(user.name):
        st.warning("You authored or edited this version: another reviewer must approve it (four eyes).")
    typed = None
    if row.flags:
        typed = st.number_input("The size guard flagged this audience: type its final size to confirm you saw it",
                                min_value=0, step=1, value=None, key="typed_size")
    comment = st.text_input("Comment (required to reject)", key="review_comment", max_chars=2_000)
    a, b = st.columns(2)
    if a.button("Approve", type="primary", key="approve", disabled=row.touched_by(user.name)):
        try:
            pipeline.approve(svc, user, row.id, typed_size=int(typed) if typed is not None else None, comment=comment)
            state.decided = f"“{row.audience_name}” version {row.number} approved: {row.size:,} customers."
            st.rerun()
        except AudienceError as exc:
            widgets.show_error(exc)
    if b.button("Reject", key="reject"):
        try:
            pipeline.reject(svc, user, row.id, comment)
            state.decided = f"“{row.audience_name}” version {row.number} rejected: the author sees your comment."
            st.rerun()
        except AudienceError as exc:
            widgets.show_error(exc)


def main() -> None:
    st.title("Review")
    if "decided" in state:
        st.success(state.pop("decided"), icon=":material/check_circle:")
    svc = resources.services()
    queue = pipeline.queue(svc)
    if not queue:
        st.info("Nothing waits for review.")
        return
    row = pipeline.version(svc, pick(queue))
    defn = row.definition
    st.markdown(f"**Request:** {widgets.highlighted_request(defn, 'the author')}", unsafe_allow_html=True)
    widgets.removed_note(defn, "the author")
    st.caption(f"Channel {defn.channel} · as of {defn.as_of} · submitted by {row.author} on {widgets.when(row.submitted_at)}"
               f" · note: {row.note or '-'}")
    what_changed(svc, row)
    for problem in pipeline.reference_problems(svc, row.id):
        st.warning(f"Needs a new review: {problem}", icon=":material/link_off:")
    widgets.flags(row.dry_run)
    if row.dry_run.arms is not None:
        charts.arm_report(row.dry_run.arms)
    figures_now(row)
    decide(svc, row)
    st.subheader("The audience as submitted")
    parts(row)
    charts.evidence(row.dry_run, resources.catalog())
    with st.expander("SQL"):
        try:
            st.code(pipeline.compile(svc, defn, with_policies=True), language="sql")
        except AudienceError as exc:
            widgets.show_error(exc)


main()
