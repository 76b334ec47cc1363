"""Build: a request becomes a visible definition, sized and explained, refined, then submitted for review."""
from __future__ import annotations

import streamlit as st

import resources
import widgets
from assistant import pipeline
from assistant.definition import AudienceDefinition, diff_definitions
from assistant.dry_run.result import DryRunResult
from assistant.errors import AudienceError
from assistant.translate.result import Translation

EXAMPLES = [
    "VIP customers who bought at least twice in store in the last 6 months, but not anyone who got more than 5 messages this month",
    "gold or VIP customers in France or Belgium who opened an email in the last 30 days",
    "lapsed customers who bought shoes before",
    "cart abandoners aged 18-34",
    "top 10% spenders last year except those with an open ticket",
]

st.title("Build an audience")
state = st.session_state
state.setdefault("history", [])
if "next_request" in state:  # a widget's value can only be set before the widget is drawn
    state.request = state.pop("next_request")


def set_translation(result: Translation, *, keep_history: bool = True) -> None:
    if keep_history and state.get("translation"):
        state.history.append(state.translation)
    state.translation = result.model_dump_json()
    state.changes = []


BACKENDS = {"offline": "offline", "LLM": "openai", "hybrid": "hybrid"}


def active_backend() -> str:
    backend = BACKENDS.get(state.get("backend", "offline"), "offline")
    return backend if resources.llm_configured() else "offline"


def translate(request: str) -> None:
    try:
        result = pipeline.translate(resources.services(), request, as_of=state.as_of, channel=state.channel,
                                    backend=active_backend())
    except AudienceError as exc:
        widgets.show_error(exc)
        return
    set_translation(result)


with st.container(border=True):
    st.caption("Examples:")
    cols = st.columns(len(EXAMPLES))
    for i, (col, example) in enumerate(zip(cols, EXAMPLES)):
        if col.button(example[:38] + "…", key=f"example_{i}", help=example, use_container_width=True):
            state.request = example
    st.text_area("Who do you want to reach?", key="request", height=80,
                 placeholder="e.g. VIP customers in France who bought online in the last 3 months")
    c1, c2, c3, c4 = st.columns(4)
    configured = resources.llm_configured()
    c1.radio("Translator", list(BACKENDS), key="backend", horizontal=True, disabled=not configured,
             help="The offline translator needs nothing." + ("" if configured else
                  " LLM and hybrid need a model: set OPENAI_API_KEY (and OPENAI_BASE_URL for a local server)."))
    wh_as_of = resources.services().as_of()
    c2.date_input("As of", value=wh_as_of, key="as_of", help="'Today' for relative dates like 'last 6 months'.")
    c3.selectbox("Channel", ["email", "sms", "push", "none"], key="channel", help="'none' = a segment: counts only.")
    c4.number_input("Expected size", min_value=0, value=0, step=100, key="expected",
                    help="The size you expect; the size guard flags a big difference. 0 = no expectation.")
    if st.button("Build audience", type="primary", key="build"):
        if state.get("request", "").strip():
            translate(state.request)
        else:
            st.warning("Type a request first, or click an example.")

if not state.get("translation"):
    st.info("Type a request or click an example, then **Build audience**.")
    st.stop()

result = Translation.model_validate_json(state.translation)
if result.status == "refused":
    st.error(result.message, icon=":material/block:")
    st.stop()

defn: AudienceDefinition = result.definition
st.markdown(f"**Understood:** {widgets.highlighted_request(defn)}", unsafe_allow_html=True)
if result.language != "en":
    st.caption({"fr": "Request read in French."}.get(result.language, f"Request read in '{result.language}'."))
if defn.ignored:
    st.caption("Ignored as a title or an aside (not criteria): " + " · ".join(f"“{p}”" for p in defn.ignored))
for warning in result.warnings:
    st.warning(warning, icon=":material/warning:")
if result.attempts:
    with st.expander(f"Model attempts ({len(result.attempts)})"):
        for a in result.attempts:
            st.markdown(f"**Attempt {a['attempt']}**" + (" — rejected: " + "; ".join(a["errors"]) if a["errors"] else " — accepted"))
            st.code(a["answer"] or "(no answer)", language="json")
        if result.usage:
            u = result.usage
            st.caption(f"{u.get('prompt_tokens', 0):,} prompt + {u.get('completion_tokens', 0):,} completion tokens"
                       f"{' (estimated)' if u.get('estimated') else ''}; cost ${u.get('cost_usd') or 0:.4f}; "
                       f"{u.get('latency_ms', 0):,.0f} ms")
for n, q in enumerate(result.clarifications):
    with st.container(border=True):
        st.markdown(f"**{q.question}**")
        cols = st.columns(len(q.options))
        for i, option in enumerate(q.options):
            if cols[i].button(option, key=f"clarify_{n}_{i}"):
                state.next_request = q.rewrites[i] if q.rewrites else defn.request.replace(q.phrase, option, 1)
                translate(state.next_request)
                st.rerun()
