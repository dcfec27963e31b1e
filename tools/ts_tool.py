"""Qt Linguist .ts helper: report untranslated messages, or fill them from a Python mapping.

    python tools/ts_tool.py check resources/translations/*.ts
    python tools/ts_tool.py fill FILE.ts MAPPING.py   # MAPPING.py defines a dict JA/EN: source -> text
    python tools/ts_tool.py identity FILE.ts          # source language file: translation = source

``check`` exits 1 and lists every message without a finished translation.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    out = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for message in ctx.iter("message"):
            out.append((name, message))
    return out


def unfinished(path: Path) -> list[str]:
    tree = ET.parse(path)
    problems = []
    for ctx, message in _messages(tree):
        tr = message.find("translation")
        source = message.findtext("source") or ""
        if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            problems.append(f"{path.name}: [{ctx}] {source!r}")
            continue
        if message.get("numerus") == "yes":
            if not [f for f in tr.iter("numerusform") if (f.text or "").strip()]:
                problems.append(f"{path.name}: [{ctx}] {source!r} (plural forms empty)")
        elif not (tr.text or "").strip():
            problems.append(f"{path.name}: [{ctx}] {source!r}")
    return problems


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def fill(path: Path, mapping: dict[str, str] | None) -> int:
    tree = ET.parse(path)
    missing = 0
    for _ctx, message in _messages(tree):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        if tr is None:
            tr = ET.SubElement(message, "translation")
        if tr.get("type") in ("obsolete", "vanished"):
            continue
        text = source if mapping is None else mapping.get(source)
        if text is None:
            if tr.get("type") == "unfinished":
                missing += 1
            continue
        tr.text = text
        tr.attrib.pop("type", None)
    _write(tree, path)
    return missing


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "check":
        problems = [p for f in argv[1:] for p in unfinished(Path(f))]
        for p in problems:
            print("untranslated:", p)
        return 1 if problems else 0
    if len(argv) == 3 and argv[0] == "fill":
        names = runpy.run_path(argv[2])
        mapping = next(v for k, v in names.items() if k.isupper() and isinstance(v, dict))
        missing = fill(Path(argv[1]), mapping)
        print(f"{missing} messages still untranslated")
        return 0
    if len(argv) == 2 and argv[0] == "identity":
        fill(Path(argv[1]), None)
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
