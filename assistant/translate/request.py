"""What a request must be before any translator reads it: text of a bounded length.

Checked in `pipeline.translate` (and `refine`), so every backend gets the same refusal before any parsing,
model call or warehouse query: a 100,000-character request costs microseconds, not minutes.
"""
from __future__ import annotations

import unicodedata

from assistant.errors import TranslationError


def check_request(text: str, max_chars: int, *, what: str = "request") -> str:
    if len(text) > max_chars:
        raise TranslationError(f"the {what} is {len(text):,} characters long (limit {max_chars:,})",
                               hint="shorten it to the audience's conditions, or raise the max_request_chars setting "
                                    "(AUDIENCE_MAX_REQUEST_CHARS)")
    for i, ch in enumerate(text):
        # Lone surrogates cannot be encoded (a model call would crash on them); control characters are invisible.
        if unicodedata.category(ch) in ("Cs", "Cc") and ch not in "\t\n\r":
            raise TranslationError(f"the {what} contains an invalid character (U+{ord(ch):04X}) at position {i + 1}",
                                   hint="retype the request, or paste it as plain text")
    return text
