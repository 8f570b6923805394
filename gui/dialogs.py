"""Every question and warning the window puts to the user, in one place.

The controllers (the session document, CSV import, scenarios) never open a
message box themselves: they ask a :class:`Dialogs`, so a test stands in for
the user by replacing one method here, and the wording of each question
lives next to the others.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QMessageBox

STATUS_MS = 8000

Button = QMessageBox.StandardButton


class Dialogs(QObject):
    """Modal questions and warnings over a main window, and its status-bar messages."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

    def status(self, text: str) -> None:
        """Show ``text`` in the status bar for a few seconds."""
        self._window.statusBar().showMessage(text, STATUS_MS)

    def warn(self, title: str, text: str) -> None:
        """Say what went wrong, in the status bar and in a warning box."""
        self.status(text)
        QMessageBox.warning(self._window, title, text)

    def ask_unsaved(self) -> Button:
        """Ask Save / Discard / Cancel about unsaved changes."""
        return QMessageBox.warning(
            self._window,
            self.tr("Unsaved changes"),
            self.tr("The session has unsaved changes. Save them first?"),
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )

    def ask_before_scenario(self) -> Button:
        """Ask Save / Load anyway (Ignore) / Cancel before a scenario replaces unsaved work."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Unsaved changes"),
            self.tr(
                "The scenario replaces the points and settings on screen (Undo brings them "
                "back). Save the session first?"
            ),
            Button.Save | Button.Ignore | Button.Cancel,
            self._window,
        )
        box.button(Button.Ignore).setText(self.tr("&Load without saving"))
        box.setDefaultButton(Button.Save)
        return Button(box.exec())

    def ask_recover(self, when: str) -> bool:
        """Ask whether to restore an autosaved session from ``when``."""
        answer = QMessageBox.question(
            self._window,
            self.tr("Restore unsaved session?"),
            self.tr(
                "Overfit Lab did not close normally last time. Restore the session autosaved "
                "at {0}?"
            ).format(when),
        )
        return answer == Button.Yes

    def show_about(self) -> None:
        """Help > About: what the app is and the objective it minimizes."""
        QMessageBox.about(
            self._window,
            self.tr("About Overfit Lab"),
            self.tr(
                "<b>Overfit Lab</b><p>Place noisy points, fit a polynomial and watch it overfit; "
                "then tame it with L1 and L2 regularization.</p>"
                "<p>Objective: (1/N) Σ (yᵢ − f(xᵢ))² + λ₁ Σ |coefₖ| + λ₂ Σ coefₖ²</p>"
            ),
        )
