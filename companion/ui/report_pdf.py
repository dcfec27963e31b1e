"""The evidence report as PDF, with Qt's own PDF writer (no extra dependency), and a text layer
that is the text.

The pages are Qt's: the report as HTML in a QTextDocument, printed to a QPdfWriter, its fonts
embedded (Noto Sans CJK for Japanese). The text a reader gets back from Qt's file (copy, search,
``pdftotext``, a screen reader) is wrong, though: Qt maps each glyph back to a character from
the font alone, and for Noto CJK that gives Kangxi radicals for ideographs (⼭⽥ for 山田),
presentation forms for ligatures (ﬁ for "fi"), and nothing for a character outside the BMP (𠮷).

So the glyphs of the text are read from a layout of the same document like the printed one
(:func:`glyph_text`: for each character, the glyphs QTextLayout shaped it into, in which font),
and :mod:`companion.ui.pdf_text` rewrites each font's ToUnicode map in Qt's file from them: a
glyph reads back as the characters it was drawn for, never as another character that happens to
share it. (One glyph reads as one text: a radical written in a report that also has its
ideograph reads as the more frequent of the two.)

Why post-processing Qt's file rather than another PDF writer or a PDF library: the rendering
stays exactly Qt's (only the ToUnicode streams change), the maps come from the shaping that was
really done rather than from guesses such as NFKC, and the rewrite is small, needs nothing but
the standard library, and is checked by reading the result back. Were Qt ever to write a file
that module does not read (or were it to fail), the report is still written, as Qt wrote it,
with a warning in the log, and tests/unit/test_report_text.py (``pdftotext`` on every cell)
fails.

The file is written as ``PATH.partial`` and renamed when whole.
"""

from __future__ import annotations

import html
import logging
import os
import struct
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QSizeF
from PySide6.QtGui import (
    QGlyphRun,
    QPageSize,
    QPdfWriter,
    QRawFont,
    QTextBlock,
    QTextDocument,
    QTextLayout,
)

from companion.model.report import Report
from companion.model.safety import neutralise
from companion.model.vocab import text_language as vocab_text_language
from companion.ui import pdf_text

log = logging.getLogger(__name__)


def report_language(platform: str, text_language: str, interface: str) -> str:
    """The language a project's report is offered in: the same rule as the texts to the other
    side and support (vocab.text_language): the project's own choice, else its platform's
    (Japanese on Japanese platforms, English on Upwork and Fiverr), else the interface's."""
    return vocab_text_language(text_language, platform, interface)


def to_html(report: Report) -> str:
    def e(value: str) -> str:  # user text is data, never markup; no bidi controls
        return html.escape(neutralise(value))

    parts = [
        "<html><body style='font-size: 9pt'>",
        f"<h1 style='font-size: 15pt'>{e(report.title)}</h1><p>{e(report.subtitle)}</p>",
    ]
    for table in report.tables:
        parts.append(f"<h2 style='font-size: 12pt'>{e(table.heading)}</h2>")
        if not table.rows:
            parts.append("<p>—</p>")
            continue
        parts.append("<table border='1' cellspacing='0' cellpadding='3' width='100%'>")
        if any(table.columns):
            parts.append("<tr>" + "".join(f"<th align='left'>{e(c)}</th>" for c in table.columns) + "</tr>")
        for row in table.rows:
            parts.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


