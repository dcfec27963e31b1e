"""Render the app icon from its SVG source: hicolor PNGs (Linux), .ico (Windows), .icns (macOS).

    python tools/render_icons.py [OUT_DIR]      (default: build/icons)

Uses Qt's own SVG renderer and image writers, so nothing beyond PySide6 is needed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "companion" / "resources" / "icon.svg"
APP_ID = "jp.renraku.Companion"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> QImage:
    renderer = QSvgRenderer(str(SOURCE))
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication([])
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for size in HICOLOR_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(target)):
            raise SystemExit(f"could not write {target}")
    scalable = out / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SOURCE.read_bytes())
    # Windows and macOS icons, written by Qt's ico / icns image plugins (largest size)
    for name, size in (("companion.ico", 256), ("companion.icns", 512)):
        if not render(size).save(str(out / name)):
            raise SystemExit(f"could not write {out / name}")
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
