"""Start at login: an XDG autostart file on Linux, the per-user Run key on Windows, a LaunchAgent
on macOS. The app starts minimised to the tray (``--minimized``)."""

from __future__ import annotations

import contextlib
import os
import re
import sys
from pathlib import Path

ENTRY = "renraku-companion"


def command(data_dir: Path | None) -> list[str]:
    if getattr(sys, "frozen", False):  # the PyInstaller bundle: the executable is the app itself
        cmd = [sys.executable, "--minimized"]
    else:
        cmd = [sys.executable, "-m", "companion", "--minimized"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    return cmd


def xdg_quote(arg: str) -> str:
    """Quote one Exec argument as the Desktop Entry spec says (double quotes, \\-escapes)."""
    if arg and not re.search(r'[\s"\'\\><~|&;$*?#()`]', arg):
        return arg
    return '"' + re.sub(r'(["`$\\])', r"\\\1", arg) + '"'


def _xdg_file() -> Path:
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "autostart" / f"{ENTRY}.desktop"


def _launch_agent() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / "jp.renraku.companion.plist"


def is_enabled() -> bool:
    if sys.platform.startswith("win"):
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Microsoft\Windows\CurrentVersion\Run") as key:
                winreg.QueryValueEx(key, ENTRY)
            return True
        except OSError:
            return False
    if sys.platform == "darwin":
        return _launch_agent().exists()
    return _xdg_file().exists()


def set_enabled(enabled: bool, data_dir: Path | None = None) -> None:
    cmd = command(data_dir)
    if sys.platform.startswith("win"):
        import subprocess
        import winreg

        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, r"Software\Microsoft\Windows\CurrentVersion\Run", 0, winreg.KEY_SET_VALUE) as key:
            if enabled:
                winreg.SetValueEx(key, ENTRY, 0, winreg.REG_SZ, subprocess.list2cmdline(cmd))
            else:
                with contextlib.suppress(OSError):
                    winreg.DeleteValue(key, ENTRY)
        return
    if sys.platform == "darwin":
        path = _launch_agent()
        if not enabled:
            path.unlink(missing_ok=True)
            return
        args = "".join(f"<string>{a}</string>" for a in cmd)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
            '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0"><dict>'
            "<key>Label</key><string>jp.renraku.companion</string>"
            f"<key>ProgramArguments</key><array>{args}</array>"
            "<key>RunAtLoad</key><true/></dict></plist>\n",
            encoding="utf-8",
        )
        return
    path = _xdg_file()
    if not enabled:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "[Desktop Entry]\nType=Application\nName=Renraku Companion\nName[ja]=連絡コンパニオン\n"
        f"Exec={' '.join(xdg_quote(a) for a in cmd)}\nIcon={ENTRY}\nTerminal=false\nX-GNOME-Autostart-enabled=true\n",
        encoding="utf-8",
    )
