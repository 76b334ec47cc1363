"""Evals: the latest golden eval report, scores per tag, and each failure with its gold and produced SQL."""
from __future__ import annotations

import json

import streamlit as st

import resources
from assistant import pipeline

st.title("Golden evals")
path = resources.settings().home / "evals" / "report.json"
if st.button("Run the golden evals now (offline translator)", key="run_evals"):
    with st.spinner("Replaying every golden prompt..."):
        pipeline.evaluate(resources.settings(), report=path)
if not path.exists():
    st.info("No report yet: click the button above to run the golden evals.")
    st.stop()

report = json.loads(path.read_text())
o = report["summary"]["overall"]
c = st.columns(5)
c[0].metric("Execution match", f"{o['execution_match']:.1%}")
c[1].metric("Silent-wrong", f"{o['silent_wrong']:.1%}")
c[2].metric("Warned", f"{o['warned']:.1%}")
c[3].metric("Prompts", o["prompts"])
c[4].metric("Latency p50 / p95", f"{o['latency_p50_ms']:.1f} / {o['latency_p95_ms']:.1f} ms")
st.markdown("**Per catalog and per tag**")
rows = [{"scope": f"catalog {k}", **v} for k, v in report["summary"]["by_catalog"].items()]
rows += [{"scope": f"tag {k}", **v} for k, v in report["summary"]["by_tag"].items()]
st.dataframe(rows, hide_index=True, width="stretch")
failures = [x for x in report["outcomes"] if not x["match"]]
st.markdown(f"**Failures ({len(failures)})**")
for x in failures:
    with st.expander(f"{x['id']}: {x['request']} ({'SILENT' if x['silent_wrong'] else 'warned'})"):
        st.caption("; ".join(x["warnings"]) or "no warning")
        st.markdown("Gold")
        st.code(x["gold"] or "-", language="sql")
        st.markdown(f"Produced (size {x['size']} vs gold {x['gold_size']})")
        st.code(x["sql"] or x.get("error") or "-", language="sql")
