"""Interface languages: English (the source) and Simplified Chinese, switched live.

Translations are Qt ``.qm`` files compiled from ``resources/i18n/*.ts``
(see the README for the command). Switching installs the translators and
Qt sends every widget a LanguageChange event, on which the window
relabels itself. Numbers keep a dot as decimal point in every language,
and the font list names families with Chinese glyphs on Linux, Windows
and macOS so Chinese never shows as empty boxes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文"}
# Latin text first, then the first family present that covers Chinese.
FONT_FAMILIES = [
    "Noto Sans",
    "DejaVu Sans",
    "Segoe UI",
    "Helvetica Neue",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "SimHei",
]


def system_language() -> str:
    """The supported language closest to the system locale."""
    name = QLocale.system().name()
    return "zh_CN" if name.startswith("zh") else "en"


def qm_path(language: str) -> Path:
    """The compiled translation of the app for a language."""
    return I18N_DIR / f"overfit_lab_{language}.qm"


class Translations:
    """Installs and swaps the app's and Qt's own translators on the application."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "en"

    def set_language(self, language: str) -> bool:
        """Switch to ``language`` (a key of LANGUAGES); False if its file is missing."""
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, got {language!r}")
        for translator in self._translators:
            QCoreApplication.removeTranslator(translator)
        self._translators.clear()
        ok = True
        if language != "en":
            ours = QTranslator(self._app)
            ok = ours.load(str(qm_path(language)))
            if ok:
                qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
                qt_own = QTranslator(self._app)
                # Qt's own strings (dialog buttons, context menus), when shipped.
                if qt_own.load(f"qtbase_{language}", qt_dir):
                    self._translators.append(qt_own)
                self._translators.append(ours)
            else:
                language = "en"
        for translator in self._translators:
            QCoreApplication.installTranslator(translator)
        self.language = language
        # Qt posts the LanguageChange; deliver it now so the switch is done on return.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        return ok


def apply_fonts_and_numbers(app: QApplication) -> None:
    """Fonts with Chinese glyphs as fallback, and a dot as decimal point everywhere."""
    font = QFont(app.font())
    font.setFamilies(FONT_FAMILIES)
    app.setFont(font)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
