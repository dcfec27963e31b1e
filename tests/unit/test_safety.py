"""User text and addresses made safe to show and open (reliability field test P8, P9)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QUrl

from companion.model.safety import neutralise, normalise_url, one_line, url_host

RLO, PDF, LRI, PDI = "\u202e", "\u202c", "\u2066", "\u2069"


@pytest.mark.parametrize(("text", "shown"), [
    (f"abc{RLO}TXT.EXE{PDF}", "abcTXT.EXE"),
    (f"{LRI}x{PDI}", "x"),
    ("עברית \u200fmark", "עברית \u200fmark"),  # the RLM mark right-to-left writers use is kept
    ("", ""),
])
def test_bidi_controls_are_removed(text, shown):
    assert neutralise(text) == shown


def test_one_line_turns_every_control_and_break_into_a_space():
    assert one_line(f"a\tb\nc\r\u2028d\x00e\x1bf{RLO}g") == "a b c  d e fg"


@pytest.mark.parametrize(("url", "reached"), [
    ("https://example.com/x", "https://example.com/x"),
    ("  HTTPS://Example.COM/Path  ", "https://example.com/Path"),
    ("https://example.com/a b", "https://example.com/a%20b"),
    ("https://例え.jp/パス", "https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9"),
    ("https://bücher.de", "https://xn--bcher-kva.de"),
    ("http://localhost:8080/x?q=1#f", "http://localhost:8080/x?q=1#f"),
    ("https://[::1]/", "https://[::1]/"),
    ("https://www.lancers.jp/work/detail/1234567", "https://www.lancers.jp/work/detail/1234567"),
])
def test_accepted_addresses_and_what_they_reach(url, reached):
    assert normalise_url(url) == reached


@pytest.mark.parametrize("url", [
    "https://example.com\\@evil.com/",  # Qt and browsers read "\" as "/": it would reach evil.com
    "https://user:pw@example.com/", "https://example.com@evil.com/",
    "\x01https://example.com/", "https://exa\x00mple.com/", f"https://a.com/{RLO}gnp.exe",
    "https://" + "a" * 3000 + ".com/", "https://a..b/", "https://-a.com/", "https://a b.com/",
    "https://a.com:99999/", "https://a.com:x/", "https://a.com/%zz",
    "javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "ftp://a.com/", "https:///x",
    "example.com", "", "   ", "http://0/", "http://127.1/", "http://0x7f.1/", "http://a.123/", "http://01.2.3.4/",
])
def test_refused_addresses(url):
    assert normalise_url(url) is None


def test_the_host_shown_is_the_host_qt_reaches():
    assert url_host("https://例え.jp/") == "xn--r8jz45g.jp"
    qurl = QUrl(normalise_url("https://例え.jp/"), QUrl.ParsingMode.StrictMode)
    assert qurl.host(QUrl.ComponentFormattingOption.EncodeUnicode) == "xn--r8jz45g.jp"


url_text = st.one_of(
    st.text(max_size=60),
    st.builds(lambda scheme, host, rest: f"{scheme}://{host}{rest}",
              st.sampled_from(["http", "https", "HTTPS", "ftp", "javascript"]),
              st.text(alphabet=st.characters(codec="utf-8"), min_size=0, max_size=30),
              st.text(max_size=30)),
    st.builds(lambda host, rest: f"https://{host}/{rest}",
              st.from_regex(r"[a-z0-9]{1,10}(\.[a-z0-9]{1,10}){0,3}", fullmatch=True), st.text(max_size=40)),
)


@settings(max_examples=600, deadline=None)
@given(url_text)
def test_what_the_check_accepts_qt_reads_the_same_way(url):
    normal = normalise_url(url)
    if normal is None:
        return
    assert normal.isascii() and normalise_url(normal) == normal  # stable
    parts = urlsplit(normal)
    qurl = QUrl(normal, QUrl.ParsingMode.StrictMode)
    assert qurl.isValid(), (url, normal, qurl.errorString())
    assert qurl.scheme() == parts.scheme in ("http", "https")
    assert qurl.host(QUrl.ComponentFormattingOption.EncodeUnicode) == parts.hostname, (url, normal)
    assert qurl.port() == (parts.port if parts.port is not None else -1)
