"""Sweeps: one model setting stepped through a range, as animation frames or a GIF.

A :class:`Sweep` names the setting (the degree, λ₁ or λ₂), where it starts
and stops, how many frames and how fast. The degree steps through whole
numbers; a strength through a geometric series (the sliders' log scale).
Frames are figures rendered by the same code as any export
(:mod:`gui.figures`), each with the caption of its own setting; Pillow
writes them as an animated GIF or APNG (the last frame held a little
longer, so the end of the story can be read). A sweep that cannot be made
raises :class:`SweepError`, which names the field at fault first (the
command line maps it to its option) and is translated for the window.
"""

from __future__ import annotations

import dataclasses
import io
import math
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QImage

from core.atomic_write import write_atomic
from core.limits import MAX_STRENGTH
from core.polyfit import MAX_DEGREE
from core.settings import ModelSettings
from gui.export import ANIMATED_FORMATS, ExportError, check_target
from gui.figures import render
from gui.figures.model import Figure
from gui.messages import UserMessageError

PARAMETERS = ("degree", "l1", "l2")
MAX_FRAMES = 200
MAX_FPS = 50.0
# The last frame stays this long (seconds) before the animation starts again.
FINAL_HOLD_S = 1.5
# Animations are smaller than stills by default: many frames add up.
DEFAULT_ANIMATION_WIDTH = 800
DEFAULTS = {
    # parameter: (from, to, frames, frames per second)
    "degree": (0.0, 15.0, 16, 3.0),
    "l1": (1e-8, 1e2, 41, 8.0),
    "l2": (1e-8, 1e2, 41, 8.0),
}


class SweepError(UserMessageError):
    """A sweep field out of range; the English message starts with the field's name."""

    context = "ExportMessages"


def _unknown_parameter(parameter: str) -> SweepError:
    return SweepError(
        QT_TRANSLATE_NOOP("ExportMessages", "parameter must be one of {choices}, got {value}"),
        choices=", ".join(PARAMETERS),
        value=repr(parameter),
    )


@dataclass(frozen=True)
class Sweep:
    """A setting stepped from ``start`` to ``stop`` in ``frames`` frames at ``fps``.

    For the degree, ``start`` and ``stop`` are whole numbers from 0 to
    MAX_DEGREE and there is one frame per degree (``frames`` is the count
    of degrees); for λ₁ or λ₂ both ends are > 0 and the frames are spaced
    evenly on a log scale. Invalid values raise ValueError naming the field.
    """

    parameter: str
    start: float
    stop: float
    frames: int
    fps: float

    def __post_init__(self) -> None:
        if self.parameter not in PARAMETERS:
            raise _unknown_parameter(self.parameter)
        if not (math.isfinite(self.fps) and 0 < self.fps <= MAX_FPS):
            raise SweepError(
                QT_TRANSLATE_NOOP("ExportMessages", "fps must be > 0 and <= {limit}, got {value}"),
                limit=f"{MAX_FPS:g}",
                value=f"{self.fps:g}",
            )
        if self.parameter == "degree":
            degree = (
                QT_TRANSLATE_NOOP(
                    "ExportMessages", "start must be a whole degree 0 to {limit}, got {value}"
                ),
                QT_TRANSLATE_NOOP(
                    "ExportMessages", "stop must be a whole degree 0 to {limit}, got {value}"
                ),
            )
            for template, value in zip(degree, (self.start, self.stop), strict=True):
                if value != int(value) or not 0 <= value <= MAX_DEGREE:
                    raise SweepError(template, limit=MAX_DEGREE, value=f"{value:g}")
            object.__setattr__(self, "frames", abs(int(self.stop) - int(self.start)) + 1)
        else:
            strength = (
                QT_TRANSLATE_NOOP(
                    "ExportMessages",
                    "start must be a strength > 0 and <= {limit} (a log scale has no 0), "
                    "got {value}",
                ),
                QT_TRANSLATE_NOOP(
                    "ExportMessages",
                    "stop must be a strength > 0 and <= {limit} (a log scale has no 0), "
                    "got {value}",
                ),
            )
            for template, value in zip(strength, (self.start, self.stop), strict=True):
                if not (math.isfinite(value) and 0 < value <= MAX_STRENGTH):
                    raise SweepError(template, limit=f"{MAX_STRENGTH:g}", value=f"{value:g}")
            if not 2 <= self.frames <= MAX_FRAMES:
                raise SweepError(
                    QT_TRANSLATE_NOOP("ExportMessages", "frames must be 2 to {limit}, got {value}"),
                    limit=MAX_FRAMES,
                    value=self.frames,
                )
        if self.frames > MAX_FRAMES:
            raise SweepError(
                QT_TRANSLATE_NOOP("ExportMessages", "frames must be at most {limit}, got {value}"),
                limit=MAX_FRAMES,
                value=self.frames,
            )

    def values(self) -> np.ndarray:
        """The setting at each frame, in order."""
        if self.parameter == "degree":
            a, b = int(self.start), int(self.stop)
            return np.arange(a, b + (1 if b >= a else -1), 1 if b >= a else -1, dtype=float)
        return np.geomspace(self.start, self.stop, self.frames)

    def models(self, base: ModelSettings) -> list[ModelSettings]:
        """``base`` with the swept setting at each frame's value."""
        if self.parameter == "degree":
            return [dataclasses.replace(base, degree=int(v)) for v in self.values()]
        return [dataclasses.replace(base, **{self.parameter: float(v)}) for v in self.values()]

    def durations_ms(self) -> list[int]:
        """How long each frame shows, in milliseconds (the last one held longer)."""
        step = round(1000 / self.fps)
        return [step] * (self.frames - 1) + [step + round(1000 * FINAL_HOLD_S)]


