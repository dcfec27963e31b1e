"""User text and addresses made safe to show and to open (pure: no Qt).

* Bidirectional controls (embeddings, overrides, isolates: U+202A–U+202E, U+2066–U+2069) in
  user text can make "abc\u202eTXT.EXE" read as "abcEXE.TXT", or flip the app's own words next to
  it. They are removed wherever user text is shown (the stored text stays as typed); the marks
  LRM / RLM that right-to-left writers use are kept.
* One-line places (a menu item, a notification summary, a list cell) also get tabs, line breaks
  and other control characters as plain spaces: a tab in a menu label would start its shortcut
  column.
* :func:`normalise_url` is the one check of a project page address: it returns the address as it
  will be reached (an ASCII host, punycode for an international one, spaces and non-ASCII in the
  path percent-encoded), or None. What it accepts, Qt's strict URL parser reads with the same
  scheme, host and port (a property test holds it to that), and the opener checks it again.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, urlsplit, urlunsplit

_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# C0 and C1 controls, DEL, and the line/paragraph separators
_LINE_BREAKERS = re.compile("[\u0000-\u001f\u007f-\u009f\u2028\u2029]")


def neutralise(text: str) -> str:
    """``text`` without bidirectional embedding, override and isolate controls."""
    return _BIDI_CONTROLS.sub("", text) if text else text


def one_line(text: str) -> str:
    """:func:`neutralise`, and every control character or line break as a single space."""
    if not text:
        return text
    return _LINE_BREAKERS.sub(" ", _BIDI_CONTROLS.sub("", text))


# --- project page addresses -----------------------------------------------------------------

_LABEL = re.compile(r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?")
_NUMERIC = re.compile(r"0x[0-9a-f]*|[0-9]+")
_PATH_SAFE = "/:@!$&'()*+,;=-._~%?#[]"
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _unsafe_char(c: str) -> bool:
    if c == "\\":
        return True  # "https://example.com\@evil.com/": browsers and Qt read "\" as "/"
    category = unicodedata.category(c)
    return category in ("Cc", "Cf", "Zl", "Zp") or (category == "Zs" and c != " ")


def _ascii_host(host: str) -> str | None:
    if host.startswith("[") and host.endswith("]"):
        inner = host[1:-1]
        return host if inner and all(ch in "0123456789abcdef:." for ch in inner) and ":" in inner else None
    if not host.isascii():
        try:  # punycode (IDNA; also splits at the ideographic full stop "。")
            host = host.encode("idna").decode("ascii").lower()
        except UnicodeError:
            return None
    host = host.rstrip(".")
    labels = host.split(".")
    if not 0 < len(host) <= 253 or not all(_LABEL.fullmatch(label) for label in labels):
        return None
    # "0", "127.1", "0x7f.1": parsers read these as IPv4 in shorthand: only the plain form
    plain_ipv4 = len(labels) == 4 and all(p.isdigit() and str(int(p)) == p and int(p) < 256 for p in labels)
    if _NUMERIC.fullmatch(labels[-1]) and not plain_ipv4:
        return None
    return host


def normalise_url(url: str) -> str | None:
    """The http(s) address ``url`` will reach, ASCII only; None if it must not be opened.

    Refused: another scheme, no host, a user name or password before the host (a classic way to
    make one host look like another), a backslash, control or invisible formatting characters,
    a space in the host, a bad port, a host that is not a valid name."""
    url = url.strip()
    if not url or any(_unsafe_char(c) for c in url):
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if "@" in parts.netloc or " " in parts.netloc:
        return None
    hostname = parts.hostname or ""
    if "[" in parts.netloc:
        hostname = "[" + hostname + "]"
    host = _ascii_host(hostname)
    if host is None:
        return None
    netloc = host if port is None else f"{host}:{port}"
    path, query, fragment = (quote(p, safe=_PATH_SAFE) for p in (parts.path, parts.query, parts.fragment))
    if any(_BAD_PERCENT.search(p) for p in (path, query, fragment)):
        return None
    return urlunsplit((parts.scheme.lower(), netloc, path, query, fragment))


def url_host(url: str) -> str | None:
    """The host :func:`normalise_url` reaches (what the user should be shown), or None."""
    normal = normalise_url(url)
    return None if normal is None else urlsplit(normal).hostname
