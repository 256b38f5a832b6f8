"""Entry point of the frozen Ippo: exactly `ippo` (ui.main.main), nothing more.

When `IPPO_BUNDLE_SELFTEST` is set, it instead runs packaging/bundle_selftest.py,
which checks from inside the bundle what the smoke test cannot see from outside
(backends, translations, migrations, icon). Users never set it.
"""

from __future__ import annotations

import os
import sys

if __name__ == "__main__":
    if os.environ.get("IPPO_BUNDLE_SELFTEST"):
        from bundle_selftest import main as selftest

        sys.exit(selftest())
    from ui.main import main

    main()
