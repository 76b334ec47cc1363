"""The one module that talks to a model (and the only one importing `openai`).

A model is a small object with one method, `complete(messages, schema)`. The
SDK's own retries (with backoff) cover rate limits, timeouts and server errors;
what is left after the last attempt becomes one clear ModelError.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from assistant.errors import ModelError

MAX_ANSWER_CHARS = 200_000


@dataclass
class Reply:
    text: str
    model: str
    prompt_tokens: int | None
    completion_tokens: int | None
    latency_ms: float


class OpenAIChatModel:
    def __init__(self, settings):
        import openai

        if not settings.llm_key:
            raise ModelError("no model is configured",
                           hint="set OPENAI_API_KEY (and OPENAI_BASE_URL for a local or Azure endpoint), or "
                                "AUDIENCE_LLM_API_KEY; the offline translator needs nothing")
        self._openai = openai
        self.model = settings.llm_model
        self.temperature = settings.llm_temperature
        self.client = openai.OpenAI(api_key=settings.llm_key, base_url=settings.llm_url,
                                    timeout=settings.llm_timeout_s, max_retries=settings.llm_retries)
        self._schema_supported = True

    def complete(self, messages: list[dict], schema: dict | None = None) -> Reply:
        openai = self._openai
        started = time.perf_counter()
        kwargs = {"model": self.model, "messages": messages, "temperature": self.temperature}
        if schema and self._schema_supported:
            kwargs["response_format"] = {"type": "json_schema",
                                         "json_schema": {"name": "audience_definition", "schema": schema}}
        try:
            try:
                resp = self.client.chat.completions.create(**kwargs)
            except openai.BadRequestError:
                if "response_format" not in kwargs:
                    raise
                # Endpoints without structured output: ask again for plain JSON, and remember.
                self._schema_supported = False
                kwargs.pop("response_format")
                resp = self.client.chat.completions.create(**kwargs)
        except openai.RateLimitError:
            raise ModelError("the model endpoint kept rate-limiting after every retry",
                           hint="wait a minute, or raise AUDIENCE_LLM_RETRIES") from None
        except openai.APITimeoutError:
            raise ModelError("the model endpoint did not answer in time after every retry",
                           hint="check the endpoint, or raise AUDIENCE_LLM_TIMEOUT_S") from None
        except openai.APIConnectionError:
            raise ModelError("cannot reach the model endpoint", hint="check AUDIENCE_LLM_BASE_URL / OPENAI_BASE_URL") from None
        except openai.AuthenticationError:
            raise ModelError("the model endpoint refused the API key", hint="check OPENAI_API_KEY") from None
        except openai.APIStatusError as exc:
            raise ModelError(f"the model endpoint failed with HTTP {exc.status_code} after every retry",
                           hint="try again later, or use the offline translator") from None
        latency = (time.perf_counter() - started) * 1000
        if not getattr(resp, "choices", None):
            raise ModelError("the model endpoint returned no answer (empty choice list)", hint="try again, or another model")
        # A lone surrogate in the answer (valid JSON escape, invalid text) would crash the next request that
        # quotes it back: such characters become U+FFFD here, at the edge.
        text = (resp.choices[0].message.content or "").encode("utf-8", "replace").decode("utf-8", "replace")
        if len(text) > MAX_ANSWER_CHARS:
            raise ModelError(f"the model's answer is {len(text):,} characters long (limit {MAX_ANSWER_CHARS:,})",
                           hint="the model is looping: try again or another model")
        usage = getattr(resp, "usage", None)
        return Reply(text=text, model=getattr(resp, "model", self.model) or self.model,
                     prompt_tokens=getattr(usage, "prompt_tokens", None), completion_tokens=getattr(usage, "completion_tokens", None),
                     latency_ms=latency)
