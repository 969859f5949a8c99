"""Starting with the computer: the real entry files written and removed (Linux and macOS forms)."""

from __future__ import annotations

import plistlib
import sys
from pathlib import Path

from desktop.app.autostart import Autostart, desktop_entry, start_command


def read_exec(value: str) -> list[str]:
    """The Exec line read back as the Desktop Entry spec says: string escapes first, then
    arguments split at unquoted spaces, a backslash in quotes taking the next character."""
    value = value.replace("\\\\", "\\").replace("%%", "%")
    parts, current, quoted, i = [], "", False, 0
    while i < len(value):
        char = value[i]
        if quoted and char == "\\":
            current, i = current + value[i + 1], i + 2
            continue
        if char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            parts.append(current)
            current = ""
        else:
            current += char
        i += 1
    return [*parts, current]


def test_linux_autostart_entry_is_written_and_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    autostart = Autostart(platform="linux", home=tmp_path)
    assert not autostart.is_enabled()
    command = ["/opt/Balas Shop/balas", "--data-dir", '/home/limah/kedai $1 "baru"', "--minimized"]
    autostart.enable(command)
    entry = tmp_path / "config" / "autostart" / "balas.desktop"
    assert autostart.is_enabled() and autostart.path() == entry
    lines = dict(line.split("=", 1) for line in entry.read_text(encoding="utf-8").splitlines() if "=" in line)
    assert lines["Type"] == "Application" and lines["Name"] == "Balas"
    assert read_exec(lines["Exec"]) == command
    autostart.disable()
    assert not autostart.is_enabled() and not entry.exists()
    autostart.disable()  # twice is fine


def test_macos_launch_agent(tmp_path):
    autostart = Autostart(platform="darwin", home=tmp_path)
    autostart.enable(["/Applications/Balas.app/Contents/MacOS/balas", "--minimized"])
    agent = tmp_path / "Library" / "LaunchAgents" / "my.balas.desktop.plist"
    assert autostart.is_enabled()
    plist = plistlib.loads(agent.read_bytes())
    assert plist["RunAtLoad"] is True
    assert plist["ProgramArguments"] == ["/Applications/Balas.app/Contents/MacOS/balas", "--minimized"]
    autostart.disable()
    assert not agent.exists()


def test_an_unwritable_folder_raises_os_error(tmp_path, monkeypatch):
    import pytest

    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocker))
    with pytest.raises(OSError):
        Autostart(platform="linux", home=tmp_path).enable(["balas", "--minimized"])


def test_start_command_starts_in_the_tray(tmp_path):
    command = start_command(tmp_path / "shop")
    assert command[-1] == "--minimized" and command[-3:-1] == ["--data-dir", str(tmp_path / "shop")]
    assert Path(command[0]).name in ("balas", Path(sys.executable).name)
    assert "%%" in desktop_entry(["balas", "50%"])  # a literal % is doubled in Exec
