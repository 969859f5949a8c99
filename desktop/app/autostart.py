"""Start Balas with the computer, in the tray: the Run key on Windows, a LaunchAgent on macOS,
an XDG autostart entry on Linux. Off until the owner switches it on. Plain Python."""

from __future__ import annotations

import os
import plistlib
import shutil
import sys
from pathlib import Path

__all__ = ["Autostart", "start_command"]

_ENTRY = "Balas"
_AGENT_LABEL = "my.balas.desktop"


def start_command(data_dir: Path | None = None) -> list[str]:
    """How this installation of Balas is started in the tray (bundle, script or module)."""
    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        script = shutil.which("balas")
        command = [script] if script else [sys.executable, "-m", "desktop"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return [*command, "--minimized"]


class Autostart:
    """The login entry of one platform; `platform` and `home` are given in tests."""

    def __init__(self, platform: str = sys.platform, home: Path | None = None):
        self.platform = platform
        self.home = home or Path.home()

    def path(self) -> Path | None:
        """Where the entry lives (None on Windows: the registry)."""
        if self.platform == "darwin":
            return self.home / "Library" / "LaunchAgents" / f"{_AGENT_LABEL}.plist"
        if self.platform.startswith("win"):
            return None
        config = os.environ.get("XDG_CONFIG_HOME") or str(self.home / ".config")
        return Path(config) / "autostart" / "balas.desktop"

    def is_enabled(self) -> bool:
        if self.platform.startswith("win"):
            return self._windows_value() is not None
        path = self.path()
        return path is not None and path.is_file()

    def enable(self, command: list[str]) -> None:
        """Raises OSError when the entry cannot be written (the caller explains it)."""
        if self.platform.startswith("win"):
            import subprocess

            self._windows_set(subprocess.list2cmdline(command))  # quoted as Windows reads it back
            return
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        if self.platform == "darwin":
            temporary.write_bytes(plistlib.dumps({"Label": _AGENT_LABEL, "ProgramArguments": command,
                                                  "RunAtLoad": True, "ProcessType": "Interactive"}))
        else:
            temporary.write_text(desktop_entry(command), encoding="utf-8")
        temporary.replace(path)

    def disable(self) -> None:
        if self.platform.startswith("win"):
            self._windows_set(None)
            return
        path = self.path()
        if path is not None:
            path.unlink(missing_ok=True)

    # -- Windows: HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run -------------
    _RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"

    def _windows_value(self) -> str | None:
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self._RUN_KEY) as key:
                return winreg.QueryValueEx(key, _ENTRY)[0]
        except FileNotFoundError:
            return None

    def _windows_set(self, line: str | None) -> None:
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, self._RUN_KEY) as key:
            if line is None:
                try:
                    winreg.DeleteValue(key, _ENTRY)
                except FileNotFoundError:
                    pass
            else:
                winreg.SetValueEx(key, _ENTRY, 0, winreg.REG_SZ, line)


def desktop_entry(command: list[str]) -> str:
    """An XDG autostart entry; Exec quoted by the Desktop Entry rules (quote, then escape the
    string: so a backslash in a quoted part is written four times)."""
    def quote(part: str) -> str:
        part = part.replace("%", "%%")
        if not any(c in part for c in ' \t\n"\'\\><~|&;$*?#()`'):
            return part
        escaped = part.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
        return f'"{escaped}"'.replace("\\", "\\\\")

    return ("[Desktop Entry]\nType=Application\nName=Balas\n"
            "Comment=Reminds you of customer complaints waiting for a reply\n"
            f"Exec={' '.join(quote(p) for p in command)}\nIcon=balas\nTerminal=false\n"
            "X-GNOME-Autostart-enabled=true\n")

