"""Packaging: the PyInstaller bundle, the wheel and sdist built from a clean checkout (no compiled
translations) and installed into a fresh virtual environment, and the Linux desktop integration
files, each started or validated for real."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = os.environ.get("COMPANION_REQUIRE_XVFB") == "1"


def need(tool: str) -> str:
    path = shutil.which(tool) or shutil.which(tool, path=str(Path(sys.executable).parent))
    if path is None:
        if REQUIRED:
            pytest.fail(f"{tool} is required here (CI): install it")
        pytest.skip(f"{tool} is not installed")
    return path


def smoke(cmd: list[str], env: dict[str, str], tmp_path: Path) -> dict[str, object]:
    result = subprocess.run([*cmd, "--data-dir", str(tmp_path / "data"), "--demo", "--lang", "ja", "--smoke-test"],
                            capture_output=True, text=True, timeout=180, env=env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_pyinstaller_bundle_starts_on_a_real_display(x_env, tmp_path):
    pyinstaller = need("pyinstaller")
    subprocess.run([sys.executable, str(ROOT / "tools" / "render_icons.py"), str(ROOT / "build" / "icons")],
                   check=True, capture_output=True, timeout=120)
    dist = tmp_path / "dist"
    build = subprocess.run(
        [pyinstaller, "--noconfirm", "--log-level", "WARN", "--distpath", str(dist),
         "--workpath", str(tmp_path / "work"), str(ROOT / "packaging" / "companion.spec")],
        capture_output=True, text=True, timeout=900, cwd=ROOT,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    exe = dist / "RenrakuCompanion" / "renraku-companion"
    report = smoke([str(exe)], x_env, tmp_path)
    assert report["projects"] == 15 and report["translations_loaded"] is True and report["icon_ok"] is True and report["deferred_modules_ok"] is True
    size = sum(f.stat().st_size for f in (dist / "RenrakuCompanion").rglob("*") if f.is_file())
    print(f"bundle size: {size / 2**20:.0f} MiB")
    assert size < 400 * 2**20


def clean_tree(dest: Path) -> Path:
    """The checkout as a fresh clone would have it (tracked and new files, nothing git ignores:
    no compiled .qm, no build/ or egg-info), uncommitted edits included."""
    git = shutil.which("git")
    listed = None if git is None else subprocess.run(
        [git, "-C", str(ROOT), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        capture_output=True, timeout=60)
    if listed is not None and listed.returncode == 0:
        for name in sorted(set(listed.stdout.decode().split("\0")) - {""}):
            source = ROOT / name
            if source.is_file():  # not deleted in the working tree
                (dest / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, dest / name)
    else:  # no git: leave out what .gitignore names (by file or folder name)
        ignored = [line.strip().rstrip("/").rsplit("/", 1)[-1] for line in (ROOT / ".gitignore").read_text().splitlines()]
        shutil.copytree(ROOT, dest, ignore=shutil.ignore_patterns(".git", *[p for p in ignored if p and not p.startswith("#")]))
    assert (dest / "resources" / "translations" / "companion_ja.ts").exists()
    assert not list(dest.rglob("*.qm")) and not (dest / "build").exists() and not list(dest.glob("*.egg-info"))
    return dest


def build_wheel(source: Path, out: Path) -> Path:
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr[-3000:]
    return next(out.glob("renraku_companion-*.whl"))


def build_sdist(source: Path, out: Path) -> Path:
    """With pypa/build (isolated, as a release is built) when installed; else setuptools' own."""
    has_build = subprocess.run([sys.executable, "-m", "build", "--version"], capture_output=True, timeout=60,
                               cwd=out.parent).returncode == 0
    if has_build:
        cmd = [sys.executable, "-m", "build", "--sdist", "-o", str(out), "."]
    else:
        cmd = [sys.executable, "setup.py", "-q", "sdist", "-d", str(out)]
    built = subprocess.run(cmd, capture_output=True, text=True, timeout=600, cwd=source)
    assert built.returncode == 0, (built.stdout + built.stderr)[-3000:]
    return next(out.glob("renraku[-_]companion-*.tar.gz"))  # older setuptools: "renraku-companion"


