"""The French held-out sets, replayed (see blind_replay.py): issue 17's bar, >= 90% right or flagged, none silent."""
from __future__ import annotations

import pytest
from blind_replay import FRENCH, check, replay

pytestmark = pytest.mark.minutes


@pytest.fixture(scope="module")
def outcomes(eval_cache):
    return replay(eval_cache, FRENCH)


# the first test replays about 1,600 requests on the warehouse: past the suite's 300 s on a busy machine
@pytest.mark.timeout(900)
@pytest.mark.parametrize("name", [p.stem for p in FRENCH])
def test_every_french_blind_answer_is_right_or_flagged_and_none_is_silently_wrong(outcomes, name):
    check(outcomes[name])
