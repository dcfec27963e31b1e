"""The evidence report for support: facts, every message, requests and stage changes; user text
shown literally in Markdown and PDF."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from companion.model import report
from companion.model.timers import DEFAULT_THRESHOLDS
from companion.store import repo
from companion.store.demo import load_demo
from companion.store.repo import MessageInput, ProjectInput
from companion.store.report import report_input

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
JST = timezone(timedelta(hours=9))


def test_report_has_the_whole_history(database):
    load_demo(T0)
    banner = next(r for r in repo.project_overview(T0, DEFAULT_THRESHOLDS) if r.stage == "completion_reported")
    data = report.build(report_input(banner.id), "ja", JST, T0, DEFAULT_THRESHOLDS)
    md = report.to_markdown(data)
    assert md.startswith("# 連絡経緯の報告書")
    headings = [t.heading for t in data.tables]
    assert headings == ["プロジェクト", "現在の状況", "メッセージの記録", "連絡催促申請", "段階の変更"]
    messages = data.tables[2]
    assert len(messages.rows) == 4 and messages.rows[0][1] == "相手" and messages.rows[1][3].startswith("未読")
    assert ("その後の私からの未返信メッセージ", "3") in data.tables[1].rows


def test_user_text_is_literal_in_markdown_and_pdf(database, qapp, tmp_path):
    p = repo.create_project(ProjectInput(title="<b>bold</b> **x** [link](http://e)"), T0)
    repo.log_message(p.id, MessageInput(at=T0, direction="out", text="<script>alert(1)</script>\nline2 | pipe"), T0)
    data = report.build(report_input(p.id), "en", UTC, T0 + timedelta(days=3), DEFAULT_THRESHOLDS)
    md = report.to_markdown(data)
    assert "\\<b\\>bold\\</b\\>" in md and "\\*\\*x\\*\\*" in md and "\\[link\\]" in md
    assert "line2 \\| pipe" in md  # one table line, the pipe escaped
    from companion.ui.report_pdf import to_html, write_pdf

    html = to_html(data)
    assert "&lt;script&gt;" in html and "<script>" not in html
    out = tmp_path / "r.pdf"
    write_pdf(data, out)
    assert out.read_bytes()[:5] == b"%PDF-" and out.stat().st_size > 1000


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_markdown_keeps_entities_literal_and_a_failed_pdf_save_is_an_error(database, qapp, tmp_path):
    p = repo.create_project(ProjectInput(title="&lt;b&gt; &#x202e;"), T0)
    data = report.build(report_input(p.id), "en", UTC, T0, DEFAULT_THRESHOLDS)
    assert "\\&lt;b\\&gt;" in report.to_markdown(data)
    from companion.ui.report_pdf import write_pdf

    with pytest.raises(OSError):
        write_pdf(data, tmp_path / "no-such-folder" / "r.pdf")
