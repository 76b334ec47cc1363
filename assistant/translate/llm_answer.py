"""What a model answers: parts (a typed meaning, or SQL on the expert path), phrases it could not read,
phrases it ignored as title or filler, and at most one question. Parsed strictly, with one clear error."""
from __future__ import annotations

import json
import re

from pydantic import BaseModel, ValidationError


class Question(BaseModel):
    question: str
    phrase: str = ""
    options: list[str]


class MeaningPart(BaseModel):
    label: str = ""
    phrase: str
    meaning: dict           # a spec of assistant.meaning, checked by from_spec against the catalog


class SqlPart(BaseModel):
    label: str
    phrase: str = ""
    sql: str
    meaning: str = ""


class _Answer(BaseModel):
    unrecognized: list[str] = []
    ignored: list[str] = []           # title, asides, filler: shown on one line, never criteria
    question: Question | None = None


class MeaningAnswer(_Answer):
    criteria: list[MeaningPart] = []
    exclusions: list[MeaningPart] = []


class SqlAnswer(_Answer):
    criteria: list[SqlPart] = []
    exclusions: list[SqlPart] = []


SQL_SCHEMA = SqlAnswer.model_json_schema()


def _no_constant(name: str):
    raise ValueError(f"{name} is not a number JSON allows")


def parse_answer(text: str, shape: type[_Answer]) -> _Answer:
    """JSON from the model, tolerating a markdown fence around it; a clear error otherwise."""
    body = text.strip()
    fence = re.search(r"```(?:json)?\s*(.*?)```", body, re.S)
    if fence:
        body = fence.group(1).strip()
    start, end = body.find("{"), body.rfind("}")
    if start < 0 or end < start:
        raise ValueError("the answer holds no JSON object")
    try:
        data = json.loads(body[start:end + 1], parse_constant=_no_constant)
        # "\\ud800" is valid JSON but not text: quoted back in a repair message it would crash the request.
        json.dumps(data, ensure_ascii=False).encode("utf-8")
        return shape.model_validate(data)
    except json.JSONDecodeError as exc:
        raise ValueError(f"the answer is not valid JSON ({exc.msg} at character {exc.pos})") from None
    except UnicodeEncodeError:
        raise ValueError("the answer holds invalid characters (lone surrogates)") from None
    except RecursionError:
        raise ValueError("the answer's JSON is nested too deeply") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ValueError(f"the JSON does not match the definition format: {'.'.join(map(str, first['loc']))}: "
                         f"{first['msg']}") from None
    except ValueError as exc:       # NaN or Infinity
        raise ValueError(f"the answer is not valid JSON ({exc})") from None
