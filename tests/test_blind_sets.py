"""The English held-out sets, those of the other warehouses and the paraphrases, replayed (see blind_replay.py)."""
from __future__ import annotations

import pytest
from blind_replay import OTHERS, check, replay

pytestmark = pytest.mark.minutes


@pytest.fixture(scope="module")
def outcomes(eval_cache):
    return replay(eval_cache, OTHERS)


# the first test replays about 1,700 requests on the warehouse: past the suite's 300 s on a busy machine
@pytest.mark.timeout(900)
@pytest.mark.parametrize("name", [p.stem for p in OTHERS])
def test_every_blind_answer_is_right_or_flagged_and_none_is_silently_wrong(outcomes, name):
    check(outcomes[name])
