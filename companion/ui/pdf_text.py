"""The text layer of a PDF made by Qt's PDF writer: each embedded font's ToUnicode map rewritten
from the text that was really laid out (pure Python; :mod:`companion.ui.report_pdf` gives the
glyphs of that text, read from Qt's own layout of it).

A PDF shows glyphs; a reader (copy and paste, search, ``pdftotext``, a screen reader) gets the
characters back from each font's ToUnicode map, glyph to text. Qt builds that map from the font
alone (``QFontSubset::getReverseMap``): for each glyph, the lowest code point of the Basic
Multilingual Plane that the font's cmap maps to it. Noto Sans CJK maps a Kangxi radical and its
ideograph to one glyph (U+2F2D ⼭ and U+5C71 山) and the radical comes first, so 山田 花子 came
back as ⼭⽥ 花⼦; a ligature came back as its presentation form (ﬁ for "fi"), and a character
outside the BMP (𠮷) as nothing.

For each Type0 font with a ToUnicode map:

1. Qt's map is read. For most glyphs it names *a* character of the glyph, and so, through the
   font's cmap, the glyph itself.
2. Each glyph gets the text it was laid out for: the characters that produced it (a cluster:
   "fi" for the ligature), counted over the whole document; the most frequent wins, a character
   as written before a compatibility form of it. A glyph the laid-out text never produced (the
   page numbers Qt adds) keeps Qt's character.
3. A glyph Qt could not name (no BMP character maps to it) is found by its neighbours: each text
   object that draws it is matched against the laid-out glyph sequences, the named glyphs fixed
   and the unknown one free; when one glyph is left for it, that is the one.
4. The new maps replace the old streams in place and the cross-reference table is rebuilt with
   every offset recomputed; nothing else in the file changes. The result is read back and
   checked.

Only what Qt writes is read: one classic cross-reference table, unfiltered or Flate streams.
Anything else raises :class:`Unsupported`, and the caller keeps the file as Qt wrote it.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NamedTuple

Glyph = tuple[str, int]  # (the font's PostScript name, a glyph index in that font)


class Unsupported(ValueError):
    """The PDF is not one this module knows how to rewrite."""


class GlyphText(NamedTuple):
    """What the text drew, from its layout (fonts by PostScript name)."""

    texts: dict[str, dict[int, Counter[str]]]  # font → glyph → the texts it was laid out for
    sequences: Sequence[Sequence[Glyph]]  # each block's glyphs, in logical order
    glyph_for: Callable[[str, str], int]  # (font, one character) → its glyph by the cmap, 0 if none


# --- reading objects -------------------------------------------------------------------------


class Name(str):
    """A PDF name (``/Type``), without its slash."""


class Ref(NamedTuple):
    num: int
    gen: int


class Op(bytes):
    """An operator or a keyword (``obj``, ``Tj``, ``R``)."""


_TOKEN = re.compile(
    rb"(?P<ws>(?:[\x00\t\n\x0c\r ]+|%[^\r\n]*)+)|(?P<open><<|\[)|(?P<close>>>|\])"
    rb"|(?P<hex><[0-9A-Fa-f\x00\t\n\x0c\r ]*>)|(?P<lit>\()"
    rb"|(?P<name>/[^\x00\t\n\x0c\r ()<>\[\]{}/%]*)|(?P<word>[^\x00\t\n\x0c\r ()<>\[\]{}/%]+)"
)
_NUMBER = re.compile(rb"[+-]?(?:\d+\.?\d*|\.\d+)")
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}


def _literal(data: bytes, pos: int) -> tuple[bytes, int]:
    """The literal string that opens at ``pos`` (its bytes, unescaped) and the position after it."""
    out, depth, i = bytearray(), 1, pos + 1
    while i < len(data):
        c = data[i]
        if c == 0x5C:  # backslash
            nxt = data[i + 1:i + 2]
            octal = re.compile(rb"[0-7]{1,3}").match(data, i + 1)
            if octal:
                out.append(int(octal.group(), 8) & 0xFF)
                i = octal.end()
                continue
            if nxt not in (b"\r", b"\n"):  # (a backslash before a line end continues the line)
                out += _ESCAPES.get(nxt[0], nxt) if nxt else b""
            i += 2
            continue
        depth += {0x28: 1, 0x29: -1}.get(c, 0)
        if depth == 0:
            return bytes(out), i + 1
        out.append(c)
        i += 1
    raise Unsupported("an unterminated string")


class Lexer:
    """The tokens of PDF syntax (objects, content streams, CMaps), one at a time."""

    def __init__(self, data: bytes, pos: int = 0) -> None:
        self.data, self.pos = data, pos

    def next(self) -> tuple[str, Any] | None:
        """(kind, value): open/close (``<<``, ``[`` / ``>>``, ``]``), string (bytes), name,
        number, op; None at the end."""
        m = _TOKEN.match(self.data, self.pos)
        if m is not None and m.lastgroup == "ws":
            self.pos = m.end()
            m = _TOKEN.match(self.data, self.pos)
        if m is None:
            if self.pos >= len(self.data):
                return None
            raise Unsupported(f"unexpected byte at {self.pos}")
        kind, text = m.lastgroup, m.group()
        self.pos = m.end()
        if kind == "lit":
            value, self.pos = _literal(self.data, m.start())
            return "string", value
        if kind == "hex":
            return "string", _hex_bytes(text[1:-1])
        if kind == "name":
            return "name", Name(text[1:].decode("latin-1"))
        if kind == "word" and _NUMBER.fullmatch(text):
            return "number", float(text) if b"." in text else int(text)
        return ("op", Op(text)) if kind == "word" else (str(kind), text)

    def value(self) -> Any:
        """The next object: a dict (name keys), list, :class:`Ref`, number, bytes, Name, bool
        or None."""
        token = self.next()
        if token is None:
            raise Unsupported("an object was expected")
        kind, value = token
        if kind == "open":
            items = self._until(b">>" if value == b"<<" else b"]")
            return dict(zip(items[::2], items[1::2], strict=True)) if value == b"<<" else items
        if kind == "number" and type(value) is int:
            mark = self.pos
            second, third = self.next(), self.next()
            if second and third and second[0] == "number" and type(second[1]) is int and third == ("op", b"R"):
                return Ref(value, second[1])
            self.pos = mark
        if kind == "op" and value in (b"true", b"false", b"null"):
            return {b"true": True, b"false": False, b"null": None}[value]
        if kind in ("close", "op"):
            raise Unsupported(f"{value!r} where an object was expected")
        return value

    def _until(self, close: bytes) -> list[Any]:
        items: list[Any] = []
        while True:
            mark = self.pos
            token = self.next()
            if token is None:
                raise Unsupported("an unclosed array or dictionary")
            if token == ("close", close):
                return items
            self.pos = mark
            items.append(self.value())


class Pdf:
    """The objects of a PDF with one classic cross-reference table, as Qt writes it."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.startxref_at = data.rfind(b"startxref")
        found = re.compile(rb"startxref\s+(\d+)\s*%%EOF\s*\Z").match(data, max(self.startxref_at, 0))
        if self.startxref_at < 0 or found is None:
            raise Unsupported("no startxref at the end")
        self.xref_at = int(found.group(1))
        if not data.startswith(b"xref", self.xref_at):
            raise Unsupported("not a classic cross-reference table")
        self.offsets: dict[int, int] = {}
        self.sections: list[tuple[int, list[bytes]]] = []  # (first object, its 20-byte entries)
        pos = self.xref_at + 4
        header = re.compile(rb"\s*(\d+) (\d+)[ \t]*\r?\n")
        while (m := header.match(data, pos)) is not None:
            first, count = int(m.group(1)), int(m.group(2))
            entries = [data[m.end() + 20 * i:m.end() + 20 * i + 20] for i in range(count)]
            pos = m.end() + 20 * count
            if any(not re.fullmatch(rb"\d{10} \d{5} [nf][ \r\n]{2}", e) for e in entries):
                raise Unsupported("a malformed cross-reference entry")
            self.offsets.update((first + i, int(e[:10])) for i, e in enumerate(entries) if e[17:18] == b"n")
            self.sections.append((first, entries))
        m = re.compile(rb"\s*trailer").match(data, pos)
        if m is None:
            raise Unsupported("no trailer")
        self.trailer_at = m.end() - len(b"trailer")
        self.trailer = Lexer(data, m.end()).value()
        if not isinstance(self.trailer, dict) or "Prev" in self.trailer or "Root" not in self.trailer:
            raise Unsupported("an updated or unusual trailer")

    def resolve(self, value: Any) -> Any:
        return self.object(value.num)[0] if isinstance(value, Ref) else value

    def object(self, num: int) -> tuple[Any, tuple[int, int] | None]:
        """Object ``num`` and, for a stream, where its data lies."""
        start = self.offsets.get(num)
        m = None if start is None else re.compile(rb"(\d+)\s+(\d+)\s+obj").match(self.data, start)
        if m is None or int(m.group(1)) != num:
            raise Unsupported(f"object {num} is not where the table says")
        lexer = Lexer(self.data, m.end())
        value = lexer.value()
        s = re.compile(rb"\s*stream\r?\n").match(self.data, lexer.pos)
        if s is None:
            return value, None
        length = self.resolve(value.get("Length"))
        if type(length) is not int or s.end() + length > len(self.data):
            raise Unsupported(f"object {num}: a bad stream length")
        return value, (s.end(), s.end() + length)

    def span(self, num: int) -> tuple[int, int]:
        """Where object ``num`` lies: from ``N G obj`` to after its ``endobj``."""
        _, where = self.object(num)
        start = self.offsets[num]
        end = self.data.find(b"endobj", where[1] if where else start)
        if end < 0:
            raise Unsupported(f"object {num} has no endobj")
        return start, end + len(b"endobj")

    def stream(self, num: int) -> bytes:
        value, where = self.object(num)
        if where is None:
            raise Unsupported(f"object {num} is not a stream")
        raw = self.data[where[0]:where[1]]
        filters = value.get("Filter")
        for f in [] if filters is None else filters if isinstance(filters, list) else [filters]:
            if f != "FlateDecode":
                raise Unsupported(f"object {num}: the filter {f}")
            raw = zlib.decompress(raw)
        return raw

    def pages(self) -> Iterator[dict[str, Any]]:
        """Each page's dictionary, its Resources (inherited or its own) resolved."""
        def walk(node: Any, resources: Any, depth: int) -> Iterator[dict[str, Any]]:
            node = self.resolve(node)
            if not isinstance(node, dict) or depth > 32:
                raise Unsupported("a bad page tree")
            resources = self.resolve(node.get("Resources", resources))
            if node.get("Type") == "Page":
                yield {**node, "Resources": resources or {}}
                return
            for kid in self.resolve(node.get("Kids", [])):
                yield from walk(kid, resources, depth + 1)

        yield from walk(self.resolve(self.trailer["Root"])["Pages"], None, 0)

    def replace_streams(self, streams: dict[int, bytes]) -> bytes:
        """The file with each object of ``streams`` replaced by an unfiltered stream of those
        bytes, and the cross-reference table rebuilt for the new offsets."""
        out, last, moves = bytearray(), 0, []  # moves: (old end of a replaced object, growth)
        for (start, end), num in sorted((self.span(num), num) for num in streams):
            body = streams[num]
            header = re.compile(rb"\d+\s+\d+\s+obj").match(self.data, start)
            assert header is not None  # (span checked it)
            new = b"%s\n<< /Length %d >>\nstream\n%s\nendstream\nendobj" % (header.group(), len(body), body)
            out += self.data[last:start] + new
            moves.append((end, len(new) - (end - start)))
            last = end
        out += self.data[last:self.xref_at]

        def moved(offset: int) -> int:
            return offset + sum(growth for end, growth in moves if end <= offset)

        xref_at = len(out)
        out += b"xref\n"
        for first, entries in self.sections:
            out += b"%d %d\n" % (first, len(entries))
            for entry in entries:
                offset = moved(int(entry[:10])) if entry[17:18] == b"n" else int(entry[:10])
                out += b"%010d" % offset + entry[10:]
        out += self.data[self.trailer_at:self.startxref_at]
        out += b"startxref\n%d\n%%%%EOF\n" % xref_at
        return bytes(out)


