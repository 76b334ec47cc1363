"""A webhook destination must be an http(s) URL: checked before an export writes or sends anything."""
from __future__ import annotations

from urllib.parse import urlsplit

from assistant.errors import DeliveryError


def check_webhook_url(url: str) -> str:
    """The URL itself when it is http:// or https:// with a host; a DeliveryError naming it otherwise.

    Example: check_webhook_url("https://hooks.example.com/audiences") == "https://hooks.example.com/audiences"
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # e.g. an unbalanced IPv6 bracket
        parts, host = None, None
    if parts is None or parts.scheme not in ("http", "https") or not host \
            or any(ch.isspace() or ord(ch) < 32 for ch in url):
        raise DeliveryError(f"the webhook URL {url!r} is not an http:// or https:// address with a host",
                            hint="pass --webhook https://... (or set AUDIENCE_WEBHOOK_URL); nothing was exported")
    return url
