"""tools/qm.py, the project's .ts -> .qm compiler, against Qt's own lrelease and QTranslator.

For each .ts file (ours, and a made-up one with every kind of message lrelease treats
differently), both compilers' outputs are loaded into QTranslator and must give the same text for
every message, in every plural form; the bytes are compared too.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "resources" / "translations").glob("companion_*.ts"))
# numbers that pick every plural form of every language in Qt's numerus table
COUNTS = (-1, 0, 1, 2, 3, 4, 5, 6, 7, 11, 12, 13, 19, 21, 22, 25, 100, 101, 102, 111, 1000)


def _load_qm_module():
    spec = importlib.util.spec_from_file_location("companion_tools_qm", ROOT / "tools" / "qm.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


qm = _load_qm_module()


def lrelease() -> str:
    import PySide6

    exe = Path(PySide6.__file__).parent / "lrelease"
    if exe.exists():
        return str(exe)
    found = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if found is None:
        pytest.fail("Qt's lrelease (PySide6) is needed to check tools/qm.py against it")
    return found


def both(ts: Path, tmp_path: Path) -> tuple[Path, Path]:
    """(ours, lrelease's) .qm for ``ts``."""
    ours, theirs = tmp_path / f"{ts.stem}.ours.qm", tmp_path / f"{ts.stem}.lrelease.qm"
    qm.compile_ts(ts, ours)
    done = subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(theirs)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    return ours, theirs


def translator(path: Path) -> QTranslator:
    tr = QTranslator()
    assert tr.load(str(path)), path
    return tr


def compare(ts: Path, tmp_path: Path) -> int:
    """Every message of ``ts`` translates alike through both .qm files; returns how many."""
    ours_path, theirs_path = both(ts, tmp_path)
    ours, theirs = translator(ours_path), translator(theirs_path)
    catalog = qm.parse_ts(ts)
    differences = []
    for msg in catalog.messages:
        for n in COUNTS if msg.numerus else (-1,):
            key = (msg.context, msg.source, msg.comment or None, n)
            if ours.translate(*key) != theirs.translate(*key):
                differences.append((*key, ours.translate(*key), theirs.translate(*key)))
    assert not differences, differences[:10]
    assert ours.language() == theirs.language() == catalog.language
    return len(catalog.messages)


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_message_of_our_translations_matches_lrelease(ts, tmp_path):
    count = compare(ts, tmp_path)
    assert count == len(qm.parse_ts(ts).messages) > 500


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_every_finished_message_gives_its_translation(ts, tmp_path):
    out = tmp_path / "out.qm"
    qm.compile_ts(ts, out)
    tr = translator(out)
    checked = 0
    for msg in qm.parse_ts(ts).messages:
        if msg.type == qm.FINISHED and not msg.numerus and msg.translations[0]:
            assert tr.translate(msg.context, msg.source, msg.comment or None) == msg.translations[0]
            checked += 1
    assert checked > 500


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_our_translations_compile_byte_for_byte_as_lrelease_does(ts, tmp_path):
    ours, theirs = both(ts, tmp_path)
    assert ours.read_bytes() == theirs.read_bytes()


EDGE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}" sourcelanguage="en">
  <dependencies>
    <dependency catalog="base_{lang}"/>
  </dependencies>
  <context>
    <name>Edge</name>
    <message><source>Open</source><translation>開く</translation></message>
    <message><source>Open</source><comment>verb</comment><translation>開く（動詞）</translation></message>
    <message><source>Open</source><comment>adjective</comment><translation>開いている</translation></message>
    <message><source>Close</source><comment>window</comment><translation>閉じる</translation></message>
    <message><source>Save</source><comment>file</comment><translation>保存</translation></message>
    <message><source>Save</source><comment>settings</comment><translation>設定を保存</translation></message>
    <message><source>Draft</source><translation type="unfinished">下書き</translation></message>
    <message><source>Untranslated</source><translation type="unfinished"></translation></message>
    <message><source>Gone</source><translation type="vanished">消えた</translation></message>
    <message><source>Old</source><translation type="obsolete">古い</translation></message>
    <message><source>Empty</source><translation></translation></message>
    <message><source>Blank</source><translation> </translation></message>
    <message><source>Bare</source></message>
    <message><source>Dup</source><translation type="unfinished"></translation></message>
    <message><source>Dup</source><translation>重複</translation></message>
    <message><source>Twice</source><translation>一回目</translation></message>
    <message><source>Twice</source><translation>二回目</translation></message>
    <message><source>Tab<byte value="x9"/>here</source><translation>タブ<byte value="x9"/>ここ<byte value="10"/></translation></message>
    <message><source>Long label</source><translation variants="yes"><lengthvariant>とても長いラベル</lengthvariant><lengthvariant>短い</lengthvariant></translation></message>
    <message><source>&amp;Quit "now" &lt;ok&gt; 😀</source><translation>終了(&amp;Q) 「今」 😀</translation></message>
    <message id="edge.with.id"><source>With an id</source><translation>IDつき</translation></message>
    <message><source>Line
