"""Build: a request becomes a visible definition, sized and explained, edited in place, then submitted for review."""
from __future__ import annotations

import functools

import streamlit as st

import editor
import resources
import widgets
import workspace
from assistant import edit, pipeline
from assistant.definition import CHANNELS, AudienceDefinition, Criterion, diff_definitions
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
MAX_REQUEST = 2_000          # characters: a request is a sentence or two, never a document
DEFAULT_CHANNEL = "none"     # the CLI's default too: a segment until a channel is picked
BACKENDS = {"offline": "offline", "LLM": "openai", "hybrid": "hybrid"}
ROLES = {"criteria": "c", "exclusions": "x"}

state = st.session_state


# -- state --------------------------------------------------------------------------------------------

def set_translation(result: Translation, *, keep_history: bool = True) -> None:
    if result.definition is not None:
        result = result.model_copy(update={"definition": edit.relabel(result.definition, resources.catalog())})
    workspace.start(result, keep_history=keep_history)
    _forget_editors()


def set_definition(defn: AudienceDefinition) -> None:
    """An edit made on the cards: kept as the current translation's definition (Undo goes back)."""
    workspace.edit(edit.relabel(defn, resources.catalog()))
    _forget_editors()


def _forget_editors() -> None:
    for key in [k for k in state if str(k).startswith("edit_")]:
        del state[key]


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


# -- the request --------------------------------------------------------------------------------------

def request_form() -> None:
    with st.container(border=True):
        st.caption("Examples:")
        cols = st.columns(len(EXAMPLES))
        for i, (col, example) in enumerate(zip(cols, EXAMPLES)):
            if col.button(example[:38] + "…", key=f"example_{i}", help=example, width="stretch"):
                state.request = example
        st.text_area("Who do you want to reach?", key="request", height=80, max_chars=MAX_REQUEST,
                     placeholder="e.g. VIP customers in France who bought online in the last 3 months")
        c1, c2, c3, c4 = st.columns(4)
        configured = resources.llm_configured()
        c1.radio("Translator", list(BACKENDS), key="backend", horizontal=True, disabled=not configured,
                 help="The offline translator needs nothing." + ("" if configured else
                      " LLM and hybrid need a model: ask your administrator to connect one."))
        c2.date_input("As of", value=resources.services().as_of(), key="as_of",
                      help="'Today' for relative dates like 'last 6 months'.")
        c3.selectbox("Channel", CHANNELS, key="channel", index=CHANNELS.index(DEFAULT_CHANNEL),
                     help="'none' = a segment: counts only.")
        c4.number_input("Expected size", min_value=0, value=0, step=100, key="expected",
                        help="The size you expect; the size guard flags a big difference. 0 = no expectation.")
        if st.button("Build audience", type="primary", key="build"):
            request = state.get("request", "").strip()
            if not request:
                st.warning("Type a request first, or click an example.")
            elif len(request) > MAX_REQUEST:
                st.warning(f"This request is too long ({len(request):,} characters): describe the audience in a "
                           f"sentence or two, under {MAX_REQUEST:,} characters.")
            else:
                workspace.forget_submission()      # results of the previous request are stale now
                revising = workspace.revising()
                if revising and revising.source == "submit":
                    workspace.stop_revising()      # a new request after a submit is a new audience
                translate(request)


def revising_banner() -> None:
    revise = workspace.revising()
    if not revise:
        return
    with st.container(border=True):
        st.markdown(f"**Revising “{revise.name}”** (version {revise.number}, {revise.status}): "
                    "submitting makes its next version, and the reviewer sees what changed.")
        if revise.comment:
            st.warning(f"Reviewer's comment: {revise.comment}", icon=":material/rate_review:")
        if st.button("Start a new audience instead", key="revise_cancel"):
            workspace.stop_revising()
            st.rerun()


def understood(result: Translation, defn: AudienceDefinition) -> None:
    st.markdown(f"**Understood:** {widgets.highlighted_request(defn)}", unsafe_allow_html=True)
    if result.language != "en":
        st.caption({"fr": "Request read in French."}.get(result.language, f"Request read in '{result.language}'."))
    if defn.ignored:
        st.caption("Ignored as a title or an aside (not criteria): " + " · ".join(f"“{p}”" for p in defn.ignored))
    widgets.removed_note(defn, "you")
    for warning in result.warnings:
        st.warning(warning, icon=":material/warning:")
    if result.attempts:
        with st.expander(f"Model attempts ({len(result.attempts)})"):
            for a in result.attempts:
                st.markdown(f"**Attempt {a['attempt']}**" + (" — rejected: " + "; ".join(a["errors"]) if a["errors"] else " — accepted"))
                st.code(a["answer"] or "(no answer)", language="json")


