"""``main.py export``: render a saved session's panel (or window) to PNG or SVG, headless.

Runs on Qt's offscreen platform, so it needs no display; the window is laid
out as on a 1366x768 screen and the chosen panel rendered at the requested
size.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from cli.errors import EXIT_OK, CliError
from core.session_file import SessionFileError, load_session

PANELS = (
    "plot",
    "coefficients",
    "validation",
    "path",
    "entropy",
    "plane",
    "plane-coefficients",
    "plane-validation",
    "lifted",
    "window",
)
# Names panels had before; scripts written for them keep working.
FORMER_NAMES = {"errors": "validation"}
WINDOW_SIZE = (1366, 768)


def _size(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"must be a whole number of pixels, got {text!r}"
        ) from None
    if not 16 <= value <= 20_000:
        raise argparse.ArgumentTypeError(f"must be from 16 to 20000 pixels, got {value}")
    return value


def _quiet_platform_notes(_kind, _context, message: str) -> None:
    # The offscreen platform notes that it cannot pass size hints to a window
    # manager; that says nothing about the export, so only other messages show.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``export`` command."""
    parser = subparsers.add_parser(
        "export", help="render a session's panel to PNG or SVG (no display needed)"
    )
    parser.add_argument("session", metavar="SESSION.json")
    parser.add_argument("--out", required=True, metavar="FILE.png|FILE.svg")
    parser.add_argument(
        "--panel",
        type=lambda name: FORMER_NAMES.get(name, name),
        choices=PANELS,
        default="plot",
    )
    parser.add_argument("--width", type=_size, default=1600, help="PNG width (default 1600)")
    parser.add_argument("--height", type=_size, help="PNG height (default: the panel's ratio)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Load the session, lay out the window offscreen and export the panel."""
    out = Path(args.out)
    if out.suffix.lower() not in (".png", ".svg"):
        raise CliError(f"argument --out: {out.name} must end in .png or .svg")
    if not out.parent.is_dir():
        raise CliError(f"argument --out: folder {out.parent} does not exist")
    try:
        session = load_session(args.session)
    except SessionFileError as exc:
        raise CliError(str(exc)) from None

    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings, qInstallMessageHandler

    qInstallMessageHandler(_quiet_platform_notes)

    from gui.app import application
    from gui.export import ExportError, export_widget
    from gui.main_window import MainWindow

    app = application()
    with tempfile.TemporaryDirectory() as scratch:
        # A private settings file: the export never depends on (or changes)
        # the user's saved window layout.
        settings = QSettings(str(Path(scratch) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings=settings, data_dir=Path(scratch))
        window.workspace.restore(session)
        window.resize(*WINDOW_SIZE)
        window.show()
        window.plot.reset_view()
        window.class_plot.reset_view()
        app.processEvents()
        try:
            widget = window.image_export.panel_widget(args.panel)
            window.wait_for_panels()
            export_widget(widget, out, args.width, args.height)
        except (ExportError, OSError) as exc:
            raise CliError(f"{out}: {exc}") from None
        finally:
            window.undo_stack.setClean()
            window.close()
    print(f"wrote {out}")
    return EXIT_OK
