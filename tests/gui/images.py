"""Comparing rendered images in tests: as arrays, with a tolerance for anti-aliasing."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage


def pixels(image: QImage) -> np.ndarray:
    """The image as an (height, width, 3) uint8 array of RGB, alpha composited on white."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    width, height = rgba.width(), rgba.height()
    data = np.frombuffer(rgba.constBits(), dtype=np.uint8, count=height * rgba.bytesPerLine())
    data = data.reshape(height, rgba.bytesPerLine())[:, : 4 * width].reshape(height, width, 4)
    alpha = data[..., 3:4].astype(float) / 255.0
    return np.round(data[..., :3] * alpha + 255.0 * (1.0 - alpha)).astype(np.uint8)


def differing_fraction(a: np.ndarray, b: np.ndarray, tolerance: int = 64) -> float:
    """The share of pixels whose colour differs by more than ``tolerance`` in any channel."""
    assert a.shape == b.shape, (a.shape, b.shape)
    diff = np.abs(a.astype(int) - b.astype(int)).max(axis=-1)
    return float(np.mean(diff > tolerance))