def clarifications(result: Translation, defn: AudienceDefinition) -> None:
    """Each open question with its choices as buttons; picking one rewrites the request and builds again."""
    for n, q in enumerate(result.clarifications):
        with st.container(border=True):
            st.markdown(f"**{q.question}**")
            cols = st.columns(len(q.options))
            for i, option in enumerate(q.options):
                if cols[i].button(option, key=f"clarify_{n}_{i}"):
                    state.next_request = q.rewrites[i] if q.rewrites else defn.request.replace(q.phrase, option, 1)
                    translate(state.next_request)
                    st.rerun()


# -- the cards and their editor -----------------------------------------------------------------------

def cards(defn: AudienceDefinition, run: DryRunResult | None) -> None:
    st.subheader("Criteria")
    if "edit_error" in state:
        widgets.show_error(state.pop("edit_error"))
    if not defn.criteria:
        st.caption("No criteria: every customer.")
    for i, c in enumerate(defn.criteria):
        if i:
            st.caption("AND")
        card(defn, "criteria", i, c, run)
    if defn.exclusions:
        st.subheader("Exclusions")
    for i, c in enumerate(defn.exclusions):
        card(defn, "exclusions", i, c, run)
    add_criterion(defn)


def card(defn: AudienceDefinition, role: str, i: int, c: Criterion, run: DryRunResult | None) -> None:
    prefix = ROLES[role]
    name = f"{prefix}{i}"                  # widget keys count from 0; the dry run's steps from 1
    with st.container(border=True):
        origin = "edited by you" if c.origin == "user" else f"from “{c.phrase}”" if c.phrase else "added by you"
        title = (f"{i + 1}. {c.label}" if role == "criteria" else f"except {c.label}") + c.mark()
        st.markdown(f"**{title}**  \n:gray[{origin} · {widgets.size_of(run, f'{prefix}{i + 1}')}]")
        actions(defn, role, i, c)
        if c.spec is not None:
            with st.expander("Edit this criterion"):
                edit_card(defn, role, i, c, name)
        with st.expander("Technical detail"):
            st.caption(c.meaning)


def actions(defn: AudienceDefinition, role: str, i: int, c: Criterion) -> None:
    prefix = ROLES[role]
    cols = st.columns(4)
    if cols[0].button("Remove", key=f"remove_{prefix}{i}"):
        set_definition(edit.remove(defn, role, i))     # its words stay in the request, shown as removed by you
        st.rerun()
    other = "an exclusion" if role == "criteria" else "a criterion"
    if cols[1].button(f"Make it {other}", key=f"move_{prefix}{i}"):
        set_definition(edit.move(defn, role, i))
        st.rerun()
    if c.spec is not None and len(edit.split_spec(c.spec, role)) > 1:
        label, why = ("Switch to AND", "Customers matching all of them") if role == "criteria" else \
            ("Split into exclusions", "An exclusion per alternative: the same customers removed")
        if cols[3].button(label, key=f"split_{prefix}{i}", help=why):
            split(defn, role, i)
    if role != "criteria":
        return
    both = i + 1 < len(defn.criteria) and c.spec is not None and defn.criteria[i + 1].spec is not None
    if both and cols[2].button("OR with the next", key=f"or_c{i}", help="Customers matching either this or the next"):
        combine(defn, i)


def compiled(spec: dict, phrase: str = "") -> Criterion | None:
    try:
        return pipeline.criterion(resources.services(), spec, phrase=phrase, as_of=state.as_of)
    except AudienceError as exc:
        widgets.show_error(exc)
        return None


def combine(defn: AudienceDefinition, i: int) -> None:
    first, second = defn.criteria[i], defn.criteria[i + 1]
    new = compiled(edit.or_spec(first.spec, second.spec), edit.joined_phrase(defn.request, first.phrase, second.phrase))
    if new is not None:
        set_definition(edit.join(defn, i, new))
        st.rerun()


def split(defn: AudienceDefinition, role: str, i: int) -> None:
    """An OR card as separate cards; the first keeps its words (marked as read, found again by a follow-up)."""
    c = getattr(defn, role)[i]
    parts = [compiled(spec, "" if n else c.phrase) for n, spec in enumerate(edit.split_spec(c.spec, role))]
    if all(parts):
        set_definition(edit.spread(defn, role, i, parts))
        st.rerun()


