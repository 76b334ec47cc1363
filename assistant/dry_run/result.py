"""What a dry run returns: sizes per part, funnel, waterfall, reachability, breakdowns, a masked sample."""
from __future__ import annotations

import datetime as dt

from pydantic import BaseModel


class Step(BaseModel):
    name: str
    label: str
    phrase: str = ""
    role: str
    own_size: int | None   # customers this part selects on its own (criteria, None when not asked for; -1 for
                           # exclusions and policies)
    size_after: int        # audience size after this step is applied, in order
    removed: int = 0       # customers this step removed (exclusions and policies)


class Reach(BaseModel):
    channel: str
    with_contact: int
    with_consent: int
    reachable: int         # contact and consent, not suppressed, under the pressure cap


class SizeFlag(BaseModel):
    code: str
    message: str


class ArmSize(BaseModel):
    name: str
    requested: float       # percent asked for
    size: int
    share: float           # percent of the final audience it got


class ArmBalance(BaseModel):
    """One attribute's mix per arm: counts[value][i] is the arm i's customers with that value."""
    attribute: str
    values: list[str]
    counts: list[list[int]]
    chi_square: float
    dof: int
    p_value: float
    balanced: bool         # False: the arms differ more than chance would explain


class ArmReport(BaseModel):
    arms: list[ArmSize]
    balance: list[ArmBalance]


class DryRunResult(BaseModel):
    definition_hash: str
    as_of: dt.date
    channel: str
    base: int
    funnel: list[Step]            # criteria, in order
    waterfall: list[Step]         # request exclusions, then policies for the channel
    request_size: int             # the audience as the request defines it
    final_size: int               # after the policies: who would actually receive it
    share: float
    reachability: list[Reach]
    breakdowns: dict[str, list[tuple[str, int]]]
    sample_columns: list[str]
    sample: list[list]
    flags: list[SizeFlag]
    elapsed_ms: float
    arms: ArmReport | None = None  # when the definition carries a split
