"""The LLM translator: the model picks a typed meaning from the catalog, the catalog writes the SQL.

The model proposes; nothing is trusted without the catalog check (from_spec), the guard and a bind
on the warehouse. Errors go back to the model with the closest catalog names, up to the configured
number of attempts, and every attempt is kept for the reviewer; when no attempt holds, the answer is
an explicit refusal, never a plausible wrong audience. Raw SQL from the model is the expert path
(setting llm_mode=sql), and every such criterion is marked for the reviewer.
"""
from __future__ import annotations

import datetime as dt
import json
import difflib
import re
import time
from dataclasses import dataclass, field

import yaml

from assistant.definition import AudienceDefinition, Clarification, Criterion
from assistant.errors import AudienceError, ModelError
from assistant.package_data import prompts_dir
from assistant.translate.answer_conservation import lost_in_answer
from assistant.translate.llm_answer import MeaningAnswer, SqlAnswer, SQL_SCHEMA, parse_answer
from assistant.translate.llm_compile import compile_meaning, compile_sql, part_error
from assistant.translate.llm_context import count_tokens, render
from assistant.translate.meaning_schema import answer_schema
from assistant.translate.offline.lexicon import build_lexicon
from assistant.translate.lang_en import MODEL_LANGUAGE
from assistant.translate.languages import LANGUAGES, request_language, words_of
from assistant.translate.offline.text import fold
from assistant.translate.result import Translation
from assistant.translate.unknown import unknown_clarification, uncovered_phrases
from assistant.wording import catalog_labels, explanation, word_criterion, word_note
from schema_catalog.model import Catalog

# prompt folder per mode: a released version is never edited in place (prompts/README.md)
PROMPT_VERSIONS = {"meaning": "v13", "sql": "v1"}


