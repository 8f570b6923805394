"""Errors a user reads: English on the command line and in logs, the interface language on screen.

An exception's ``str()`` is what ``main.py export`` prints and a log
records, in English whatever the interface language. A
:class:`UserMessageError` also keeps its English template, marked for
lupdate with ``QT_TRANSLATE_NOOP`` where it is raised, and the values that
fill it, so a dialog can say the same sentence in the interface language:
:func:`user_message` is an exception's text for the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class UserMessageError(ValueError):
    """A refusal whose message is one line for the user, translatable.

    Parameters
    ----------
    template : str
        The English sentence with ``{name}`` fields, marked where it is raised
        as ``QT_TRANSLATE_NOOP(context, "...")`` with the class's ``context``.
    **values
        What fills the fields.
    """

    #: The translation context of every template of this class.
    context = "Messages"

    def __init__(self, template: str, **values: object) -> None:
        super().__init__(template.format(**values))
        self.template = template
        self.values = values

    def translated(self) -> str:
        """The message in the interface language."""
        return QCoreApplication.translate(self.context, self.template).format(**self.values)


def user_message(error: BaseException) -> str:
    """What to tell the user about ``error``: translated when it can be, else its text."""
    if isinstance(error, UserMessageError):
        return error.translated()
    return str(error)
