"""Loads Ippo's and Qt's own translations and routes the core's strings through them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app import i18n
from app.paths import assets_dir

_installed: list[QTranslator] = []


def resolve_language(choice: str) -> str:
    """'en' or 'ja' from a setting that may be 'system'."""
    if choice in ("en", "ja"):
        return choice
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def _core_translate(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


def install(choice: str) -> str:
    """Replace the installed translators with those for `choice`; returns the language."""
    lang = resolve_language(choice)
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    folder = assets_dir() / "translations"
    names = sorted(p.stem for p in folder.glob(f"ippo_*_{lang}.qm"))
    for stem in names:
        t = QTranslator()
        if t.load(stem, str(folder)):
            _installed.append(t)
    if lang != "en":
        # lazy: only for a language other than English (Qt's own strings are English)
        from PySide6.QtCore import QLibraryInfo

        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for base in ("qtbase", "qt"):
            t = QTranslator()
            if t.load(QLocale(lang), base, "_", qt_dir):
                _installed.append(t)
    for t in _installed:
        QCoreApplication.installTranslator(t)
    language = QLocale.Language.Japanese if lang == "ja" else QLocale.Language.English
    QLocale.setDefault(QLocale(language))
    i18n.install(_core_translate, lang)
    return lang
