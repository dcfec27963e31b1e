"""Compile resources/translations/*.ts into companion/i18n/*.qm with tools/qm.py.

    python tools/build_translations.py

Cross-platform (the Makefile calls it; on Windows run it directly). The same compiler runs when a
wheel or an sdist is built (setup.py), so this is only for a checkout: a .qm newer than both its
.ts and the compiler is left alone. No Qt tools are needed.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import qm  # noqa: E402  (tools/qm.py, next to this file)


def main() -> int:
    out_dir = ROOT / "companion" / "i18n"
    compiler = Path(qm.__file__).stat().st_mtime
    for ts in sorted((ROOT / "resources" / "translations").glob("companion_*.ts")):
        target = out_dir / (ts.stem + ".qm")
        if target.exists() and target.stat().st_mtime >= max(ts.stat().st_mtime, compiler):
            continue
        qm.compile_ts(ts, target)
        print(f"compiled {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
