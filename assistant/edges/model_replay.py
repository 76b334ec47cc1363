"""Record and replay model exchanges, so evals and tests run with no network.

Each exchange is one JSON line keyed by a hash of the messages, the model and
its parameters. Replay answers from the file and fails clearly on a missing key.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

from assistant.edges.model import Reply
from assistant.errors import ModelError


def exchange_key(messages: list[dict], model: str, temperature: float, schema: dict | None) -> str:
    payload = json.dumps({"messages": messages, "model": model, "temperature": temperature, "schema": schema},
                         sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


class RecordingModel:
    def __init__(self, inner, path: Path):
        self.inner, self.path = inner, Path(path)
        self.model, self.temperature = inner.model, inner.temperature

    def complete(self, messages, schema=None) -> Reply:
        reply = self.inner.complete(messages, schema)
        record = {"key": exchange_key(messages, self.model, self.temperature, schema), "model": reply.model,
                  "text": reply.text, "prompt_tokens": reply.prompt_tokens, "completion_tokens": reply.completion_tokens}
        with open(self.path, "a") as f:
            f.write(json.dumps(record) + "\n")
        return reply


class ReplayModel:
    def __init__(self, path: Path, model: str, temperature: float):
        self.path, self.model, self.temperature = Path(path), model, temperature
        try:
            lines = self.path.read_text().splitlines()
        except OSError as exc:
            raise ModelError(f"cannot read the replay file {path}: {exc.strerror}", hint="record one with --record FILE") from None
        self.answers = {}
        for n, line in enumerate(lines, 1):
            if line.strip():
                try:
                    record = json.loads(line)
                    self.answers[record["key"]] = record
                except (ValueError, KeyError):
                    raise ModelError(f"{path}:{n} is not a recorded exchange", hint="re-record the file") from None

    def complete(self, messages, schema=None) -> Reply:
        key = exchange_key(messages, self.model, self.temperature, schema)
        record = self.answers.get(key)
        if record is None:
            raise ModelError(f"no recorded answer for this prompt in {self.path} (key {key[:12]})",
                           hint="the prompt, model or parameters changed since recording: record again with --record")
        return Reply(text=record["text"], model=record["model"], prompt_tokens=record["prompt_tokens"],
                     completion_tokens=record["completion_tokens"], latency_ms=0.0)