# --- ToUnicode maps ---------------------------------------------------------------------------


def _utf16(raw: bytes) -> str:
    return raw.decode("utf-16-be", "surrogatepass")


def read_cmap(data: bytes) -> dict[int, str]:
    """A ToUnicode map's bfchar and bfrange entries: code → text."""
    out: dict[int, str] = {}
    lexer, mode = Lexer(data), b""
    operands: list[bytes] = []
    while (token := lexer.next()) is not None:
        kind, value = token
        if kind == "op":
            mode, operands = (value if value in (b"beginbfchar", b"beginbfrange") else b""), []
        elif mode == b"beginbfchar" and kind == "string":
            operands.append(value)
            if len(operands) == 2:
                out[int.from_bytes(operands[0], "big")] = _utf16(operands[1])
                operands = []
        elif mode == b"beginbfrange" and kind == "string" and len(operands) < 2:
            operands.append(value)
        elif mode == b"beginbfrange" and len(operands) == 2:
            lo, hi = (int.from_bytes(o, "big") for o in operands)
            if kind == "open":
                lexer.pos -= len(value)
                targets = [_utf16(t) for t in lexer.value()]
                out.update((lo + i, t) for i, t in enumerate(targets[: hi - lo + 1]))
            elif kind == "string":
                first = _utf16(value)
                for i in range(hi - lo + 1):
                    out[lo + i] = first[:-1] + chr(ord(first[-1]) + i) if first else ""
            operands = []
    return out


