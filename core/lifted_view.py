"""Views of the lifted space: where the classifier's boundary is a flat plane.

The classifier is linear in its features: ``f = w_0 + w_P . phi_P(z)`` with
``phi_P`` the non-constant features (up to 65 of them). In that space the
boundary ``f = 0`` is a flat hyperplane, however curved it looks in the
plane. Two 2-D linear projections of the lifted points show it:

* `principal_view`: the first two principal components of the training
  points' features (the directions of largest spread, from numpy's SVD of
  the centered feature matrix). A general picture of the lift; the boundary
  is not a line there (a projection of a hyperplane fills the view), but its
  *trace* is drawn: the points of the plane where p = 1/2, lifted and
  projected the same way.
* `edge_on_view`: the lift seen edge-on to the fitted plane. The horizontal
  axis is the fitted logit ``f`` itself (the signed distance from the plane
  times ``|w_P|``, in log-odds), so the boundary is the vertical line
  ``f = 0`` exactly, for any degree and any data; the vertical axis is the
  direction of largest spread of the training features *along* the plane
  (the first principal component of the features with their ``w_P``
  component removed). For degree 2 on two rings this is the textbook picture:
  the lift ``(z1, z2, z1^2, z1 z2, z2^2)`` puts the inner ring on one side of a
  flat plane and the outer on the other, and seen edge-on a straight line
  separates what a circle separates in the plane. We chose it over a fixed
  view such as ``(z1^2 + z2^2, z1)``, which is exact only when the fitted
  boundary happens to be a circle centred at the origin.

Points of both roles are projected with the training points' centring and
directions, so test points land where the training points would.

`oblique_view` draws a lift into three dimensions, such as K-means'
paraboloid ``(z1, z2, h (z1^2 + z2^2))``, as a camera sees it from an
azimuth and an elevation (a parallel projection, so straight lines and flat
planes stay straight and flat on screen).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from core.classifier import LogisticFit, PlaneDesign
from core.plane_features import features, n_features

__all__ = ["LiftedView", "edge_on_view", "oblique_view", "principal_view"]

FloatArray = NDArray[np.float64]


@dataclass(frozen=True, eq=False)
class LiftedView:
    """2-D coordinates of every point (table order) in a view of the lifted space.

    Attributes
    ----------
    u, v : ndarray, shape (n_points,)
        Horizontal and vertical coordinates.
    boundary_u : float or None
        The boundary as the vertical line ``u = boundary_u`` (edge-on view),
        or None when the view does not show it as a line.
    explained : tuple of float
        Share of the training features' total variance along u and v (for
        the edge-on view, along its vertical direction only: u is not a
        principal direction).
    trace : ndarray, shape (n_segments, 2, 2), or None
        The boundary's trace: segments ``[[u_a, v_a], [u_b, v_b]]``, the
        images of the boundary's segments in the plane (principal view,
        when asked for).
    """

    u: FloatArray
    v: FloatArray
    boundary_u: float | None
    explained: tuple[float, ...]
    trace: FloatArray | None = None


def _centred(design: PlaneDesign, degree: int) -> tuple[FloatArray, FloatArray, float]:
    """Non-constant features of every point centred on the training mean; training rows; total
    training variance."""
    p = n_features(degree)
    phi_all = design.phi[:, 1:p]
    train = design.train_features(degree)[:, 1:]
    if train.shape[0] == 0:
        raise ValueError("a lifted view needs at least 1 training point, got 0")
    mean = train.mean(axis=0)
    train_c = train - mean
    total = float((train_c**2).sum())
    return phi_all - mean, train_c, total


def _leading(matrix: FloatArray, k: int) -> tuple[FloatArray, FloatArray]:
    """The k leading right singular vectors (rows) and squared singular values, padded."""
    if matrix.shape[1] == 0 or matrix.shape[0] == 0:
        return np.zeros((k, matrix.shape[1])), np.zeros(k)
    _, s, vt = np.linalg.svd(matrix, full_matrices=False)
    vt = vt[:k]
    s2 = s[:k] ** 2
    # Fix each direction's sign so the view does not flip between refits.
    for i in range(vt.shape[0]):
        j = int(np.argmax(np.abs(vt[i])))
        if vt[i, j] < 0:
            vt[i] = -vt[i]
    pad = k - vt.shape[0]
    if pad:
        vt = np.vstack([vt, np.zeros((pad, matrix.shape[1]))])
        s2 = np.concatenate([s2, np.zeros(pad)])
    return vt, s2


def principal_view(
    design: PlaneDesign, degree: int, boundary: ArrayLike | None = None
) -> LiftedView:
    """The lifted points on the first two principal components of the training features.

    Parameters
    ----------
    design : PlaneDesign
    degree : int
        The degree whose features are projected (at most ``design.degree``).
    boundary : array_like, shape (n_segments, 2, 2), optional
        Segments of the plane (``core.decision_map.DecisionMap.boundary``)
        to lift and project the same way: the view's `trace`.
    """
    centred, train, total = _centred(design, degree)
    directions, s2 = _leading(train, 2)
    coords = centred @ directions.T
    share = tuple(float(x / total) if total > 0 else 0.0 for x in s2)
    trace = None
    if boundary is not None:
        ends = np.asarray(boundary, dtype=float).reshape(-1, 2)
        z1, z2 = design.box.to_unit(ends[:, 0], ends[:, 1])
        lifted = features(z1, z2, degree, design.basis)[:, 1:]
        mean = design.train_features(degree)[:, 1:].mean(axis=0)
        trace = ((lifted - mean) @ directions.T).reshape(-1, 2, 2)
    return LiftedView(
        coords[:, 0],
        coords[:, 1],
        None,
        share,
        trace,
    )


def edge_on_view(design: PlaneDesign, fit: LogisticFit) -> LiftedView:
    """The lifted points seen edge-on to the fitted plane: u = f (log-odds), v along the plane."""
    if fit.basis != design.basis or fit.box != design.box:
        raise ValueError("fit must come from this design (same basis and box)")
    degree = fit.degree
    centred, train, total = _centred(design, degree)
    w = np.asarray(fit.coef[1:], dtype=float)
    norm = float(np.linalg.norm(w))
    if norm > 0:
        unit = w / norm
        train = train - np.outer(train @ unit, unit)
    direction, s2 = _leading(train, 1)
    u = design.phi[:, : fit.coef.size] @ fit.coef
    v = centred @ direction[0]
    share = float(s2[0] / total) if total > 0 else 0.0
    return LiftedView(
        u,
        v,
        0.0,
        (share,),
    )


def oblique_view(
    points: ArrayLike, azimuth: float, elevation: float
) -> tuple[FloatArray, FloatArray]:
    """Points of a 3-D space ``(a, b, c)`` as a camera sees them, ``c`` up.

    The camera turns by ``azimuth`` (radians) about the vertical axis and looks
    down at ``elevation`` (0 from the side, pi/2 from above)::

        u     = a cos(azimuth) - b sin(azimuth)             (across the screen)
        depth = a sin(azimuth) + b cos(azimuth)
        v     = c cos(elevation) + depth sin(elevation)     (up the screen)

    Parameters
    ----------
    points : array_like, shape (n_points, 3)
    azimuth, elevation : float
        Finite angles in radians.

    Returns
    -------
    u, v : ndarray, shape (n_points,)
    """
    p = np.asarray(points, dtype=float)
    if p.ndim != 2 or p.shape[1] != 3:
        raise ValueError(f"points must have shape (n_points, 3), got {p.shape}")
    for name, angle in (("azimuth", azimuth), ("elevation", elevation)):
        if not np.isfinite(angle):
            raise ValueError(f"{name} must be a finite angle in radians, got {angle!r}")
    ca, sa = np.cos(azimuth), np.sin(azimuth)
    u = p[:, 0] * ca - p[:, 1] * sa
    depth = p[:, 0] * sa + p[:, 1] * ca
    v = p[:, 2] * np.cos(elevation) + depth * np.sin(elevation)
    return u, v
