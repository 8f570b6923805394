"""``main.py export`` through a subprocess with no display at all."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from core.datasets import generate
from core.session_file import SessionData, save_session
from core.settings import ModelSettings

ROOT = Path(__file__).resolve().parents[2]


def run_export(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the command must pick offscreen itself
    return subprocess.run(
        [sys.executable, "main.py", "export", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.fixture
def session(tmp_path: Path) -> Path:
    path = tmp_path / "lesson.json"
    save_session(
        path, SessionData(points=generate("sin", 10, 10, 0.3, 0), model=ModelSettings(degree=9))
    )
    return path


@pytest.mark.parametrize("panel", ["plot", "window"])
def test_png_of_the_requested_size(session: Path, tmp_path: Path, panel: str):
    out = tmp_path / f"{panel}.png"
    proc = run_export(str(session), "--out", str(out), "--panel", panel, "--width", "900")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    image = QImage(str(out))
    assert image.width() == 900 and image.height() > 100


def test_svg_contains_the_curve(session: Path, tmp_path: Path):
    out = tmp_path / "plot.svg"
    proc = run_export(str(session), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    root = ET.parse(out).getroot()
    longest = max(
        len((e.get("d") or e.get("points") or "").split())
        for e in root.iter()
        if e.tag.endswith(("path", "polyline"))
    )
    assert longest >= 500


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--out", "x.bmp"], ".png, .svg, .pdf, .gif or .apng"),
        (["--out", "x.gif"], "--sweep"),
        (["--out", "x.png", "--sweep", "degree"], "--sweep"),
        (["--out", "x.png", "--fps", "3"], "--fps"),
        (["--out", "x.gif", "--sweep", "l2", "--from", "0"], "--from"),
        (["--out", "x.gif", "--sweep", "degree", "--to", "31"], "--to"),
        (["--out", "x.gif", "--sweep", "degree", "--frames", "9"], "--frames"),
        (["--out", "x.gif", "--sweep", "degree", "--panel", "entropy"], "--panel"),
        (["--out", "/no/such/folder/x.png"], "does not exist"),
        (["--out", "x.png", "--panel", "sidebar"], "--panel"),
        (["--out", "x.png", "--width", "5"], "--width"),
    ],
)
def test_bad_arguments_exit_2(session: Path, args, expected):
    proc = run_export(str(session), *args)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0]


def test_bad_session_exit_2_naming_the_file(tmp_path: Path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "overfit-lab-session", "version": 1', encoding="utf-8")
    proc = run_export(str(bad), "--out", str(tmp_path / "x.png"))
    assert proc.returncode == 2
    assert "broken.json" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_pdf_is_a_vector_page_that_poppler_renders(session: Path, tmp_path: Path):
    out = tmp_path / "plot.pdf"
    proc = run_export(str(session), "--out", str(out), "--panel", "validation")
    assert proc.returncode == 0, proc.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    # Vector: no raster image in the page, only paths and text.
    assert b"/Subtype /Image" not in data
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=False)
    if info.returncode == 0:
        assert re.search(r"Pages:\s+1\n", info.stdout)
        # The page is the figure's layout (1000 x 460 px for two plots) at 72/96 pt per px.
        assert re.search(r"Page size:\s+750 x \d+ pts", info.stdout)


def test_no_caption_leaves_the_model_line_out(session: Path, tmp_path: Path):
    with_caption, without = tmp_path / "a.svg", tmp_path / "b.svg"
    assert run_export(str(session), "--out", str(with_caption)).returncode == 0
    proc = run_export(str(session), "--out", str(without), "--no-caption")
    assert proc.returncode == 0, proc.stderr
    assert "Degree 9, monomial basis" in with_caption.read_text(encoding="utf-8")
    assert "Degree 9, monomial basis" not in without.read_text(encoding="utf-8")


def test_degree_sweep_gif_from_1_to_15(session: Path, tmp_path: Path):
    from PIL import Image

    out = tmp_path / "sweep.gif"
    proc = run_export(
        str(session), "--out", str(out), "--sweep", "degree", "--from", "1", "--to", "15"
    )
    assert proc.returncode == 0, proc.stderr
    with Image.open(out) as gif:
        assert gif.n_frames == 15
        assert gif.size[0] == 800  # animations default to 800 px
        assert 330 <= gif.info["duration"] <= 340  # 3 frames a second, in GIF's 1/100 s


def test_l1_sweep_apng_of_the_whole_lab(session: Path, tmp_path: Path):
    from PIL import Image

    out = tmp_path / "lasso.apng"
    proc = run_export(
        str(session),
        "--out", str(out), "--sweep", "l1", "--frames", "3", "--panel", "window",
        "--width", "600", "--fps", "2",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    with Image.open(out) as apng:
        assert apng.n_frames == 3 and apng.size[0] == 600


def test_the_classification_plane_of_a_session_is_exported(tmp_path: Path):
    from core.plane_datasets import generate_plane
    from core.session_file import ClassificationData

    path = tmp_path / "rings.json"
    save_session(
        path,
        SessionData(
            classification=ClassificationData(points=generate_plane("circles", 80, 0, 0.1, 2))
        ),
    )
    out = tmp_path / "plane.png"
    proc = run_export(str(path), "--out", str(out), "--panel", "plane", "--width", "600")
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert image.width() == 600
    # The tint of both classes is drawn: bluish and orangish pixels.
    colors = {
        image.pixelColor(x, y).name() for x in range(0, 600, 7) for y in range(0, image.height(), 7)
    }
    reds = [c for c in colors if int(c[1:3], 16) > int(c[5:7], 16) + 40]
    blues = [c for c in colors if int(c[5:7], 16) > int(c[1:3], 16) + 40]
    assert reds and blues


def test_the_plane_as_a_pdf_keeps_its_shading_as_an_image_inside_a_vector_page(tmp_path: Path):
    from core.plane_datasets import generate_plane
    from core.session_file import ClassificationData
    from tests.gui.figure_checks import poppler

    path = tmp_path / "rings.json"
    points = generate_plane("circles", 80, 20, 0.1, 2)
    save_session(path, SessionData(classification=ClassificationData(points=points)))
    out = tmp_path / "plane.pdf"
    proc = run_export(str(path), "--out", str(out), "--panel", "plane", "--width", "900")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    # The shading is the one raster (its colours and its alpha as a soft mask);
    # points, boundary and caption stay vector.
    assert data.count(b"/Subtype /Image") == 2 and b"/SMask" in data
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=False)
    if info.returncode == 0:
        # The plane's figure is laid out 640 px wide: 480 pt.
        assert re.search(r"Page size:\s+480 x \d+ pts", info.stdout)
    image = poppler(out, tmp_path / "plane.png", 900, 900)
    red, blue = image[..., 0].astype(int), image[..., 2].astype(int)
    assert (red > blue + 40).mean() > 0.02 and (blue > red + 40).mean() > 0.02


def test_the_command_line_knows_the_exports_own_limits_and_formats():
    from cli import export_command
    from gui import export, sweep

    assert (export_command.MIN_SIDE, export_command.MAX_SIDE) == (
        export.MIN_SIDE,
        export.MAX_SIDE,
    )
    assert export_command.STILL_FORMATS == export.FORMATS
    assert export_command.ANIMATED_FORMATS == export.ANIMATED_FORMATS
    assert export_command.STILL_WIDTH == export.DEFAULT_WIDTH
    assert export_command.ANIMATION_WIDTH == sweep.DEFAULT_ANIMATION_WIDTH