def write_cmap(mapping: dict[int, str]) -> bytes:
    """A ToUnicode map of bfchar entries (two-byte codes), a hundred to a block."""
    items = sorted(mapping.items())
    blocks = b""
    for i in range(0, len(items), 100):
        chunk = items[i:i + 100]
        lines = b"".join(b"<%04X> <%s>\n" % (code, text.encode("utf-16-be", "surrogatepass").hex().upper().encode())
                         for code, text in chunk)
        blocks += b"%d beginbfchar\n%sendbfchar\n" % (len(chunk), lines)
    return (
        b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        + blocks
        + b"endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
    )


# --- the fonts, and what the pages draw with them --------------------------------------------


class Font(NamedTuple):
    name: str  # its PostScript name, without a subset tag
    to_unicode: int  # its ToUnicode stream


def fonts_and_text(pdf: Pdf) -> tuple[dict[int, Font], list[tuple[int, list[int]]]]:
    """The Type0 fonts that have a ToUnicode map (by object number), and each run of text the
    pages show in one of them: (font, its two-byte codes in order)."""
    fonts: dict[int, Font] = {}
    shown: list[tuple[int, list[int]]] = []
    for page in pdf.pages():
        by_key: dict[str, int] = {}
        for key, ref in (pdf.resolve(page["Resources"].get("Font")) or {}).items():
            font = pdf.resolve(ref) if isinstance(ref, Ref) else None
            if isinstance(font, dict) and font.get("Subtype") == "Type0" and isinstance(font.get("ToUnicode"), Ref):
                fonts[ref.num] = Font(str(font.get("BaseFont", "")).split("+")[-1], font["ToUnicode"].num)
                by_key[key] = ref.num
        contents = page.get("Contents")
        if isinstance(contents, Ref) and isinstance(pdf.resolve(contents), list):  # (an array of streams)
            contents = pdf.resolve(contents)
        for ref in contents if isinstance(contents, list) else [contents] if contents else []:
            if not isinstance(ref, Ref):
                raise Unsupported("page contents that are not streams")
            shown.extend(text_runs(pdf.stream(ref.num), by_key))
    return fonts, shown


