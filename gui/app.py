"""Start the desktop app: one QApplication (reused if present), the state and the window."""

from __future__ import annotations

import pyqtgraph as pg

from gui.main_window import MainWindow, application


def run_app(argv: list[str]) -> int:
    """Show the main window and run the event loop; return the exit code."""
    app = application()
    pg.setConfigOptions(antialias=True, foreground="k")
    window = MainWindow()
    window.load_example()
    window.show()
    return app.exec()
