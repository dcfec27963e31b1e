"""Packaging: the PyInstaller bundle, the wheel in a fresh virtual environment, and the Linux
desktop integration files, each started or validated for real."""

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
    assert report["projects"] == 10 and report["translations_loaded"] is True and report["icon_ok"] is True and report["deferred_modules_ok"] is True
    size = sum(f.stat().st_size for f in (dist / "RenrakuCompanion").rglob("*") if f.is_file())
    print(f"bundle size: {size / 2**20:.0f} MiB")
    assert size < 400 * 2**20


def test_wheel_installs_into_a_fresh_venv_with_a_working_launcher(tmp_path):
    wheel_dir = tmp_path / "wheel"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheel_dir), str(ROOT)],
                           capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr[-3000:]
    wheel = next(wheel_dir.glob("renraku_companion-*.whl"))
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    assert "companion/i18n/companion_ja.qm" in names and "companion/resources/icon.svg" in names
    venv = tmp_path / "venv"
    # a really fresh environment: nothing of this checkout on the path
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300, env=clean, cwd=tmp_path)
    install = subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "-c", str(ROOT / "constraints.txt"), str(wheel)],
                             capture_output=True, text=True, timeout=900, env=clean, cwd=tmp_path)
    assert install.returncode == 0, install.stderr[-3000:]
    env = {**clean, "QT_QPA_PLATFORM": "offscreen"}
    report = smoke([str(venv / "bin" / "companion")], env, tmp_path)
    assert report["translations_loaded"] is True and report["icon_ok"] is True and report["deferred_modules_ok"] is True and report["projects"] == 10


def test_desktop_entry_and_metainfo_validate():
    subprocess.run([need("desktop-file-validate"), str(ROOT / "packaging/linux/jp.renraku.Companion.desktop")], check=True)
    out = subprocess.run([need("appstreamcli"), "validate", "--no-net", str(ROOT / "packaging/linux/jp.renraku.Companion.metainfo.xml")],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


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
