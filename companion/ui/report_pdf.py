"""The evidence report as PDF, with Qt's own PDF writer (no extra dependency)."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

from companion.model.report import Report
from companion.model.safety import neutralise


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
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(150)
    writer.setTitle(report.title)
    writer.setCreator("Renraku Companion")
    doc = QTextDocument()
    doc.setHtml(to_html(report))
    doc.print_(writer)
    del writer  # flushes and closes the file
    # QPdfWriter reports nothing when it cannot write: check the result
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")