QM_FILES = {"companion/i18n/companion_ja.qm", "companion/i18n/companion_en.qm"}


def test_wheel_and_sdist_from_a_clean_checkout_carry_the_translations_and_start_in_japanese(tmp_path):
    import tarfile
    import zipfile

    source = clean_tree(tmp_path / "src")
    wheel = build_wheel(source, tmp_path / "wheel")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert names >= QM_FILES and "companion/resources/icon.svg" in names

    sdist = build_sdist(source, tmp_path / "sdist")
    with tarfile.open(sdist) as tar:
        members = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    assert {"resources/translations/companion_ja.ts", "resources/translations/companion_en.ts",
            "tools/qm.py", "setup.py"} <= members
    assert not [m for m in members if m.endswith(".qm")]  # sources only: the wheel compiles them
    wheel_from_sdist = build_wheel(sdist, tmp_path / "wheel-from-sdist")
    with zipfile.ZipFile(wheel) as direct, zipfile.ZipFile(wheel_from_sdist) as via_sdist:
        assert set(via_sdist.namelist()) == names
        for qm in QM_FILES:
            assert via_sdist.read(qm) == direct.read(qm)

    venv = tmp_path / "venv"
    # a really fresh environment: nothing of this checkout on the path
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300, env=clean, cwd=tmp_path)
    install = subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "-c", str(ROOT / "constraints.txt"), str(wheel_from_sdist)],
                             capture_output=True, text=True, timeout=900, env=clean, cwd=tmp_path)
    assert install.returncode == 0, install.stderr[-3000:]
    env = {**clean, "QT_QPA_PLATFORM": "offscreen"}
    report = smoke([str(venv / "bin" / "companion")], env, tmp_path)
    assert report["language"] == "ja" and report["translations_loaded"] is True
    assert report["icon_ok"] is True and report["deferred_modules_ok"] is True and report["projects"] == 15
    # and the installed catalog really is Japanese
    probe = ("from PySide6.QtCore import QTranslator; from companion.desktop import i18n; t = QTranslator(); "
             "assert t.load(str(i18n.QM_DIR / 'companion_ja.qm')); print(t.translate('ActionPage', 'Copy text'))")
    out = subprocess.run([str(venv / "bin" / "python"), "-c", probe], capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert out.returncode == 0 and out.stdout.strip() == "文面をコピー", out.stdout + out.stderr


def test_desktop_entry_and_metainfo_validate():
    subprocess.run([need("desktop-file-validate"), str(ROOT / "packaging/linux/jp.renraku.Companion.desktop")], check=True)
    out = subprocess.run([need("appstreamcli"), "validate", "--no-net", str(ROOT / "packaging/linux/jp.renraku.Companion.metainfo.xml")],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr
    # no made-up homepage or screenshot addresses (the project has none to vouch for)
    assert "://" not in (ROOT / "packaging/linux/jp.renraku.Companion.metainfo.xml").read_text()


def test_install_and_uninstall_the_per_user_launcher(tmp_path):
    if not (ROOT / ".venv" / "bin" / "companion").exists():
        pytest.skip("needs the Makefile's .venv (make test creates it)")
    data_home = tmp_path / "share"
    subprocess.run(["make", "-s", "-C", str(ROOT), "install-desktop", f"DATA_HOME={data_home}"], check=True,
                   capture_output=True, timeout=300)
    entry = data_home / "applications" / "jp.renraku.Companion.desktop"
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert Path(exec_line.removeprefix("Exec=")).exists()
    assert (data_home / "icons/hicolor/256x256/apps/jp.renraku.Companion.png").exists()
    assert (data_home / "icons/hicolor/scalable/apps/jp.renraku.Companion.svg").exists()
    subprocess.run(["make", "-s", "-C", str(ROOT), "uninstall-desktop", f"DATA_HOME={data_home}"], check=True,
                   capture_output=True, timeout=300)
    assert not entry.exists()
    assert not list((data_home / "icons").rglob("jp.renraku.Companion.*"))