def default_sweep(parameter: str, **changes: float) -> Sweep:
    """The sweep of ``parameter`` with the defaults, some fields changed (start, stop, ...)."""
    if parameter not in DEFAULTS:
        raise _unknown_parameter(parameter)
    start, stop, frames, fps = DEFAULTS[parameter]
    fields = {"start": start, "stop": stop, "frames": frames, "fps": fps}
    fields.update(changes)
    return Sweep(parameter, fields["start"], fields["stop"], int(fields["frames"]), fields["fps"])


def _pil(image: QImage) -> Image.Image:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(rgb.constBits())[: rgb.bytesPerLine() * rgb.height()]
    return Image.frombuffer(
        "RGB", (rgb.width(), rgb.height()), data, "raw", "RGB", rgb.bytesPerLine(), 1
    ).copy()


def render_frames(
    figures: Iterable[Figure], width: int, height: int | None = None
) -> Iterator[Image.Image]:
    """Each figure drawn as an RGB image of one size (the first frame's, if ``height`` is None)."""
    for figure in figures:
        image, _ = render.render_image(figure, width, height)
        if height is None:
            height = image.height()
        yield _pil(image)


def animation_bytes(frames: Iterable[Image.Image], durations_ms: list[int], suffix: str) -> bytes:
    """The frames as an endlessly looping animated GIF (``.gif``) or APNG (``.apng``)."""
    if suffix == ".gif":
        # One adaptive palette per frame, no dithering: flat colours stay flat.
        frames = [
            f.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
            for f in frames
        ]
        kind = "GIF"
    else:
        frames = list(frames)
        kind = "PNG"
    if not frames:
        raise ExportError(QT_TRANSLATE_NOOP("ExportMessages", "a sweep needs at least one frame"))
    out = io.BytesIO()
    frames[0].save(
        out,
        format=kind,
        save_all=True,
        append_images=frames[1:],
        duration=durations_ms[: len(frames)],
        loop=0,
        disposal=1 if kind == "GIF" else 0,
    )
    return out.getvalue()


def export_sweep(
    figures: Callable[[Sweep], Iterable[Figure]],
    sweep: Sweep,
    path: str | os.PathLike[str],
    width: int = DEFAULT_ANIMATION_WIDTH,
    height: int | None = None,
) -> Path:
    """Render ``figures(sweep)`` and write them to ``path`` (.gif or .apng), atomically."""
    suffix = check_target(path, width, height, ANIMATED_FORMATS)
    try:
        frames = render_frames(figures(sweep), width, height)
        data = animation_bytes(frames, sweep.durations_ms(), suffix)
    except render.RenderError as exc:
        raise ExportError(exc.template, **exc.values) from None
    write_atomic(Path(path), data)
    return Path(path)
