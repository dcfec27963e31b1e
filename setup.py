"""The one build step pyproject.toml cannot declare: compiling the translations.

``build_py`` compiles resources/translations/companion_*.ts into companion/i18n/*.qm with
tools/qm.py (pure Python: the isolated build environment has only setuptools), so a wheel or an
sdist built from a clean checkout is complete. In an editable install the .qm files are written
into the source tree, where the app looks for them (companion/ui/i18n.py).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
TRANSLATIONS = ROOT / "resources" / "translations"


def _qm_module():
    spec = importlib.util.spec_from_file_location("_renraku_qm", ROOT / "tools" / "qm.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


class build_py_with_translations(build_py):
    def run(self) -> None:
        super().run()
        qm = _qm_module()
        sources = sorted(TRANSLATIONS.glob("companion_*.ts"))
        if not sources:
            raise SystemExit(f"no translations in {TRANSLATIONS} (an incomplete sdist?)")
        editable = getattr(self, "editable_mode", False)
        out_dir = (ROOT if editable else Path(self.build_lib)) / "companion" / "i18n"
        for ts in sources:
            target = out_dir / f"{ts.stem}.qm"
            if editable and target.exists() and target.stat().st_mtime >= ts.stat().st_mtime:
                continue
            qm.compile_ts(ts, target)
            print(f"compiled {ts.name} -> {target}")


setup(cmdclass={"build_py": build_py_with_translations})
