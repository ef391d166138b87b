"""Choosing the language and loading Qt translations, for the window and the CLI alike.

The language follows the system locale unless the merchant picked one in Settings.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from shopcloser import paths
from shopcloser.messages import (
    CONTEXT,
    FILE_REFUSED,
    LIST_SEPARATOR,
    PROBLEMS_SEPARATOR,
    UserError,
    filled,
)

SYSTEM = "system"
LANGUAGES = ("zh_CN", "zh_TW", "en")
LANGUAGE_KEY = "ui/language"

_installed: list[QTranslator] = []
_language: str | None = None  # the language installed last


def settings() -> QSettings:
    """The merchant's own preferences (not the store's): one ini file per user."""
    return QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)


def system_language(locale: QLocale | None = None) -> str:
    locale = locale or QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    traditional = (
        locale.script() == QLocale.Script.TraditionalChineseScript
        or locale.territory()
        in (
            QLocale.Country.Taiwan,
            QLocale.Country.HongKong,
            QLocale.Country.Macao,
        )
    )
    return "zh_TW" if traditional else "zh_CN"


def chosen_language(override: str | None = None) -> str:
    choice = override or str(settings().value(LANGUAGE_KEY, SYSTEM))
    return choice if choice in LANGUAGES else system_language()


def install_translators(app: QCoreApplication, language: str) -> str:
    """Install ShopCloser's and Qt's own translations for ``language``; returns it."""
    global _language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language = language
    ours = QTranslator(app)
    # English is the source language; its file holds only the plural forms ("1 order").
    if ours.load(str(paths.resources_dir() / "translations" / f"shopcloser_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return language
    QLocale.setDefault(QLocale(language))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return language


def installed_language() -> str | None:
    """The language :func:`install_translators` installed last, or None."""
    return _language


def translate(context: str, text: str, number: int = -1, /, **params: Any) -> str:
    """``text`` of ``context`` in the installed language, ``{name}`` filled from ``params``.

    ``number`` chooses the plural form of a text written with ``%n`` (or ``%Ln``, the
    number as the language writes it), which Qt puts in: "%n order(s)" reads "1 order"
    and "2 orders" in English, through its plural-only translation file.
    """
    translated = QCoreApplication.translate(context, text, None, number)
    return filled(translated, params, _separator()) if params else translated


def listed(items: Iterable[object]) -> str:
    """``items`` joined as the installed language lists them in a sentence ("1001, 1002"
    in English, "1001、1002" in Chinese). Parameters of :func:`translate` given as a list
    are joined so too."""
    return _separator().join(map(str, items))


def problems_joined(texts: Iterable[str]) -> str:
    """A flagged row's problems, each already in words, joined as the language does."""
    return QCoreApplication.translate("Lists", PROBLEMS_SEPARATOR).join(texts)


def _separator() -> str:
    return QCoreApplication.translate("Lists", LIST_SEPARATOR)


def user_error_text(error: UserError) -> str:
    """A refusal as the merchant reads it (window and command line alike): translated, and
    below the line naming the file when an import refused one of its files."""
    text = translate(CONTEXT, error.message, **error.params)
    if error.file is None:
        return text
    return translate(CONTEXT, FILE_REFUSED, file=error.file) + "\n" + text
