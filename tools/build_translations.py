"""Compile resources/translations/*.ts into companion/i18n/*.qm with PySide6's lrelease.

    python tools/build_translations.py

Cross-platform (the Makefile calls it; on Windows run it directly).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def lrelease() -> list[str]:
    exe = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if exe is None:
        raise SystemExit("pyside6-lrelease not found: install the project first (pip install -e .)")
    return [exe]


def main() -> int:
    out_dir = ROOT / "companion" / "i18n"
    out_dir.mkdir(exist_ok=True)
    for ts in sorted((ROOT / "resources" / "translations").glob("companion_*.ts")):
        qm = out_dir / (ts.stem + ".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([*lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
        print(f"compiled {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