if result.status == "clarify":
    st.stop()

expected = state.expected or None
try:
    run: DryRunResult = resources.cached_dry_run(defn.model_copy(update={"channel": state.channel}).model_dump_json(),
                                                 expected, None)
except AudienceError as exc:
    widgets.show_error(exc)
    st.stop()

m1, m2, m3, m4 = st.columns(4)
m1.metric("Final audience", f"{run.final_size:,}", help="After the request's criteria and exclusions and the policies.")
m2.metric("Share of the base", f"{run.share:.2%}", help=f"{run.base:,} customers in all")
m3.metric("As requested", f"{run.request_size:,}", help="Before consent, suppression and pressure cap.")
m4.metric("Dry run", f"{run.elapsed_ms:,.0f} ms")
widgets.flags(run)

def cards(parts, prefix: str, title: str) -> None:
    """One card per part, with its own size and a Remove button that drops its phrase from the request."""
    for i, c in enumerate(parts):
        with st.container(border=True):
            a, b = st.columns([6, 1])
            a.markdown(f"**{title.format(n=i + 1)}{c.label}**{c.mark()}  \n{c.meaning}  \n"
                       f":gray[from \"{c.phrase}\" · {widgets.size_of(run, f'{prefix}{i + 1}')}]")
            if b.button("Remove", key=f"remove_{prefix}{i}"):
                state.pending_instruction = f"drop {c.phrase}"


st.subheader("Criteria")
cards(defn.criteria, "c", "{n}. ")
if not defn.criteria:
    st.caption("No criteria: every customer.")
if defn.exclusions:
    st.subheader("Exclusions")
cards(defn.exclusions, "x", "except ")

left, right = st.columns(2)
with left:
    st.markdown("**Funnel**")
    st.bar_chart(widgets.funnel_frame(run), horizontal=True)
with right:
    st.markdown("**What each exclusion removes**")
    if run.waterfall:
        st.bar_chart(widgets.waterfall_frame(run), horizontal=True, color="#e4572e")
st.markdown("**Reachability per channel**")
st.dataframe([r.model_dump() for r in run.reachability], hide_index=True, width="stretch")

st.subheader("Breakdowns")
cols = st.columns(max(1, len(run.breakdowns)))
for col, (attr, values) in zip(cols, run.breakdowns.items()):
    with col:
        st.caption(attr)
        if values:
            st.bar_chart({v: n for v, n in values[:12]})
st.markdown("**Sample (personal data masked)**")
st.dataframe([dict(zip(run.sample_columns, row)) for row in run.sample], hide_index=True, width="stretch")

with st.expander("SQL"):
    dialect = st.selectbox("Dialect", pipeline.DIALECTS, key="dialect",
                           format_func=lambda d: d if d in pipeline.VERIFIED_DIALECTS else f"{d} (unverified)")
    try:
        sql = pipeline.compile(resources.services(), defn.model_copy(update={"channel": state.channel}),
                               with_policies=True, dialect=dialect)
        st.code(sql, language="sql")
    except AudienceError as exc:
        widgets.show_error(exc)

st.subheader("Refine")
f1, f2, f3 = st.columns([5, 1, 1])
f1.text_input("Follow-up", key="followup", placeholder="also exclude people who unsubscribed · make it 3 months · only in France",
              label_visibility="collapsed")
instruction = state.pop("pending_instruction", None)
if f2.button("Apply", key="apply") and state.followup.strip():
    instruction = state.followup
if instruction:
    new, changes = pipeline.refine(resources.services(), defn, instruction, as_of=state.as_of, backend=active_backend())
    if new.status == "refused":
        st.error(new.message)
    else:
        set_translation(new)
        state.changes = changes
        if new.definition:
            state.next_request = new.definition.request
        st.rerun()
if f3.button("Undo", key="undo", disabled=not state.history):
    previous = state.history.pop()
    before = Translation.model_validate_json(previous).definition
    state.changes = diff_definitions(defn, before)
    state.translation = previous
    state.next_request = before.request
    st.rerun()
for change in state.get("changes", []):
    st.caption(f"• {change}")

st.subheader("Submit for review")
user = resources.current_user()
note = st.text_input("Note for the reviewer (optional)", key="note")
if user is None:
    st.info("Sign in (sidebar) as a marketer to submit.")
elif st.button("Submit for review", type="primary", key="submit"):
    try:
        final = defn.model_copy(update={"channel": state.channel})
        sub = pipeline.submit(resources.services(), user, final, dry_run=run, expected_size=expected, note=note)
        st.success(f"Version {sub.version_id} submitted: {run.final_size:,} customers. A reviewer other than you "
                   "approves it on the Review page.", icon=":material/check_circle:")
    except AudienceError as exc:
        widgets.show_error(exc)
