"""Secrets in URLs: an endpoint URL can carry a key in its query string (``?api-key=…``)
or its userinfo (``https://user:secret@host``). Any URL put in a message, a report
or a log goes through :func:`redact_url` (one URL) or :func:`redact_urls` (free text).

Names are kept (``?api-key=***``) because they help to diagnose a configuration;
values, userinfo and fragments are replaced by ``***``.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit, urlunsplit

MASK = "***"
_URL = re.compile(r"""\b[A-Za-z][A-Za-z0-9+.-]{1,15}://[^\s'"<>`]+""")
_USERINFO = re.compile(r"(?<=://)[^/?#\s]*@")
_QUERY_VALUE = re.compile(r"([?&;][^=&#;]*=)[^&#;]*")


def redact_url(url: str | None) -> str | None:
    """``url`` without query-string values, userinfo or fragment."""
    if not url:
        return url
    text = str(url)
    try:
        parts = urlsplit(text)
        netloc = parts.netloc
        if "@" in netloc:
            netloc = f"{MASK}@{netloc.rsplit('@', 1)[1]}"
        query = "&".join(_mask_pair(p) for p in parts.query.split("&")) if parts.query else ""
        return urlunsplit((parts.scheme, netloc, parts.path, query, MASK if parts.fragment else ""))
    except ValueError:  # e.g. a malformed IPv6 host: mask by pattern instead
        text = _USERINFO.sub(f"{MASK}@", text)
        return _QUERY_VALUE.sub(lambda m: m.group(1) + MASK, text)


def _mask_pair(pair: str) -> str:
    name, eq, value = pair.partition("=")
    if not eq:
        return MASK if name else name  # a bare token (?SECRET) may itself be the key
    return f"{name}={MASK}" if value else f"{name}="


def url_secrets(url: str | None, min_length: int = 6) -> tuple[str, ...]:
    """The parts of ``url`` that may be secret (query values, userinfo), longest first, for masking
    where a server echoes them without the rest of the URL. Short values ("1", "json") are left."""
    if not url:
        return ()
    try:
        parts = urlsplit(str(url))
    except ValueError:
        return ()
    found: set[str] = set()
    for pair in filter(None, parts.query.split("&")):
        name, eq, value = pair.partition("=")
        found.add(value if eq else name)
    if "@" in parts.netloc:
        userinfo = parts.netloc.rsplit("@", 1)[0]
        found |= {userinfo, *userinfo.split(":", 1)}
    if parts.fragment:
        found.add(parts.fragment)
    return tuple(sorted((s for s in found if len(s) >= min_length), key=len, reverse=True))


def redact_urls(text: str) -> str:
    """Every URL in ``text`` passed through :func:`redact_url`."""
    if "://" not in text:
        return text
    return _URL.sub(lambda m: redact_url(m.group(0)) or "", text)


class RedactUrlsFilter(logging.Filter):
    """Rewrites a log record's message with every URL redacted.

    HTTP client libraries log full request URLs (httpx: ``HTTP Request: POST
    https://host/v1/chat/completions?api-key=…``); the filter goes on the loggers
    that do so when minutesai opens a connection itself."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken record is the logging module's to report
            return True
        redacted = redact_urls(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


_FILTER = RedactUrlsFilter()
HTTP_LOGGERS = ("httpx", "httpx2", "openai", "openai._base_client", "urllib3.connectionpool")
"""Loggers that write request URLs (httpx2 is the transport of openai 3.x)."""


def install_log_redaction(names: tuple[str, ...] = HTTP_LOGGERS) -> None:
    """Put the URL filter on the HTTP loggers (once; idempotent)."""
    for name in names:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
