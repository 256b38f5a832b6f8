"""The `ippo` entry point: hands the command line to the core with the Qt front end."""

from __future__ import annotations

import sys


def main() -> None:
    # lazy: the entry point loads the CLI and front end only when run
    from app.cli import main as cli_main

    # lazy: the entry point loads the CLI and front end only when run
    from ui.frontend import FRONTEND

    sys.exit(cli_main(sys.argv[1:], frontend=FRONTEND))


if __name__ == "__main__":
    main()
