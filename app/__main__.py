"""`python -m app`: the same as the `ippo` command."""

import sys

from app.cli import main

sys.exit(main())
