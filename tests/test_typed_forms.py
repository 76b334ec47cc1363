"""The two latest held-out sets replayed as marketers also type them (evals.typed_forms: all in capitals, all in lower
case, French without accents; the same gold): no answer may turn wrong without a word. The whole replay of every set
typed the three ways is `audience eval --typed-forms` (about 9,000 requests, minutes: not in the suite)."""
from __future__ import annotations

import pytest
from blind_replay import EVALS

from assistant.evals import load_golden, run_eval, typed_forms
from assistant.translate.offline.translator import OfflineTranslator
from assistant.translate.value_index import load_or_build

pytestmark = pytest.mark.minutes
SETS = [EVALS / "blind" / f"blind_{lang}_{n}.yaml" for n in (25, 26) for lang in ("en", "fr")]


def test_typed_forms_change_no_answer_silently(eval_cache):
    prompts = typed_forms(load_golden(SETS))
    assert {p.id.rsplit("~", 1)[1] for p in prompts} == {"caps", "lower", "unaccented"} and len(prompts) > 400
    made = run_eval(lambda catalog, wh: OfflineTranslator(catalog, load_or_build(wh, catalog, eval_cache / "values")),
                    eval_cache, prompts)
    assert [(o.id, o.request) for o in made if o.silent_wrong] == []


def test_a_typed_form_keeps_the_gold_and_says_its_form():
    p = load_golden(SETS[1:2])[0]
    forms = {f.id: f for f in typed_forms([p])}
    caps = forms[f"{p.id}~caps"]
    assert caps.request == p.request.upper() and caps.gold == p.gold and "typed:caps" in caps.tags