def edit_card(defn: AudienceDefinition, role: str, i: int, c: Criterion, name: str) -> None:
    catalog = resources.catalog()
    current = edit.draft_of(c.spec, catalog, state.as_of)
    if current is None:     # no fields can hold it: saying so, rather than opening fields that would drop parts of it
        st.info("This criterion cannot be changed field by field: keep it, remove it, or pick what it should be "
                "about below to replace it with a new one.", icon=":material/lock:")
    picked = editor.subject_picker(name, catalog, current.subject if current else None)
    if picked is None:
        return
    draft = current if current and picked == current.subject else edit.blank(catalog, picked)
    editor.fields(name, catalog, draft, apply=functools.partial(apply_edit, role, i, name, draft))
    st.button("Apply", key=f"edit_{name}_apply", type="primary", on_click=apply_edit, args=(role, i, name, draft))


def add_criterion(defn: AudienceDefinition) -> None:
    with st.expander("Add a criterion from the catalog"):
        catalog = resources.catalog()
        picked = editor.subject_picker("new", catalog, None)
        if picked is None:
            return
        draft = edit.blank(catalog, picked)
        editor.fields("new", catalog, draft)
        st.radio("As", ["criteria", "exclusions"], key="edit_new_role", horizontal=True,
                 format_func={"criteria": "a criterion (AND)", "exclusions": "an exclusion"}.get)
        st.button("Add", key="edit_new_apply", type="primary", on_click=apply_edit, args=(None, None, "new", draft))


def apply_edit(role: str | None, i: int | None, name: str, base: edit.Draft,
               change: editor.Change | None = None) -> None:
    """Apply (or Add) as a callback: the edit lands before the page runs, so the new size costs one run. A `change`
    of the card's parts (an OR's alternative removed or added) is made on what its fields say; an OR left with one
    alternative becomes the plain card (or cards) it now is."""
    defn = workspace.current().definition
    catalog = resources.catalog()
    try:
        draft = editor.read(name, catalog, base)
        spec = edit.to_spec(change(draft) if change else draft, catalog, state.as_of)
        phrase = getattr(defn, role)[i].phrase if role else ""    # the edit still answers those words of the request
        # one card keeps the words: a follow-up finds an edited card by them
        new = [pipeline.criterion(resources.services(), s, phrase="" if n else phrase, as_of=state.as_of)
               for n, s in enumerate(edit.unwrapped(spec, role) if role else [spec])]
    except ValueError as exc:
        state.edit_error = AudienceError(f"this criterion is not complete: {exc}", hint="fill in every field")
        return
    except AudienceError as exc:
        state.edit_error = exc
        return
    if role is None:
        set_definition(edit.add(defn, state.get("edit_new_role", "criteria"), new[0]))
    else:
        set_definition(edit.spread(defn, role, i, new))


# -- figures, SQL, refine, submit ---------------------------------------------------------------------

def dry_run(defn: AudienceDefinition) -> DryRunResult | None:
    try:
        return resources.cached_dry_run(defn.model_copy(update={"channel": state.channel}).model_dump_json(),
                                        state.expected or None, None)
    except AudienceError as exc:
        widgets.show_error(exc)
        return None


def sql(defn: AudienceDefinition) -> None:
    with st.expander("SQL"):
        dialect = st.selectbox("Dialect", pipeline.DIALECTS, key="dialect",
                               format_func=lambda d: d if d in pipeline.VERIFIED_DIALECTS else f"{d} (unverified)")
        try:
            st.code(pipeline.compile(resources.services(), defn.model_copy(update={"channel": state.channel}),
                                     with_policies=True, dialect=dialect), language="sql")
        except AudienceError as exc:
            widgets.show_error(exc)


def refine(defn: AudienceDefinition) -> None:
    st.subheader("Refine")
    f1, f2, f3 = st.columns([5, 1, 1])
    f1.text_input("Follow-up", key="followup", max_chars=MAX_REQUEST, label_visibility="collapsed",
                  placeholder="also exclude people who unsubscribed · make it 3 months · only in France")
    if defn.removed or any(p.origin == "user" for p in defn.criteria + defn.exclusions):
        st.caption("A follow-up keeps the cards you edited and leaves out the ones you removed, unless it rewrites "
                   "the words they came from.")
    instruction = None
    if f2.button("Apply", key="apply") and state.followup.strip():
        instruction = state.followup
    instruction = follow_up_question() or instruction
    if instruction:
        try:
            new, _ = pipeline.refine(resources.services(), defn, instruction, as_of=state.as_of, backend=active_backend())
        except AudienceError as exc:
            widgets.show_error(exc)
            return
        if new.status == "refused":
            st.error(new.message)
        elif new.status == "clarify":
            workspace.ask(new)         # the audience stays as it is until the question is answered
            st.rerun()
        else:
            set_translation(new)
            if new.definition:
                workspace.note_changes(diff_definitions(defn, workspace.current().definition))
                state.next_request = new.definition.request
            st.rerun()
    if f3.button("Undo", key="undo", disabled=not workspace.history()):
        state.next_request = workspace.undo().definition.request
        _forget_editors()
        st.rerun()
    for change in workspace.changes():
        st.caption(f"• {change}")


