"""The evidence PDF's text layer is the text: what ``pdftotext`` (or copy, search, a screen
reader) reads from the file is every title and table cell exactly as written, in Japanese and in
English; no Kangxi radical (⼭ for 山) or compatibility form comes back unless it was written.
Then the PDF-level pieces: Qt's maps read, the rewrite keeps every offset right."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import zlib
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from companion.model import report
from companion.model.report import Report, Table
from companion.model.safety import neutralise
from companion.model.timers import DEFAULT_THRESHOLDS
from companion.store import repo
from companion.store.demo import load_demo
from companion.store.repo import MessageInput, ProjectInput
from companion.store.report import report_input
from companion.ui import pdf_text

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
JST = timezone(timedelta(hours=9))
# Kangxi radicals, CJK radicals supplement, ideographic description; CJK compatibility ideographs
SUSPECT = re.compile("[\u2e80-\u2fdf\uf900-\ufaff\U0002f800-\U0002fa1f]")


def pdftotext(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        if os.environ.get("CI"):
            pytest.fail("pdftotext is missing: .ci/run installs poppler-utils")
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True, timeout=60).stdout


def squeeze(text: str) -> str:
    """The text without white space: lines wrap at other places in the PDF (and a wrapped
    Japanese line has no space where it breaks)."""
    return re.sub(r"\s+", "", text)


def written(data: Report) -> list[str]:
    """Every text the report writes: title, subtitle, headings, column titles and cells (an
    empty table is its heading and a dash)."""
    texts = [data.title, data.subtitle]
    for table in data.tables:
        texts += [table.heading, *(table.columns if table.rows else ()), *(c for row in table.rows for c in row)]
    return [neutralise(t) for t in texts if t]


def assert_text_layer(data: Report, tmp_path: Path, name: str = "r.pdf") -> str:
    from companion.ui.report_pdf import write_pdf

    out = tmp_path / name
    write_pdf(data, out)
    extracted = pdftotext(out)
    flat = squeeze(extracted)
    missing = [t for t in written(data) if squeeze(t) not in flat]
    assert not missing, f"not in the PDF's text: {missing[:5]}\n---\n{extracted[:2000]}"
    allowed = set(SUSPECT.findall("".join(written(data))))
    assert set(SUSPECT.findall(extracted)) <= allowed, sorted(set(SUSPECT.findall(extracted)) - allowed)
    assert not (tmp_path / (name + ".partial")).exists()
    return extracted


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_demo_report_reads_back_as_written(database, qapp, tmp_path, lang):
    load_demo(T0)
    rows = repo.project_overview(T0, DEFAULT_THRESHOLDS)
    assert len(rows) == 15
    for row in rows:
        data = report.build(report_input(row.id), lang, JST, T0, DEFAULT_THRESHOLDS)
        extracted = assert_text_layer(data, tmp_path, f"{row.id}-{lang}.pdf")
        if row.counterparty == "山田 花子":
            assert "山田 花子" in extracted and "説明文" in extracted
            assert "⼭" not in extracted and "⽂" not in extracted


def test_hard_text_reads_back(database, qapp, tmp_path):
    """Characters that share a glyph with a radical, a character outside the BMP (𠮷, a name's),
    ligatures (fi, ffl), compatibility ideographs as written (﨑), full-width and half-width forms;
    and a radical really written stays in the text. (One glyph reads as one text: had 匚 been
    written too, the radical would read as the more frequent of the two.)"""
    p = repo.create_project(ProjectInput(title="𠮷野家 髙橋 﨑 office filed ffl", counterparty="山田 花子"), T0)
    lines = ["説明文 一丁目 人 入 力 大 女 子 寸 小 山 川 工 己 干 幺 广 弓 心 戈 戸 手 支 文 斗 方 日 月 木 止 水 火",
             "Ｗｅｂ ｶﾞｲﾄﾞ ①② —「」（）・ …", "a fine fluffy offer, effluent affix", "部首の⼕も書いた"]
    for i, line in enumerate(lines):
        repo.log_message(p.id, MessageInput(at=T0 - timedelta(minutes=10 - i), direction="in", text=line), T0)
    for lang in ("ja", "en"):
        data = report.build(report_input(p.id), lang, JST, T0 + timedelta(hours=1), DEFAULT_THRESHOLDS)
        extracted = assert_text_layer(data, tmp_path, f"hard-{lang}.pdf")
        assert "𠮷野家" in extracted and "ﬁ" not in extracted and "ﬄ" not in extracted


def test_a_long_report_reads_back(qapp, tmp_path):
    rows = tuple((f"2026-11-{1 + i % 28:02d} 09:00", "相手", f"山田様 {i}: お忙しいところ恐れ入ります。説明文の件 𠮷 office")
                 for i in range(300))
    data = Report("連絡経緯の報告書", "作成日時", (Table("メッセージの記録", ("日時", "送信者", "内容"), rows),))
    assert_text_layer(data, tmp_path)


# --- the PDF-level pieces -------------------------------------------------------------------


def test_qt_style_maps_are_read_and_written_maps_read_back():
    qt = (b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<0000> <FFFF>\n"
          b"endcodespacerange\n3 beginbfrange\n<0000> <0000> <0000>\n<0001> <0003> [<4F5C> <2F2D> <FB01> ]\n"
          b"<0004> <0006> <0041>\nendbfrange\n1 beginbfchar\n<0007> <D842DFB7>\nendbfchar\nendcmap\n")
    assert pdf_text.read_cmap(qt) == {0: "\x00", 1: "作", 2: "⼭", 3: "ﬁ", 4: "A", 5: "B", 6: "C", 7: "𠮷"}
    mapping = {i: t for i, t in enumerate(["山", "fi", "𠮷", "e\u0301", "（", "—", *"abcdefghij" * 15], start=1)}
    assert pdf_text.read_cmap(pdf_text.write_cmap(mapping)) == mapping


def build_pdf(objects: dict[int, bytes]) -> bytes:
    """A minimal PDF of these objects (1: the catalog), with a classic cross-reference table."""
    out, offsets = bytearray(b"%PDF-1.4\n"), {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (num, objects[num])
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in range(1, size))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def stream(data: bytes, *, flate: bool) -> bytes:
    body = zlib.compress(data) if flate else data
    return b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(body), b" /Filter /FlateDecode" if flate else b"", body)


def sample_pdf(content: bytes, *, flate: bool) -> bytes:
    cmap = b"1 beginbfchar\n<0001> <2F2D>\nendbfchar\n1 beginbfchar\n<0003> <0041>\nendbfchar\n"  # ⼭, A; 2 unknown
    return build_pdf({
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 /Resources << /Font << /F4 4 0 R >> >> >>",
        3: b"<< /Type /Page /Parent 2 0 R /Contents 5 0 R /MediaBox [0 0 595 842] >>",
        4: b"<< /Type /Font /Subtype /Type0 /BaseFont /QTAAAA+Test-Font /Encoding /Identity-H"
           b" /DescendantFonts [] /ToUnicode 6 0 R >>",
        5: stream(content, flate=flate),
        6: stream(cmap, flate=flate),
        7: b"(a string with endobj and \\) in it)",
    })


def sample_glyphs() -> pdf_text.GlyphText:
    """Test-Font: glyph 5 is 山 (and ⼭ by its cmap), 9 is 𠮷 (no BMP character names it), 7 is A."""
    cmap = {"山": 5, "⼭": 5, "A": 7}
    texts = {"Test-Font": {5: Counter({"山": 2}), 9: Counter({"𠮷": 1}), 7: Counter({"A": 1})}}
    sequences = [[("Test-Font", 5), ("Test-Font", 9), ("Test-Font", 7)]]
    return pdf_text.GlyphText(texts, sequences, lambda font, char: cmap.get(char, 0))


@pytest.mark.parametrize("flate", [False, True])
@pytest.mark.parametrize("content", [
    b"q BT /F4 12 Tf 1 0 0 -1 0 0 Tm 10 10 Td <0001> Tj 12 0 Td <0002> Tj 12 0 Td <0003> Tj ET Q",
    b"% a comment: read by the full lexer\nBT /F4 12 Tf [(\\000\\001) -20 <0002> (\\000\\003)] TJ ET",
])
def test_the_rewrite_maps_each_glyph_to_its_text_and_keeps_the_file_whole(content, flate):
    data = sample_pdf(content, flate=flate)
    fixed = pdf_text.fix_text_layer(data, sample_glyphs())
    pdf = pdf_text.Pdf(fixed)
    font = pdf.resolve(pdf_text.Ref(4, 0))
    assert pdf_text.read_cmap(pdf.stream(font["ToUnicode"].num)) == {1: "山", 2: "𠮷", 3: "A"}
    for num, offset in pdf.offsets.items():  # every object where the table says
        assert fixed[offset:].startswith(b"%d 0 obj" % num)
    assert fixed[pdf.xref_at:].startswith(b"xref")
    assert pdf.object(7)[0] == b"a string with endobj and ) in it"
    assert pdf.stream(5) == content  # the page is untouched


def test_a_pdf_it_does_not_read_is_refused_and_the_report_is_still_written(qapp, tmp_path, monkeypatch, caplog):
    with pytest.raises(pdf_text.Unsupported):
        pdf_text.fix_text_layer(b"%PDF-1.5\n1 0 obj\n<< /Type /XRef >>\nendobj\nstartxref\n9\n%%EOF\n",
                                sample_glyphs())
    data = sample_pdf(b"BT /F4 12 Tf <0001> Tj ET", flate=False)
    assert pdf_text.fix_text_layer(data, pdf_text.GlyphText({}, [], lambda f, c: 0)) == data  # nothing to change
    from companion.ui import report_pdf

    def refuse(data: bytes, glyphs: object) -> bytes:
        raise pdf_text.Unsupported("a test")

    monkeypatch.setattr(pdf_text, "fix_text_layer", refuse)
    out = tmp_path / "r.pdf"
    report_pdf.write_pdf(Report("T", "S", ()), out)
    assert out.read_bytes().startswith(b"%PDF-") and "left as Qt wrote it" in caplog.text


def test_the_report_language_offered():
    from companion.ui.report_pdf import report_language

    assert report_language("lancers", "", "en") == "ja"
    assert report_language("crowdworks", "", "en") == "ja" and report_language("coconala", "", "en") == "ja"
    assert report_language("upwork", "", "en") == "en" and report_language("other", "", "ja") == "ja"
    assert report_language("lancers", "en", "ja") == "en" and report_language("upwork", "ja", "en") == "ja"
