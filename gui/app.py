"""Start the desktop app: one QApplication (reused if present), the state and the window."""

from __future__ import annotations

import sys

import pyqtgraph as pg
from PySide6.QtWidgets import QApplication

from gui.i18n import apply_fonts_and_numbers
from gui.main_window import MainWindow

USAGE = """usage: main.py [SESSION.json]
       main.py fit DATA.csv --degree D [--l1 A] [--l2 B] [--basis monomial|legendre]
               [--domain LO HI] [--penalize-intercept] [--json]
       main.py classify DATA.csv --degree D [--l1 A] [--l2 B] [--basis monomial|legendre]
               [--domain X1LO X1HI X2LO X2HI] [--json]
       main.py cluster DATA.csv --k K [--lift-height H] [--seed S] [--restarts R]
               [--domain X1LO X1HI X2LO X2HI] [--json]
       main.py entropy [P ...] [--counts] [--text TEXT] [--words] [--unit UNIT] [--json]
       main.py export SESSION.json --out FILE.png|.svg|.pdf|.gif|.apng [--panel PANEL]
               [--width W] [--height H] [--no-caption] [--sweep degree|l1|l2 ...]
"""


def application() -> QApplication:
    """The running QApplication (created if there is none), named and with our fonts."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(["overfit-lab"])
    app.setOrganizationName("Overfit Lab")
    app.setApplicationName("Overfit Lab")
    apply_fonts_and_numbers(app)
    return app  # type: ignore[return-value]


def create_window(argv: list[str]) -> MainWindow:
    """The main window with a session from argv, a recovered autosave, or the example."""
    pg.setConfigOptions(antialias=True, foreground="k")
    window = MainWindow()
    if argv:
        if not window.document.open_session(argv[0]):
            window.load_example()
    elif not window.document.offer_recovery():
        window.load_example()
    return window


def run_app(argv: list[str]) -> int:
    """Show the main window and run the event loop; return the exit code."""
    if argv and argv[0] in ("-h", "--help"):
        print(USAGE, end="")
        return 0
    if len(argv) > 1 or (argv and argv[0].startswith("-")):
        print(f"error: unexpected arguments {' '.join(argv)}\n{USAGE}", end="", file=sys.stderr)
        return 2
    app = application()
    window = create_window(argv)
    window.show()
    return app.exec()