break</source><translation>改
行</translation></message>
    <message numerus="yes"><source>%n file(s)</source><translation><numerusform>%n ファイル</numerusform><numerusform>%n files</numerusform><numerusform>%n filez</numerusform></translation></message>
    <message numerus="yes"><source>%n day(s)</source><translation><numerusform>%n 日</numerusform></translation></message>
    <message numerus="yes"><source>%n item(s)</source><translation><numerusform>a %n</numerusform><numerusform>b %n</numerusform><numerusform>c %n</numerusform><numerusform>d %n</numerusform><numerusform>e %n</numerusform><numerusform>f %n</numerusform></translation></message>
    <message numerus="yes"><source>%n draft(s)</source><translation type="unfinished"><numerusform></numerusform><numerusform>%n drafts</numerusform></translation></message>
    <message numerus="yes"><source>%n empty(s)</source><translation><numerusform></numerusform><numerusform></numerusform></translation></message>
  </context>
  <context>
    <name></name>
    <message><source>Hello</source><translation>やあ</translation></message>
    <message><source>Hello</source><comment>greeting</comment><translation>こんにちは</translation></message>
  </context>
  <context>
    <name>日本語の文脈</name>
    <message><source>Open</source><translation>開ける</translation></message>
    <message><source></source><comment>a note on the context</comment><translation>メモ</translation></message>
  </context>
  <context>
    <name>Edge</name>
    <message><source>Later</source><translation>後で</translation></message>
  </context>
</TS>
"""

LANGUAGES = ["ja", "en", "fr", "pt", "pt_BR", "pt_PT", "ru", "pl", "cs", "ar", "cy", "ga", "de-DE", "xx", ""]


BASE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
  <context>
    <name>Edge</name>
    <message><source>Only in the base</source><translation>基本</translation></message>
  </context>
</TS>
"""


def edge_ts(tmp_path: Path, lang: str) -> Path:
    """The made-up .ts, and the catalog it depends on compiled next to where its .qm go
    (QTranslator refuses a .qm whose dependencies it cannot load)."""
    base = tmp_path / f"base_{lang}.ts"
    base.write_text(BASE_TS.format(lang=lang), encoding="utf-8")
    qm.compile_ts(base, tmp_path / f"base_{lang}.qm")
    ts = tmp_path / f"edge_{lang or 'none'}.ts"
    ts.write_text(EDGE_TS.format(lang=lang), encoding="utf-8")
    return ts


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_kind_of_message_matches_lrelease(lang, tmp_path):
    ts = edge_ts(tmp_path, lang)
    assert compare(ts, tmp_path) == 32
    ours, theirs = both(ts, tmp_path)
    assert ours.read_bytes() == theirs.read_bytes()
    for path in (ours, theirs):  # the dependency is loaded with it
        assert translator(path).translate("Edge", "Only in the base") == "基本"


def test_what_is_left_out_and_what_falls_back(tmp_path):
    """The cases the comparison above covers, spelled out (Japanese: one plural form)."""
    ts = edge_ts(tmp_path, "ja")
    out = tmp_path / "edge.qm"
    qm.compile_ts(ts, out)
    tr = translator(out)
    assert tr.translate("Edge", "Open") == "開く"
    assert tr.translate("Edge", "Open", "verb") == "開く（動詞）"
    assert tr.translate("Edge", "Close", "window") == "閉じる"
    assert tr.translate("Edge", "Close") == "閉じる"  # its only comment was dropped from the key
    assert tr.translate("Edge", "Draft") == "下書き"  # unfinished but translated: kept, as lrelease does
    for gone in ("Untranslated", "Gone", "Old", "Empty", "Bare"):
        assert tr.translate("Edge", gone) == ""
    assert tr.translate("Edge", "Dup") == "重複"
    assert tr.translate("Edge", "Twice") == "一回目"
    assert tr.translate("Edge", "Tab\there") == "タブ\tここ\n"
    assert tr.translate("Edge", "Long label") == "とても長いラベル\x9c短い"
    assert tr.translate("Edge", "%n file(s)", None, 5) == "%n ファイル"
    assert tr.translate("", "Hello") == "やあ"
    assert tr.translate("日本語の文脈", "Open") == "開ける"
    assert tr.translate("Edge", "Later") == "後で"


def test_plural_forms_follow_the_language(tmp_path):
    for lang, expected in (("en", ["a %n", "b %n", "b %n"]), ("ru", ["a %n", "b %n", "c %n"]), ("ja", ["a %n"] * 3)):
        ts = edge_ts(tmp_path, lang)
        qm.compile_ts(ts, tmp_path / f"{lang}.qm")
        tr = translator(tmp_path / f"{lang}.qm")
        assert [tr.translate("Edge", "%n item(s)", None, n) for n in (1, 3, 5)] == expected, lang


def test_elf_hash_is_qts():
    assert qm.elf_hash(b"") == 1
    assert qm.elf_hash(b"a") == 0x61
    assert qm.elf_hash(b"abc") == (((0x61 << 4) + 0x62) << 4) + 0x63
    # the top four bits fold back in (values from Qt's C code)
    assert qm.elf_hash(b"aaaaaaaa") == 125268225
    assert qm.elf_hash(b"\xff" * 10) == 1114095
    assert qm.elf_hash(b"Recording when you filed or contacted support starts the right timers") == 148055299
    assert qm.elf_hash(b"ab\0cd") == qm.elf_hash(b"ab")


def test_the_command_line(tmp_path):
    out = tmp_path / "ja.qm"
    done = subprocess.run([sys.executable, str(ROOT / "tools" / "qm.py"), str(TS_FILES[0]), str(out)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(qm.MAGIC)
    assert subprocess.run([sys.executable, str(ROOT / "tools" / "qm.py")], capture_output=True, timeout=60).returncode == 2