def text_runs(content: bytes, fonts: dict[str, int]) -> Iterator[tuple[int, list[int]]]:
    """(font, codes) for each run of text a content stream shows in one of ``fonts``, within
    one BT ... ET."""
    if re.search(rb"[(%'\"]|(?<![^\x00\t\n\x0c\r ])BI(?![^\x00\t\n\x0c\r ])", content) is None:
        yield from _hex_text_runs(content, fonts)  # what Qt writes: hex strings only
        return
    lexer = Lexer(content)
    font: int | None = None
    codes: list[int] = []
    operands: list[Any] = []
    while (token := lexer.next()) is not None:
        kind, value = token
        if kind != "op":
            if kind == "open":
                lexer.pos -= len(value)
                value = lexer.value()
            operands.append(value)
            continue
        if value == b"ID":  # an inline image's data, up to its EI
            m = re.compile(rb"[\x00\t\n\x0c\r ]EI(?=[\x00\t\n\x0c\r ]|\Z)").search(content, lexer.pos)
            if m is None:
                raise Unsupported("an inline image without EI")
            lexer.pos = m.end()
        elif value in (b"BT", b"ET", b"Tf"):  # (the font is text state: it outlives BT ... ET)
            if font is not None and codes:
                yield font, codes
            codes = []
            if value == b"Tf":
                font = fonts.get(operands[-2]) if len(operands) >= 2 else None
        elif value in (b"Tj", b"TJ", b"'", b'"') and font is not None and operands:
            shown = operands[-1]
            for string in shown if isinstance(shown, list) else [shown]:
                if isinstance(string, bytes):
                    codes.extend(_two_byte_codes(string))
        operands = []
    if font is not None and codes:
        yield font, codes


