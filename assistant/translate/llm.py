"""The LLM translator, and the hybrid one (offline first, the model completes what was not understood).

The model proposes; nothing is trusted without the guard and a bind check on
the warehouse. Guard and execution errors go back to the model with the
closest catalog names, up to the configured number of attempts, and every
attempt is kept for the reviewer.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import time

import sqlglot
import yaml
from pydantic import BaseModel, ValidationError
from sqlglot import exp

from assistant.definition import AudienceDefinition, Clarification, Criterion
from assistant.errors import AudienceError
from assistant.sql.bind import bind
from assistant.translate.llm_context import slug, count_tokens, render
from assistant.errors import ModelError
from assistant.translate.lang_en import FUNCTION_WORDS
from assistant.translate.offline.text import tokenize
from assistant.package_data import prompts_dir
from assistant.translate.result import Translation
from schema_catalog.model import Catalog
from schema_catalog.templates import render as render_sql

PROMPT_VERSION = "v1"
PROMPTS = prompts_dir(PROMPT_VERSION)


class Part(BaseModel):
    label: str
    phrase: str = ""
    sql: str
    meaning: str = ""


class Question(BaseModel):
    question: str
    phrase: str = ""
    options: list[str]


class Answer(BaseModel):
    criteria: list[Part] = []
    exclusions: list[Part] = []
    unrecognized: list[str] = []
    question: Question | None = None


ANSWER_SCHEMA = Answer.model_json_schema()


def prompt(name: str) -> str:
    return (PROMPTS / name).read_text()


def parse_answer(text: str) -> Answer:
    """JSON from the model, tolerating a markdown fence around it; a clear error otherwise."""
    body = text.strip()
    fence = re.search(r"```(?:json)?\s*(.*?)```", body, re.S)
    if fence:
        body = fence.group(1).strip()
    start, end = body.find("{"), body.rfind("}")
    if start < 0 or end < start:
        raise ValueError("the answer holds no JSON object")
    try:
        return Answer.model_validate(json.loads(body[start:end + 1]))
    except json.JSONDecodeError as exc:
        raise ValueError(f"the answer is not valid JSON ({exc.msg} at character {exc.pos})") from None
    except ValidationError as exc:
        first = exc.errors()[0]
        raise ValueError(f"the JSON does not match the definition format: {'.'.join(map(str, first['loc']))}: "
                         f"{first['msg']}") from None


def expand_named_tables(sql: str, catalog: Catalog, as_of: dt.date) -> str:
    """Replace glossary.<term> and indicator.<name> by their catalog SQL, so terms mean the same for everyone."""
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except sqlglot.errors.ParseError:
        return sql  # the guard reports it with its position
    terms = {slug(t.term): t for t in catalog.glossary}
    changed = False
    for table in list(tree.find_all(exp.Table)):
        body = None
        if table.db == "glossary" and table.name in terms:
            term = terms[table.name]
            body = render_sql(term.sql, as_of, term.parameters)
        elif table.db == "indicator" and table.name in catalog.indicators:
            body = render_sql(catalog.indicators[table.name].sql, as_of)
        if body is not None:
            alias = table.alias or table.name
            table.replace(exp.Subquery(this=sqlglot.parse_one(body, read="duckdb"), alias=exp.TableAlias(this=exp.to_identifier(alias))))
            changed = True
    return tree.sql(dialect="duckdb") if changed else sql


class LLMTranslator:
    name = "llm"

    def __init__(self, catalog: Catalog, wh, model, settings):
        self.catalog, self.wh, self.model, self.settings = catalog, wh, model, settings
        examples = yaml.safe_load(prompt("few_shot.yaml"))
        self.examples = [e for e in examples if e.get("catalog") == catalog.name]

    # -- prompt ---------------------------------------------------------------
    def messages(self, request: str, as_of: dt.date, extra: str = "") -> tuple[list[dict], dict]:
        cat = self.catalog
        header = prompt("context.md").format(name=cat.name, description=cat.description, entity=cat.entity.plural,
                                             entity_table=cat.entity.table, key=cat.entity.key, as_of=as_of)
        ctx = render(cat, request, as_of, header, self.settings.llm_model, self.settings.llm_token_budget)
        system = prompt("system.md").replace("{key}", cat.entity.key).replace("{as_of}", as_of.isoformat())
        msgs = [{"role": "system", "content": system + "\n\n" + ctx.text}]
        for e in self.examples:
            msgs += [{"role": "user", "content": f"Request: {e['request']}"},
                     {"role": "assistant", "content": json.dumps(e["answer"])}]
        msgs.append({"role": "user", "content": f"Request: {request}" + (f"\n\n{extra}" if extra else "")})
        return msgs, {"context_tokens": ctx.tokens, "tokens_exact": ctx.exact, "omitted": ctx.omitted}

    # -- translation ----------------------------------------------------------
    def translate(self, request: str, as_of: dt.date, channel: str = "none", extra: str = "") -> Translation:
        started = time.perf_counter()
        messages, context = self.messages(request, as_of, extra)
        attempts, usage = [], {"prompt_tokens": 0, "completion_tokens": 0, "estimated": False, "calls": 0}
        answer, errors = None, []
        for n in range(1, self.settings.llm_max_attempts + 1):
            try:
                reply = self.model.complete(messages, ANSWER_SCHEMA)
            except ModelError as exc:
                attempts.append({"attempt": n, "answer": None, "errors": [str(exc)]})
                return self._failed(exc.message, attempts, usage, started, context)
            self._account(usage, messages, reply)
            answer, errors = self._check(reply.text, as_of)
            attempts.append({"attempt": n, "answer": reply.text[:4000], "errors": errors})
            if not errors:
                break
            messages = messages + [{"role": "assistant", "content": reply.text[:4000]},
                                   {"role": "user", "content": prompt("repair.md").format(
                                       errors="\n".join(f"- {e}" for e in errors), closest=self._closest(errors))}]
        if errors:
            return self._failed(f"the model did not produce a valid audience in {len(attempts)} attempts: {errors[0]}",
                                attempts, usage, started, context)
        return self._result(request, as_of, channel, answer, attempts, usage, started, context)

    def _account(self, usage: dict, messages: list[dict], reply) -> None:
        usage["calls"] += 1
        if reply.prompt_tokens is None:
            usage["estimated"] = True
            usage["prompt_tokens"] += count_tokens(" ".join(m["content"] for m in messages), self.settings.llm_model)[0]
            usage["completion_tokens"] += count_tokens(reply.text, self.settings.llm_model)[0]
        else:
            usage["prompt_tokens"] += reply.prompt_tokens
            usage["completion_tokens"] += reply.completion_tokens or 0
        prices = self.settings.llm_prices.get(self.settings.llm_model)
        usage["cost_usd"] = round(usage["prompt_tokens"] / 1000 * prices[0] + usage["completion_tokens"] / 1000 * prices[1], 6) \
            if prices else None
        usage["latency_ms"] = usage.get("latency_ms", 0.0) + reply.latency_ms

    def _check(self, text: str, as_of: dt.date) -> tuple[Answer | None, list[str]]:
        try:
            answer = parse_answer(text)
        except ValueError as exc:
            return None, [str(exc) + "; answer with one JSON object in the required format"]
        errors = []
        for role, parts in (("criterion", answer.criteria), ("exclusion", answer.exclusions)):
            for i, part in enumerate(parts, 1):
                part.sql = expand_named_tables(part.sql, self.catalog, as_of)
                try:
                    bind(self.wh, part.sql, self.catalog)
                except AudienceError as exc:
                    errors.append(f"{role} {i} '{part.label}': {exc.message}" + (f" ({exc.hint})" if exc.hint else ""))
        return answer, errors

    def _closest(self, errors: list[str]) -> str:
        import difflib

        names = list(self.catalog.tables) + self.catalog.all_columns()
        found = []
        for e in errors:
            for word in re.findall(r"[a-z_][a-z0-9_.]{2,}", e.lower()):
                found += difflib.get_close_matches(word, names, n=2, cutoff=0.75)
        return ", ".join(dict.fromkeys(found)) or "(none)"

    def _result(self, request, as_of, channel, answer: Answer, attempts, usage, started, context) -> Translation:
        warnings, lower = [], request.lower()
        for p in answer.criteria + answer.exclusions:
            if p.phrase and p.phrase.lower() not in lower:
                warnings.append(f"the model quoted '{p.phrase}', which is not in the request")
        used = {i for p in answer.criteria + answer.exclusions if p.phrase and p.phrase.lower() in lower
                for i in range(lower.find(p.phrase.lower()), lower.find(p.phrase.lower()) + len(p.phrase))}
        unrecognized = list(dict.fromkeys(
            answer.unrecognized + [t.text for t in tokenize(request)
                                   if t.norm not in FUNCTION_WORDS and any(c.isalpha() for c in t.norm)
                                   and not any(i in used for i in range(t.start, t.end))
                                   and t.norm not in {e.lower() for e in self.catalog.entity.synonyms}]))
        warnings += [f"'{w}' was not used by the model and is not part of the audience." for w in unrecognized]
        crit = [Criterion(label=p.label, phrase=p.phrase, sql=p.sql, meaning=p.meaning, origin="llm") for p in answer.criteria]
        excl = [Criterion(label=p.label, phrase=p.phrase, sql=p.sql, meaning=p.meaning, origin="llm") for p in answer.exclusions]
        clar = [Clarification(question=answer.question.question, phrase=answer.question.phrase,
                              options=answer.question.options)] if answer.question else []
        if not crit and not excl and not clar:
            return self._failed("the model found nothing in the catalog for this request", attempts, usage, started, context,
                                unrecognized=unrecognized)
        definition = AudienceDefinition(request=request, as_of=as_of, channel=channel, criteria=crit, exclusions=excl,
                                        unrecognized=unrecognized, warnings=warnings, clarifications=clar,
                                        translator=self.name, prompt_version=PROMPT_VERSION)
        return Translation(status="clarify" if clar else "ok", definition=definition, warnings=warnings,
                           unrecognized=unrecognized, clarifications=clar,
                           explanation=[f"{c.label}: {c.meaning}" for c in crit] + [f"except {c.label}: {c.meaning}" for c in excl],
                           elapsed_ms=(time.perf_counter() - started) * 1000, attempts=attempts,
                           usage={**usage, **context})

    def _failed(self, message, attempts, usage, started, context, **kw) -> Translation:
        t = Translation.refuse(message[0].upper() + message[1:] + ". Nothing was saved; try again, rephrase, or use the "
                               "offline translator.", **kw)
        t.attempts, t.usage, t.elapsed_ms = attempts, {**usage, **context}, (time.perf_counter() - started) * 1000
        return t
