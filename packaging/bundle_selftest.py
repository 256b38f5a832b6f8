"""Checks run INSIDE the frozen bundle (IPPO_BUNDLE_SELFTEST=1 <bundle>/ippo).

The smoke test drives the bundle from outside like a user; these checks look at
what only the frozen interpreter can see: that the pieces PyInstaller cannot find
by itself made it in. Prints one line per check and returns 0 if all passed.
"""

from __future__ import annotations

import io
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path


def _frozen() -> str:
    assert getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"), "not a frozen build"
    from app.paths import bundle_root

    assert bundle_root() == Path(sys._MEIPASS), bundle_root()
    return str(bundle_root())


def _data_folders() -> str:
    from app.paths import assets_dir, exercises_dir

    for lang in ("en", "ja"):
        assert (exercises_dir() / lang).is_dir(), f"exercises/{lang} missing"
    qms = sorted(p.name for p in (assets_dir() / "translations").glob("ippo_*_ja.qm"))
    assert qms, "no Ippo .qm catalogues"
    return ", ".join(qms)


def _migrations() -> str:
    from app import migrations

    names = migrations.known()
    expected = os.environ.get("IPPO_EXPECT_MIGRATIONS", "").split()
    assert names, "no migrations discovered"
    assert not expected or names == expected, f"{names} != {expected}"
    return " ".join(names)


def _demo_populators() -> str:
    from app import demo

    found = [name for name, _ in demo.populators()]
    expected = os.environ.get("IPPO_EXPECT_DEMO", "").split()
    assert found == expected or not expected, f"{found} != {expected}"
    return " ".join(found) or "(none yet)"


def _vector_backends() -> str:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(2, 1))
    fig.add_subplot().plot([0, 1], [1, 0])
    sizes = []
    for fmt in ("svg", "pdf"):
        buf = io.BytesIO()
        fig.savefig(buf, format=fmt)
        assert buf.tell() > 500, f"{fmt} output too small"
        sizes.append(f"{fmt} {buf.tell()} B")
    return ", ".join(sizes)


def _encrypted_export() -> str:
    """cryptography's compiled OpenSSL binding (AES-GCM, Argon2id) came along."""
    from app.privacy import sealed

    data = sealed.seal(b"{}", "selftest")
    assert sealed.unseal(data, "selftest") == b"{}"
    return f"sealed {len(data)} B"


def _qt_translations_and_icon() -> str:
    from PySide6.QtCore import QCoreApplication

    from ui.shell import translations
    from ui.shell.startup import make_application

    app = make_application()
    translations.install("ja")
    # A string from Qt's own qtbase catalogue (button boxes, file dialogs).
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    assert cancel != "Cancel", "qtbase_ja.qm not loaded"
    # The window icon comes from the PNG sizes in assets/icons.
    icon = app.windowIcon()
    sizes = sorted(size.width() for size in icon.availableSizes())
    assert 16 in sizes and 256 in sizes and not icon.pixmap(64, 64).isNull(), sizes
    # QtSvg (the report's charts) renders the SVG icon.
    from PySide6.QtSvg import QSvgRenderer

    from app.paths import assets_dir

    assert QSvgRenderer(str(assets_dir() / "icons" / "ippo.svg")).isValid(), "QtSvg"
    return f"Qt says {cancel!r}; window icon sizes {sizes}; QtSvg renders the SVG"


class _ErrorLog(logging.Handler):
    """Collects logged errors and exceptions raised in Qt slots while active."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.name}: {record.getMessage()}")

    def _hook(self, kind: type[BaseException], exc: BaseException, tb: object) -> None:
        self.messages.append(f"{kind.__name__}: {exc}")

    def __enter__(self) -> _ErrorLog:
        logging.getLogger().addHandler(self)
        self._old_hook, sys.excepthook = sys.excepthook, self._hook  # type: ignore[assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        logging.getLogger().removeHandler(self)
        sys.excepthook = self._old_hook


def _every_page() -> str:
    """Build the main window on demo data and visit every page (charts included),
    in Japanese: pages and their imports are found by name at run time."""
    import tempfile

    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

    from app import demo, paths, settings
    from app.db import open_store
    from ui.context import AppContext
    from ui.shell.main_window import PAGES, BrokenPage
    from ui.shell.shell import Shell
    from ui.shell.startup import make_application

    app = make_application()
    errors = _ErrorLog()
    with errors, tempfile.TemporaryDirectory() as tmp:
        store = open_store(paths.resolve(tmp))
        try:
            demo.generate(store.db, 56)
            context = AppContext(store.paths, store, settings.Settings(welcome_seen=True))
            shell = Shell(app, context)
            shell.window.show()
            for spec in PAGES:
                page = shell.window.show_page(spec.key)
                deadline = QDeadlineTimer(300)  # let lazily drawn charts draw
                while not deadline.hasExpired():
                    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
                # A page that fails to build is replaced by a placeholder label.
                assert not isinstance(page, BrokenPage), f"{spec.key}: could not be built"
                assert page.isVisible(), spec.key
                assert not shell.window.grab().isNull()
            shell.window.close()
        finally:
            store.close()
    assert not errors.messages, "; ".join(errors.messages)
    qtagg = "matplotlib.backends.backend_qtagg" in sys.modules
    return " ".join(spec.key for spec in PAGES) + f" (QtAgg charts drawn: {qtagg})"


CHECKS: list[tuple[str, Callable[[], str]]] = [
    ("frozen", _frozen),
    ("data folders", _data_folders),
    ("migrations", _migrations),
    ("demo populators", _demo_populators),
    ("svg/pdf backends", _vector_backends),
    ("encrypted export", _encrypted_export),
    ("qt translations + icon", _qt_translations_and_icon),
    ("every page on demo data", _every_page),
]


def main() -> int:
    failed = 0
    for name, check in CHECKS:
        try:
            print(f"ok   {name}: {check()}")
        except Exception as exc:  # report every failing check, not just the first
            failed += 1
            print(f"FAIL {name}: {type(exc).__name__}: {exc}")
    return 1 if failed else 0