def write_pdf(report: Report, path: Path) -> None:
    """Write the report to ``path`` (through ``path.partial``). Raises OSError."""
    partial = path.with_name(path.name + ".partial")
    with open(partial, "wb"):  # an unwritable place fails here, with the reason
        pass
    try:
        writer = QPdfWriter(str(partial))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setResolution(150)
        writer.setTitle(report.title)
        writer.setCreator("Renraku Companion")
        doc = QTextDocument()
        doc.setHtml(to_html(report))
        glyphs = glyph_text(doc, writer)
        doc.print_(writer)
        del writer  # flushes and closes the file
        data = partial.read_bytes()
        # QPdfWriter reports nothing when it cannot write: check the result
        if not data.startswith(b"%PDF-"):
            raise OSError(f"could not write {path}")
        try:
            data = pdf_text.fix_text_layer(data, glyphs)
        except pdf_text.Unsupported as exc:
            log.warning("the PDF's text layer was left as Qt wrote it: %s", exc)
        except Exception:  # (a fault in the text layer's repair never costs the report itself)
            log.exception("the PDF's text layer was left as Qt wrote it")
        with open(partial, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


# --- the glyphs of the text ------------------------------------------------------------------

_GLYPHS = QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphIndexes | QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions


def glyph_text(doc: QTextDocument, device: QPdfWriter) -> pdf_text.GlyphText:
    """Which glyphs, of which font, each character of ``doc`` is drawn with on ``device``.

    A copy of the document is laid out as ``QTextDocument.print`` lays out its own copy (the
    device's resolution and page, 2 cm margins), so its shaping is the one printed."""
    probe = doc.clone()
    probe.documentLayout().setPaintDevice(device)
    frame = probe.rootFrame().frameFormat()
    frame.setMargin(int(2 / 2.54 * 96))  # (print's margins, in the document's 96 dpi units)
    probe.rootFrame().setFrameFormat(frame)
    probe.setPageSize(QSizeF(device.width(), device.height()))
    probe.pageCount()  # lays it out
    fonts = _Fonts()
    texts: dict[str, dict[int, Counter[str]]] = {}
    sequences = []
    block = probe.begin()
    while block.isValid():
        sequences.append(_block_glyphs(block, fonts, texts))
        block = block.next()
    return pdf_text.GlyphText(texts, sequences, fonts.glyph_for)


def _block_glyphs(block: QTextBlock, fonts: _Fonts, texts: dict[str, dict[int, Counter[str]]]) -> list[pdf_text.Glyph]:
    """The block's glyphs in logical order; each cluster's first glyph counted in ``texts`` with
    the characters it stands for. (Characters shaped together, a ligature's, give the same
    glyphs at the same place; two equal characters side by side give them at two places.)"""
    layout = block.layout()
    sequence: list[pdf_text.Glyph] = []
    runs: list[QGlyphRun] = []
    glyphs: list[pdf_text.Glyph] = []
    chars = ""

    def flush() -> None:
        if glyphs and chars:
            sequence.extend(glyphs)
            font, first = glyphs[0]
            texts.setdefault(font, {}).setdefault(first, Counter())[chars] += 1

    position = 0  # (in UTF-16 code units, as Qt counts)
    for char in block.text():
        units = 2 if ord(char) > 0xFFFF else 1
        shaped = layout.glyphRuns(position, units, _GLYPHS)
        position += units
        these = [(fonts.name(run.rawFont()), g) for run in shaped for g in run.glyphIndexes()]
        if these and these == glyphs and _same_places(shaped, runs):
            chars += char
            continue
        flush()
        runs, glyphs, chars = shaped, these, char
    flush()
    return sequence


def _same_places(a: list[QGlyphRun], b: list[QGlyphRun]) -> bool:
    return [p.toTuple() for r in a for p in r.positions()] == [p.toTuple() for r in b for p in r.positions()]


class _Fonts:
    """The fonts of the layout by PostScript name (as the PDF names them), and their cmaps."""

    def __init__(self) -> None:
        self.fonts: dict[str, QRawFont] = {}
        self._names: dict[tuple[str, str, int, int], str] = {}
        self._glyphs: dict[tuple[str, str], int] = {}
        self._recent: list[tuple[QRawFont, str]] = []

    def name(self, raw: QRawFont) -> str:
        for known, recent in self._recent:  # (a few fonts, one after another: equality is cheap)
            if known == raw:
                return recent
        key = (raw.familyName(), raw.styleName(), raw.weight(), int(raw.style().value))
        name = self._names.get(key)
        if name is None:
            name = self._names[key] = postscript_name(raw)
            self.fonts.setdefault(name, raw)
        self._recent = [(raw, name), *self._recent[:7]]
        return name

    def glyph_for(self, font: str, char: str) -> int:
        """``char``'s glyph in ``font`` by its cmap (0: none, or not one glyph)."""
        key = (font, char)
        glyph = self._glyphs.get(key)
        if glyph is None:
            raw = self.fonts.get(font)
            indexes = list(raw.glyphIndexesForString(char)) if raw is not None else []
            glyph = self._glyphs[key] = indexes[0] if len(indexes) == 1 else 0
        return glyph


def postscript_name(raw: QRawFont) -> str:
    """The font's PostScript name (its name table's record 6) as Qt's PDF writer spells it."""
    data = bytes(raw.fontTable("name").data())
    try:
        count, strings = struct.unpack_from(">HH", data, 2)
        for i in range(count):
            platform, _, _, name_id, length, offset = struct.unpack_from(">6H", data, 6 + 12 * i)
            if name_id == 6:
                value = data[strings + offset:strings + offset + length]
                text = value.decode("utf-16-be") if platform in (0, 3) else value.decode("latin-1")
                return text.replace(" ", "_")
    except (struct.error, UnicodeDecodeError):
        pass
    return raw.familyName().replace(" ", "")  # (Qt's fallback: the family, without spaces)
