"""``companion report PROJECT --format pdf|md --lang ja|en --out PATH``: the evidence report
from the command line, read-only (so while the app is open), written whole or not at all, and a
clear line with exit code 2 for every mistake."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from companion.model.timers import DEFAULT_THRESHOLDS
from companion.store import repo
from companion.store.demo import load_demo
from companion.store.repo import ProjectInput
from tests.unit.test_report_text import pdftotext

NOW = datetime.now(UTC)


def run_report(data: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "companion", "--data-dir", str(data), "report", *args],
                          capture_output=True, text=True, timeout=120, env=env or os.environ.copy())


@pytest.fixture
def demo(database, tmp_path) -> dict[str, int]:
    """The demo projects, and an Upwork one, in the test's database: left open, as by the app."""
    load_demo(NOW - timedelta(minutes=1))
    ids = {r.counterparty: r.id for r in repo.project_overview(NOW, DEFAULT_THRESHOLDS)}
    ids["upwork"] = repo.create_project(ProjectInput(title="Logo for a cafe", platform="upwork"), NOW).id
    return ids


def test_markdown_in_the_project_language_or_the_one_asked(demo, tmp_path):
    data, out = tmp_path / "data", tmp_path / "r.md"
    result = run_report(data, str(demo["山田 花子"]), "--out", str(out))  # (md from the name)
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# 連絡経緯の報告書: ECサイト商品説明文ライティング") and "山田 花子" in text
    assert str(out) in result.stdout
    result = run_report(data, str(demo["山田 花子"]), "--format", "md", "--lang", "en", "--out", str(tmp_path / "r.txt"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "r.txt").read_text(encoding="utf-8").startswith("# Contact history report: ")
    # a platform that is not Japanese: the interface language (here the system's, English)
    env = {**os.environ, "LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    result = run_report(data, str(demo["upwork"]), "--out", str(tmp_path / "u.md"), env=env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "u.md").read_text(encoding="utf-8").startswith("# Contact history report: Logo for a cafe")
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["r.md", "r.txt", "u.md"]


def test_pdf_without_a_display_and_while_the_app_holds_its_lock(demo, tmp_path):
    from PySide6.QtCore import QLockFile

    data, out = tmp_path / "data", tmp_path / "report.pdf"
    lock = QLockFile(str(data / "instance.lock"))
    assert lock.tryLock(100)
    out.write_bytes(b"an older report")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    try:
        result = run_report(data, str(demo["山田 花子"]), "--format", "pdf", "--lang", "ja", "--out", str(out), env=env)
    finally:
        lock.unlock()
    assert result.returncode == 0, result.stderr
    text = pdftotext(out)
    assert "山田 花子" in text and "説明文" in text and "⼭" not in text
    assert not (tmp_path / "report.pdf.partial").exists()


@pytest.mark.parametrize(("args", "message"), [
    (["999", "--out", "{tmp}/x.pdf"], "there is no project 999"),
    (["{id}", "--out", "{tmp}/no-such-folder/x.pdf"], "there is no folder"),
    (["{id}", "--out", "{tmp}"], "is a folder"),
    (["{id}", "--out", "/proc/x.md"], "cannot write /proc/x.md"),
    (["{id}", "--out", "/proc/x.pdf"], "cannot write /proc/x.pdf"),
    (["{id}", "--format", "doc", "--out", "{tmp}/x.pdf"], "invalid choice: 'doc'"),
    (["{id}", "--lang", "fr", "--out", "{tmp}/x.pdf"], "invalid choice: 'fr'"),
    (["two", "--out", "{tmp}/x.pdf"], "invalid int value: 'two'"),
    (["{id}"], "--out"),
])
def test_mistakes_are_one_clear_line_and_exit_2(demo, tmp_path, args, message):
    args = [a.format(tmp=tmp_path, id=demo["山田 花子"]) for a in args]
    result = run_report(tmp_path / "data", *args)
    assert result.returncode == 2, result.stdout
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.glob("x.*")) and not list(tmp_path.glob("*.partial"))


def test_no_database_is_a_clear_error(tmp_path):
    result = run_report(tmp_path / "empty", "1", "--out", str(tmp_path / "x.md"))
    assert result.returncode == 2 and "there is no database" in result.stderr
