"""``main.py export``: a session's panel as a figure (PNG, SVG, PDF) or a sweep (GIF), headless.

Runs on Qt's offscreen platform, so it needs no display; the window is laid
out as on a 1366x768 screen, its panels compute what they show, and the
chosen panel's figure is rendered fresh at the requested size, with a
caption stating the model unless ``--no-caption``. The file's suffix is the
format: .png, .svg and .pdf are stills; .gif and .apng are animations of a
sweep (``--sweep degree|l1|l2``), one frame per setting, each with its own
caption.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from cli.arguments import finite, whole_number
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
SWEEP_PANELS = ("plot", "coefficients", "validation", "path", "window")
# Names panels had before; scripts written for them keep working.
FORMER_NAMES = {"errors": "validation"}
WINDOW_SIZE = (1366, 768)
STILL_FORMATS = (".png", ".svg", ".pdf")
ANIMATED_FORMATS = (".gif", ".apng")
STILL_WIDTH = 1600
ANIMATION_WIDTH = 800


# gui.export's limits and formats, repeated so that parsing needs no Qt (a
# test holds them equal).
MIN_SIDE, MAX_SIDE = 16, 20_000
_size = whole_number(MIN_SIDE, MAX_SIDE, "pixels")


def _quiet_platform_notes(_kind, _context, message: str) -> None:
    # The offscreen platform notes that it cannot pass size hints to a window
    # manager; that says nothing about the export, so only other messages show.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``export`` command."""
    parser = subparsers.add_parser(
        "export",
        help="render a session's panel as a figure (PNG, SVG, PDF) or a sweep (GIF); no display",
    )
    parser.add_argument("session", metavar="SESSION.json")
    parser.add_argument("--out", required=True, metavar="FILE.png|.svg|.pdf|.gif|.apng")
    parser.add_argument(
        "--panel",
        type=lambda name: FORMER_NAMES.get(name, name),
        choices=PANELS,
        default="plot",
    )
    parser.add_argument("--width", type=_size, help="image width (default 1600, animations 800)")
    parser.add_argument("--height", type=_size, help="image height (default: the figure's ratio)")
    parser.add_argument(
        "--no-caption", action="store_true", help="leave out the line stating the model"
    )
    parser.add_argument(
        "--sweep", choices=("degree", "l1", "l2"), help="animate this setting (.gif or .apng)"
    )
    parser.add_argument(
        "--from", dest="start", type=finite, help="first value (default: degree 0, λ 1e-8)"
    )
    parser.add_argument(
        "--to", dest="stop", type=finite, help="last value (default: degree 15, λ 100)"
    )
    parser.add_argument(
        "--frames",
        type=whole_number(),
        help="frames of a λ sweep (default 41; degree: one per degree)",
    )
    parser.add_argument("--fps", type=finite, help="frames per second (default: degree 3, λ 8)")
    parser.set_defaults(handler=run)


def _sweep(args: argparse.Namespace, suffix: str):
    """The sweep the arguments ask for (None for a still); CliError naming the argument."""
    from gui.sweep import default_sweep

    sweep_options = {"--from": args.start, "--to": args.stop, "--frames": args.frames,
                     "--fps": args.fps}  # fmt: skip
    if suffix in STILL_FORMATS:
        if args.sweep is not None:
            raise CliError(f"argument --sweep: {Path(args.out).name} is a still; use .gif or .apng")
        given = [name for name, value in sweep_options.items() if value is not None]
        if given:
            raise CliError(f"argument {given[0]}: only with --sweep")
        return None
    if args.sweep is None:
        raise CliError(
            f"argument --out: {Path(args.out).name} is an animation; add --sweep degree|l1|l2"
        )
    if args.sweep == "degree" and args.frames is not None:
        raise CliError(
            "argument --frames: a degree sweep has one frame per degree; set --from, --to"
        )
    if args.panel not in SWEEP_PANELS:
        raise CliError(
            f"argument --panel: {args.panel} cannot be swept; choose from {', '.join(SWEEP_PANELS)}"
        )
    changes = {"start": args.start, "stop": args.stop, "frames": args.frames, "fps": args.fps}
    try:
        return default_sweep(args.sweep, **{k: v for k, v in changes.items() if v is not None})
    except ValueError as exc:
        names = {"start": "--from", "stop": "--to", "frames": "--frames", "fps": "--fps"}
        text = str(exc)
        field = next((flag for name, flag in names.items() if text.startswith(name)), "--sweep")
        raise CliError(f"argument {field}: {text}") from None


def run(args: argparse.Namespace) -> int:
    """Load the session, lay out the window offscreen and export the panel's figure."""
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in STILL_FORMATS + ANIMATED_FORMATS:
        raise CliError(f"argument --out: {out.name} must end in .png, .svg, .pdf, .gif or .apng")
    if not out.parent.is_dir():
        raise CliError(f"argument --out: folder {out.parent} does not exist")
    width = args.width or (ANIMATION_WIDTH if suffix in ANIMATED_FORMATS else STILL_WIDTH)
    try:
        session = load_session(args.session)
    except SessionFileError as exc:
        raise CliError(str(exc)) from None

    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings, qInstallMessageHandler

    qInstallMessageHandler(_quiet_platform_notes)
    sweep = _sweep(args, suffix)

    from gui.app import application
    from gui.export import ExportError
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
        window.curve_lab.plot.reset_view()
        window.plane_lab.plot.reset_view()
        app.processEvents()
        caption = not args.no_caption
        try:
            if sweep is None:
                window.image_export.write(args.panel, str(out), width, args.height, caption)
            else:
                window.image_export.write_sweep(
                    args.panel, str(out), sweep, width, args.height, caption
                )
        except (ExportError, OSError) as exc:
            raise CliError(f"{out}: {exc}") from None
        finally:
            window.undo_stack.setClean()
            window.close()
    print(f"wrote {out}")
    return EXIT_OK