def follow_up_question() -> str | None:
    """A follow-up's open question with its choices: the one picked is the follow-up rewritten, applied in turn."""
    asked = workspace.asking()
    if asked is None:
        return None
    picked = None
    for n, q in enumerate(asked.clarifications):
        with st.container(border=True):
            st.markdown(f"**{q.question}** (in your follow-up)")
            cols = st.columns(len(q.options) + 1)
            for i, option in enumerate(q.options):
                if cols[i].button(option, key=f"followup_clarify_{n}_{i}"):
                    picked = q.rewrites[i]
            if cols[-1].button("Never mind", key=f"followup_cancel_{n}", help="Leave the audience as it is"):
                workspace.ask(None)
                st.rerun()
    return picked


def submit(result: Translation, defn: AudienceDefinition, run: DryRunResult) -> None:
    st.subheader("Submit for review")
    user = resources.current_user()
    final = defn.model_copy(update={"channel": state.channel})
    done = workspace.submitted()
    if done and done.content_hash == final.content_hash():
        st.success(f"“{done.name}” version {done.number} submitted: {done.size:,} customers. A reviewer "
                   "other than you approves it on the Review page.", icon=":material/check_circle:")
        return
    why = reason_not_to_submit(user, result, final, run)
    if why:
        st.info(why, icon=":material/info:")
        return
    revise = workspace.revising()
    default_name = revise.name if revise else defn.request[:60]
    name = st.text_input("Audience name", value=default_name, key="audience_name", max_chars=120)
    note = st.text_input("Note for the reviewer (optional)", key="note", max_chars=MAX_REQUEST)
    if st.button("Submit for review", type="primary", key="submit"):
        if not name.strip():
            st.error("Give the audience a name before submitting.")
            return
        try:
            sub = pipeline.submit(resources.services(), user, final, dry_run=run, expected_size=state.expected or None,
                                  note=note, name=name.strip(), audience_id=revise.audience_id if revise else None)
            v = pipeline.version(resources.services(), sub.version_id)
        except AudienceError as exc:
            widgets.show_error(exc)
            return
        workspace.record_submission(
            workspace.Submitted(final.content_hash(), v.audience_name, v.number, run.final_size),
            workspace.Revising(v.audience_id, v.audience_name, v.number, v.status, source="submit"))
        st.rerun()


def reason_not_to_submit(user, result: Translation, final: AudienceDefinition, run: DryRunResult) -> str:
    if user is None:
        return "Sign in (sidebar) as a marketer to submit this audience for review."
    if not user.may("submit"):
        return f"Signed in as {user.display or user.name}, a {user.role}: only marketers submit audiences."
    if result.clarifications or final.clarifications:
        return "Answer the open question above first: nothing misread may reach a reviewer."
    if workspace.asking():
        return "Answer the question about your follow-up above first, or choose Never mind."
    if run.final_size == 0:
        return "This audience is empty: change a criterion before submitting it."
    return ""


# -- the page -----------------------------------------------------------------------------------------

def main() -> None:
    st.title("Build an audience")
    for key in ("request", "channel"):           # a widget's value can only be set before the widget is drawn
        if f"next_{key}" in state:
            state[key] = state.pop(f"next_{key}")
    revising_banner()
    request_form()
    result = workspace.current()
    if result is None:
        st.info("Type a request or click an example, then **Build audience**.")
        return
    if result.status == "refused":
        st.error(result.message, icon=":material/block:")
        return
    defn: AudienceDefinition = result.definition
    understood(result, defn)
    clarifications(result, defn)
    if result.status == "clarify":
        return
    run = dry_run(defn)
    if run is None:
        return
    widgets.metrics(run)
    cards(defn, run)
    import charts  # pandas loads with the first result, not with the first page

    charts.evidence(run, resources.catalog())
    sql(defn)
    refine(defn)
    submit(result, defn, run)


main()
