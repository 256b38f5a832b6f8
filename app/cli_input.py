"""What every command-line command shares: the passphrase file, and saying one line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def read_passphrase(args: argparse.Namespace) -> str | None:
    if not getattr(args, "passphrase_file", None):  # commands without the option
        return None
    text = Path(args.passphrase_file).read_text(encoding="utf-8")
    return text.rstrip("\r\n") or None


def say(text: str, error: bool = False) -> None:
    print(text, file=sys.stderr if error else sys.stdout)