@dataclass
class Checked:
    """A model's answer whose every part compiled and bound, with the notes the rendering made."""
    answer: MeaningAnswer | SqlAnswer
    criteria: list[Criterion] = field(default_factory=list)
    exclusions: list[Criterion] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class LLMTranslator:
    name = "llm"

    def __init__(self, catalog: Catalog, wh, model, settings, prompt_version: str | None = None, reader=None):
        """`prompt_version`: a released prompt folder other than the mode's default ('v3', to replay what it wrote);
        `reader`: the offline translator, whose reading of the request checks that the answer's meaning holds what
        its quoted words say (answer_conservation.py)."""
        self.catalog, self.wh, self.model, self.settings, self.reader = catalog, wh, model, settings, reader
        self.mode = settings.llm_mode
        self.prompt_version = prompt_version or PROMPT_VERSIONS[self.mode]
        examples = yaml.safe_load(self.prompt("few_shot.yaml"))
        self.examples = [e for e in examples if e.get("catalog") == catalog.name]
        self._lexicons: dict = {}

    def prompt(self, name: str) -> str:
        return (prompts_dir(self.prompt_version) / name).read_text()

    # -- prompt ---------------------------------------------------------------
    def messages(self, request: str, as_of: dt.date, extra: str = "") -> tuple[list[dict], dict, dict]:
        """The chat messages, what the context cost (tokens, pruned parts) and the answer's JSON schema."""
        cat = self.catalog
        header = self.prompt("context.md").format(name=cat.name, description=cat.description, entity=cat.entity.plural,
                                                  entity_table=cat.entity.table, key=cat.entity.key, as_of=as_of)
        ctx = render(cat, request, as_of, header, self.settings.llm_model, self.settings.llm_token_budget, self.mode)
        system = self.prompt("system.md").replace("{key}", cat.entity.key).replace("{as_of}", as_of.isoformat())
        msgs = [{"role": "system", "content": system + "\n\n" + ctx.text}]
        for e in self.examples:
            msgs += [{"role": "user", "content": f"Request: {e['request']}"},
                     {"role": "assistant", "content": json.dumps(e["answer"])}]
        lang = request_language(request)   # another language: the model asks its question in it
        said = "" if lang == "en" else "\n\n" + MODEL_LANGUAGE.format(name=words_of(lang).NAME)
        msgs.append({"role": "user", "content": f"Request: {request}" + said + (f"\n\n{extra}" if extra else "")})
        # the schema names only what the (possibly pruned) context shows
        schema = answer_schema(cat, ctx.omitted) if self.mode == "meaning" else SQL_SCHEMA
        return msgs, {"context_tokens": ctx.tokens, "tokens_exact": ctx.exact, "omitted": ctx.omitted}, schema

    # -- translation ----------------------------------------------------------
    def translate(self, request: str, as_of: dt.date, channel: str = "none", extra: str = "",
                  scope: list[str] | None = None) -> Translation:
        """`scope`: the only phrases the model must account for (the hybrid's unknown phrases); default all."""
        started = time.perf_counter()
        messages, context, schema = self.messages(request, as_of, extra)
        attempts, usage = [], {"prompt_tokens": 0, "completion_tokens": 0, "estimated": False, "calls": 0}
        checked, errors = None, []
        for n in range(1, self.settings.llm_max_attempts + 1):
            try:
                reply = self.model.complete(messages, schema)
            except ModelError as exc:
                attempts.append({"attempt": n, "answer": None, "errors": [str(exc)]})
                return self._failed(exc.message, attempts, usage, started, context, lang=request_language(request))
            self._account(usage, messages, reply)
            checked, errors = self._check(reply.text, request, as_of)
            attempts.append({"attempt": n, "answer": reply.text[:4000], "errors": errors})
            if not errors:
                break
            messages = messages + [{"role": "assistant", "content": reply.text[:4000]},
                                   {"role": "user", "content": self.prompt("repair.md").format(
                                       errors="\n".join(f"- {e}" for e in errors), closest=self._closest(errors))}]
        if errors:
            lang = request_language(request)
            return self._failed(words_of(lang).MESSAGES["model_invalid"].format(n=len(attempts), error=errors[0]),
                                attempts, usage, started, context, lang=lang)
        return self._result(request, as_of, channel, checked, scope, attempts, usage, started, context)

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

    def _check(self, text: str, request: str, as_of: dt.date) -> tuple[Checked | None, list[str]]:
        """Every part compiled and bound, or the errors to send back (all of them, so one round can fix them)."""
        try:
            answer = parse_answer(text, MeaningAnswer if self.mode == "meaning" else SqlAnswer)
        except ValueError as exc:
            return None, [str(exc) + "; answer with one JSON object in the required format"]
        compile_part = compile_meaning if self.mode == "meaning" else compile_sql
        out, errors = Checked(answer), []
        for role, parts in (("criterion", answer.criteria), ("exclusion", answer.exclusions)):
            for i, part in enumerate(parts, 1):
                phrase = locate(part.phrase, request)
                if phrase is None:
                    errors.append(f"{role} {i} '{part.label}': its phrase '{part.phrase}' is not in the request; "
                                  "quote the exact words of the request it comes from")
                    continue
                try:
                    criterion, notes = compile_part(part, phrase, self.catalog, self.wh, as_of)
                except AudienceError as exc:
                    errors.append(part_error(role, i, part.label, exc))
                    continue
                (out.criteria if role == "criterion" else out.exclusions).append(criterion)
                out.notes += [n[0].upper() + n[1:] for n in notes if n[0].upper() + n[1:] not in out.notes]
        return out, errors

    def _closest(self, errors: list[str]) -> str:
        cat = self.catalog
        names = list(cat.tables) + cat.all_columns() + list(cat.events) + list(cat.indicators) \
            + [d for ev in cat.events.values() for d in ev.dimensions]
        found = []
        for e in errors:
            for word in re.findall(r"[a-z_][a-z0-9_.]{2,}", e.lower()):
                found += _same_table(word, names) + difflib.get_close_matches(word, names, n=2, cutoff=0.75)
        return ", ".join(dict.fromkeys(found)) or "(none)"

    def _readings(self, phrase: str, lang: str) -> list[str]:
        """The closest catalog words to a phrase, in the request's language (built once per language)."""
        if lang not in self._lexicons:
            self._lexicons[lang] = build_lexicon(self.catalog, lang=lang, is_word=LANGUAGES[lang].is_word)
        return self._lexicons[lang].closest(phrase)

    def _result(self, request, as_of, channel, checked: Checked, scope, attempts, usage, started, context) -> Translation:
        lang = request_language(request)       # the model reads any language; its words are checked in this one
        crit = [word_criterion(c, self.catalog, as_of, lang) for c in checked.criteria]
        excl = [word_criterion(c, self.catalog, as_of, lang) for c in checked.exclusions]
        answer = checked.answer
        ignored = [p for p in (locate(x, request) for x in answer.ignored) if p]
        said_unknown = [p for p in (locate(x, request) for x in answer.unrecognized) if p]
        covered = {i for phrase in [c.phrase for c in crit + excl] + ignored + said_unknown
                   for a in spans(phrase, request) for i in range(*a)}
        within = [a for p in scope for a in spans(p, request)] if scope is not None else None
        names = self.catalog.entity.words(lang)
        entity = {fold(w) for w in [self.catalog.entity.plural, *self.catalog.entity.synonyms, names.label,
                                    *names.synonyms, getattr(names, "plural", "")] if w}
        unrecognized = list(dict.fromkeys(said_unknown + uncovered_phrases(request, covered, within, entity, lang)))
        if scope is not None:
            unrecognized = [u for u in unrecognized if any(a <= s[0] and s[1] <= b for s in spans(u, request) for a, b in within)]
        clar = [Clarification(question=answer.question.question, phrase=answer.question.phrase,
                              options=answer.question.options)] if answer.question else []
        if not crit and not excl and not clar:
            said = words_of(lang).MESSAGES
            return self._failed(said["model_nothing"] + (said["model_not_understood"].format(
                phrases=", ".join(unrecognized)) if unrecognized else ""),
                attempts, usage, started, context, lang=lang, unrecognized=unrecognized, ignored=ignored)
        # a phrase nobody read is a question, never a silent drop: answering the rest would widen the audience
        clar += [unknown_clarification(p, request, self._readings(p, lang), words_of(lang)) for p in unrecognized]
        labels = catalog_labels(self.catalog, lang) if lang != "en" else {}
        warnings = [word_note(n, lang, labels) for n in checked.notes]
        if self.reader is not None:       # words the model quoted and its meaning dropped: named, never lost silently
            lost = lost_in_answer(self.reader, request, as_of, lang, checked.criteria + checked.exclusions,
                                  ignored + said_unknown, labels)
            warnings += [w for w in lost if w not in warnings]
        definition = AudienceDefinition(request=request, as_of=as_of, channel=channel, criteria=crit, exclusions=excl,
                                        unrecognized=unrecognized, ignored=ignored, warnings=warnings,
                                        clarifications=clar, translator=self.name, prompt_version=self.prompt_version,
                                        language=lang)
        return Translation(status="clarify" if clar else "ok", definition=definition, warnings=warnings,
                           unrecognized=unrecognized, ignored=ignored, clarifications=clar, language=lang,
                           explanation=explanation(crit, excl, lang),
                           elapsed_ms=(time.perf_counter() - started) * 1000, attempts=attempts,
                           usage={**usage, **context})

    def _failed(self, message, attempts, usage, started, context, lang: str = "en", **kw) -> Translation:
        reason = message[0].upper() + message[1:]
        t = Translation.refuse(words_of(lang).MESSAGES["model_failed"].format(reason=reason), language=lang, **kw)
        t.attempts, t.usage, t.elapsed_ms = attempts, {**usage, **context}, (time.perf_counter() - started) * 1000
        return t


def _same_table(word: str, names: list[str]) -> list[str]:
    """'crm.customers.tier': the columns of crm.customers whose name contains or resembles 'tier'."""
    table, _, column = word.rpartition(".")
    if not table or len(column) < 3:
        return []
    mine = [n for n in names if n.rpartition(".")[0] == table]
    last = [n.rpartition(".")[2] for n in mine]
    near = set(difflib.get_close_matches(column, last, n=2, cutoff=0.6)) | {c for c in last if column in c or c in column}
    return [n for n in mine if n.rpartition(".")[2] in near]


def locate(phrase: str, request: str) -> str | None:
    """The request's own words for a phrase the model quoted (case and spacing aside), or None."""
    wanted = " ".join(phrase.split()).lower()
    if not wanted:
        return None
    at = request.lower().find(wanted)
    if at >= 0:
        return request[at:at + len(wanted)]
    pattern = r"\s+".join(re.escape(w) for w in wanted.split())
    found = re.search(pattern, request, re.I)
    return found.group(0) if found else None


def spans(phrase: str, request: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(phrase), request)]
