"""'Start with the session' on Linux: an XDG autostart entry Ippo writes and removes.

`$XDG_CONFIG_HOME/autostart/<app id>.desktop` (default `~/.config`). The entry
starts Ippo with `--background`: no window, only the reminder scheduler; the
window opens when a reminder is clicked. Windows and macOS equivalents are
described in the README (Startup folder / HKCU Run key, a LaunchAgent).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

APP_ID = "io.github.ippo_app.Ippo"
BACKGROUND_FLAG = "--background"
_RESERVED = set(' \t\n"\'\\><~|&;$*?#()`')


def autostart_dir(env: dict[str, str] | None = None) -> Path:
    env = dict(os.environ) if env is None else env
    base = env.get("XDG_CONFIG_HOME", "")
    # The spec: a relative XDG path is invalid and is ignored.
    root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".config"
    return root / "autostart"


def entry_path(env: dict[str, str] | None = None) -> Path:
    return autostart_dir(env) / f"{APP_ID}.desktop"


def _quote(arg: str) -> str:
    """One Exec argument, quoted as the Desktop Entry spec asks."""
    if arg and not (_RESERVED & set(arg)):
        return arg.replace("%", "%%")
    inner = "".join("\\" + c if c in '"`$\\' else c for c in arg).replace("%", "%%")
    return f'"{inner}"'


def _escape_value(text: str) -> str:
    """A value string: backslash escapes; the whole Exec line is one such string."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How to start this Ippo: the installed `ippo` launcher beside the running
    Python if there is one, otherwise this Python with `-m ui.main`."""
    launcher = shutil.which("ippo", path=str(Path(sys.executable).parent))
    cmd = [launcher] if launcher else [sys.executable, "-m", "ui.main"]
    cmd.append(BACKGROUND_FLAG)
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    return cmd


def entry_text(command: list[str], name: str, comment: str) -> str:
    exec_line = " ".join(_quote(a) for a in command)
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        f"Name={_escape_value(name)}",
        f"Comment={_escape_value(comment)}",
        f"Exec={_escape_value(exec_line)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "NoDisplay=true",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def write(command: list[str], name: str, comment: str,
          env: dict[str, str] | None = None) -> Path:
    """Write (or replace) the entry, 0600 in a 0700-or-existing folder."""
    path = entry_path(env)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(entry_text(command, name, comment))
    os.replace(tmp, path)
    return path


def remove(env: dict[str, str] | None = None) -> None:
    try:
        entry_path(env).unlink()
    except FileNotFoundError:
        pass


def is_on(env: dict[str, str] | None = None) -> bool:
    return entry_path(env).is_file()


def supported() -> bool:
    """Ippo writes the entry itself only where XDG autostart is the convention."""
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))