def _two_byte_codes(string: bytes) -> list[int]:
    return [int.from_bytes(string[i:i + 2], "big") for i in range(0, len(string) - 1, 2)]


_SEP = rb"(?<![^\x00\t\n\x0c\r ])"  # (after white space, or at the start)
_HEX_TEXT = re.compile(
    _SEP + rb"/([^\x00\t\n\x0c\r ()<>\[\]{}/%]+)\s+[-+]?[\d.]+\s+Tf(?![^\x00\t\n\x0c\r ])"
    rb"|" + _SEP + rb"([BE]T)(?![^\x00\t\n\x0c\r ])"
    rb"|<([0-9A-Fa-f\x00\t\n\x0c\r ]*)>\s*Tj(?![^\x00\t\n\x0c\r ])"
    rb"|\[([^\]]*)\]\s*TJ(?![^\x00\t\n\x0c\r ])"
)
_HEX = re.compile(rb"<([0-9A-Fa-f\x00\t\n\x0c\r ]*)>")


def _hex_bytes(digits: bytes) -> bytes:
    """A hex string's bytes (white space ignored; an odd last digit is followed by 0)."""
    compact = b"".join(digits.replace(b"\x00", b" ").split())
    return bytes.fromhex((compact + b"0" * (len(compact) % 2)).decode("ascii"))


def _hex_text_runs(content: bytes, fonts: dict[str, int]) -> Iterator[tuple[int, list[int]]]:
    """:func:`text_runs` for a stream without literal strings, comments or inline images: only
    its Tf, BT, ET, Tj and TJ are read."""
    font: int | None = None
    codes: list[int] = []
    for m in _HEX_TEXT.finditer(content):
        name, marker, shown, array = m.groups()
        if name is not None or marker is not None:
            if font is not None and codes:
                yield font, codes
            codes = []
            if name is not None:
                font = fonts.get(name.decode("latin-1"))
        elif font is not None:
            for digits in [shown] if shown is not None else _HEX.findall(array):
                codes.extend(_two_byte_codes(_hex_bytes(digits)))
    if font is not None and codes:
        yield font, codes


# --- the new maps ----------------------------------------------------------------------------


def best_text(texts: Counter[str] | None) -> str | None:
    """The text a glyph stands for: the most frequent; a character as written (its NFKC form)
    before a compatibility form of it (⼭ or ﬁ); then the first in code point order."""
    if not texts:
        return None
    return min(texts, key=lambda t: (-texts[t], unicodedata.normalize("NFKC", t) != t, t))


def remap(font: str, old: dict[int, str], shown: Sequence[Sequence[int]], glyphs: GlyphText) -> dict[int, str]:
    """``font``'s new ToUnicode map: each glyph it shows mapped to the text laid out with it."""
    texts = glyphs.texts.get(font)
    if not texts:
        return old
    glyph_of: dict[int, int] = {}
    for code, text in old.items():
        glyph = glyphs.glyph_for(font, text) if code and len(text) == 1 else 0
        if glyph:
            glyph_of[code] = glyph
    unknown = {c for codes in shown for c in codes} - set(glyph_of) - {0}
    if unknown:
        glyph_of.update(_find_unknown(font, unknown, glyph_of, shown, glyphs))
    new = dict(old)
    for code, glyph in glyph_of.items():
        best = best_text(texts.get(glyph))
        if best:
            new[code] = best
    return new


def _find_unknown(font: str, unknown: set[int], known: dict[int, int], shown: Sequence[Sequence[int]],
                  glyphs: GlyphText) -> dict[int, int]:
    """The glyphs of codes Qt could not name, by matching the runs that show them against the
    laid-out glyph sequences (the named glyphs fixed, an unknown one free)."""
    texts = glyphs.texts[font]
    named = set(known.values())
    free = {g for g, ts in texts.items() if g not in named
            and not any(len(t) == 1 and ord(t) < 0x10000 and glyphs.glyph_for(font, t) == g for t in ts)}
    candidates = {code: set(free) for code in unknown}
    index: dict[Glyph, list[tuple[int, int]]] = {}
    for s, sequence in enumerate(glyphs.sequences):
        for p, glyph in enumerate(sequence):
            index.setdefault(glyph, []).append((s, p))
    for codes in shown:
        if unknown.isdisjoint(codes):
            continue
        pattern = [0 if c == 0 else known.get(c) for c in codes]
        for code, seen in _matches(font, codes, pattern, index, glyphs.sequences).items():
            candidates[code] &= seen
    return _assign(candidates)


def _matches(font: str, codes: Sequence[int], pattern: list[int | None], index: dict[Glyph, list[tuple[int, int]]],
             sequences: Sequence[Sequence[Glyph]]) -> dict[int, set[int]]:
    """For each unknown code of one run: the glyphs at its place wherever the run's named glyphs
    match a laid-out sequence (no entry: the run matched nowhere, no constraint)."""
    anchor = next((k for k, g in enumerate(pattern) if g is not None), None)
    seen: dict[int, set[int]] = {}
    if anchor is None:
        return seen
    for s, p in index.get((font, pattern[anchor] or 0), ()):
        start, sequence = p - anchor, sequences[s]
        if start < 0 or start + len(pattern) > len(sequence):
            continue
        window = sequence[start:start + len(pattern)]
        if all(f == font and (want is None or g == want) for (f, g), want in zip(window, pattern, strict=True)):
            for (_, g), code, want in zip(window, codes, pattern, strict=True):
                if want is None:
                    seen.setdefault(code, set()).add(g)
    return seen


def _assign(candidates: dict[int, set[int]]) -> dict[int, int]:
    """Codes whose candidates narrow to one glyph, each glyph given to one code at most."""
    assigned: dict[int, int] = {}
    changed = True
    while changed:
        changed = False
        taken = set(assigned.values())
        for code, glyphs in candidates.items():
            left = glyphs - taken
            if code not in assigned and len(left) == 1:
                assigned[code] = next(iter(left))
                taken |= left
                changed = True
    return assigned


def fix_text_layer(data: bytes, glyphs: GlyphText) -> bytes:
    """The PDF ``data`` with every Type0 font's ToUnicode map rebuilt from ``glyphs``."""
    pdf = Pdf(data)
    fonts, shown = fonts_and_text(pdf)
    new_maps: dict[int, dict[int, str]] = {}
    for num, font in fonts.items():
        old = read_cmap(pdf.stream(font.to_unicode))
        new = remap(font.name, old, [codes for f, codes in shown if f == num], glyphs)
        if new != old:
            new_maps[font.to_unicode] = new
    if not new_maps:
        return data
    fixed = pdf.replace_streams({num: write_cmap(m) for num, m in new_maps.items()})
    check = Pdf(fixed)
    if (set(check.offsets) != set(pdf.offsets)
            or any(check.object(num)[0] is None for num in check.offsets)  # (each where the table says)
            or any(read_cmap(check.stream(num)) != m for num, m in new_maps.items())):
        raise Unsupported("the rewritten file does not read back")
    return fixed
