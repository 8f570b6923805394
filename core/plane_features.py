"""Polynomial features of points in the plane: every monomial z1^i z2^j with i + j <= D.

The classifier's lift. For degree ``D`` (0 to `MAX_PLANE_DEGREE`) and basis
``phi`` (monomial ``z**k`` or Legendre ``P_k(z)``) the features of a point
``z = (z1, z2)`` in the box's ``[-1, 1]^2`` coordinates are::

    phi_(i, j)(z1, z2) = phi_i(z1) * phi_j(z2),      i + j <= D,

``(D + 1)(D + 2) / 2`` of them (66 at D = 10), in graded order: by total degree
``i + j``, and within one total degree by falling power of z1::

    (0, 0), (1, 0), (0, 1), (2, 0), (1, 1), (0, 2), (3, 0), ...

so the features of a lower degree are the leading columns of those of a higher
one (a fit at degree D reads a prefix of one matrix built at the maximum
degree) and ``coef[0]`` is always the intercept. On a rectangular grid the
model is a product of small matrices, ``F = B W A^T`` with ``A[c, i] =
phi_i(z1_c)``, ``B[r, j] = phi_j(z2_r)`` and ``W[j, i]`` the coefficient of
``(i, j)``, which costs O(grid size x D) instead of O(grid size x D^2).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike, NDArray

from core.polyfit import Basis, check_basis
from core.polyfit import features as univariate_features

__all__ = [
    "MAX_PLANE_DEGREE",
    "check_plane_degree",
    "evaluate",
    "evaluate_grid",
    "exponents",
    "feature_labels",
    "features",
    "n_features",
]

#: The highest degree of the classification lab: 66 features.
MAX_PLANE_DEGREE = 10

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]


def check_plane_degree(degree: object) -> int:
    """Return `degree` if it is an integer from 0 to `MAX_PLANE_DEGREE`, else raise ValueError."""
    if isinstance(degree, bool) or not isinstance(degree, int | np.integer):
        raise ValueError(f"degree must be an integer from 0 to {MAX_PLANE_DEGREE}, got {degree!r}")
    if not 0 <= degree <= MAX_PLANE_DEGREE:
        raise ValueError(f"degree must be from 0 to {MAX_PLANE_DEGREE}, got {degree}")
    return int(degree)


def n_features(degree: int) -> int:
    """Number of features ``(D + 1)(D + 2) / 2`` at degree D."""
    degree = check_plane_degree(degree)
    return (degree + 1) * (degree + 2) // 2


def exponents(degree: int) -> IntArray:
    """The exponents ``(i, j)`` of each feature in graded order, shape (n_features, 2)."""
    degree = check_plane_degree(degree)
    pairs = [(i, total - i) for total in range(degree + 1) for i in range(total, -1, -1)]
    return np.array(pairs, dtype=np.int64).reshape(-1, 2)


def feature_labels(degree: int, basis: Basis = "monomial") -> tuple[str, ...]:
    """A short name for each feature: ``"1"``, ``"x1"``, ``"x1^2 x2"``, ... or ``"P2(x1) P1(x2)"``.

    ``x1`` and ``x2`` stand for the coordinates scaled to [-1, 1] by the box.
    """
    basis = check_basis(basis)
    labels = []
    for i, j in exponents(degree).tolist():
        parts = [_factor("x1", i, basis), _factor("x2", j, basis)]
        labels.append(" ".join(p for p in parts if p) or "1")
    return tuple(labels)


def _factor(name: str, power: int, basis: Basis) -> str:
    if power == 0:
        return ""
    if basis == "legendre":
        return f"P{power}({name})"
    return name if power == 1 else f"{name}^{power}"


def features(z1: ArrayLike, z2: ArrayLike, degree: int, basis: Basis = "monomial") -> FloatArray:
    """Feature matrix ``Phi[n, k] = phi_(i_k)(z1_n) phi_(j_k)(z2_n)``.

    Parameters
    ----------
    z1, z2 : array_like, shape (n_points,)
        Coordinates in the box's [-1, 1] scale.
    degree : int
        0 to `MAX_PLANE_DEGREE`.
    basis : {"monomial", "legendre"}

    Returns
    -------
    ndarray, shape (n_points, n_features(degree)), Fortran order
        Fortran order keeps the leading columns (a lower degree) contiguous.
    """
    degree = check_plane_degree(degree)
    basis = check_basis(basis)
    z1 = np.asarray(z1, dtype=float)
    z2 = np.asarray(z2, dtype=float)
    if z1.ndim != 1 or z1.shape != z2.shape:
        raise ValueError(
            f"z1 and z2 must be 1-D arrays of one length, got shapes {z1.shape} and {z2.shape}"
        )
    powers = exponents(degree)
    a = univariate_features(z1, degree, basis)
    b = univariate_features(z2, degree, basis)
    out = np.empty((z1.shape[0], powers.shape[0]), order="F")
    np.multiply(a[:, powers[:, 0]], b[:, powers[:, 1]], out=out)
    return out


def evaluate(
    coef: ArrayLike, z1: ArrayLike, z2: ArrayLike, basis: Basis = "monomial"
) -> FloatArray:
    """``f(z) = sum_k coef_k phi_k(z)`` at each point; the degree follows from ``len(coef)``."""
    coef = _check_coef(coef)
    degree = _degree_of(coef.size)
    return features(z1, z2, degree, basis) @ coef


def evaluate_grid(
    coef: ArrayLike, z1: ArrayLike, z2: ArrayLike, basis: Basis = "monomial"
) -> FloatArray:
    """``f`` on the grid of every ``(z1[c], z2[r])``, shape (len(z2), len(z1)).

    Row r holds the points with ``z2 = z2[r]`` (image layout: rows follow the
    vertical axis). Computed as ``B W A^T`` (module docstring).
    """
    coef = _check_coef(coef)
    degree = _degree_of(coef.size)
    basis = check_basis(basis)
    z1 = np.asarray(z1, dtype=float)
    z2 = np.asarray(z2, dtype=float)
    if z1.ndim != 1 or z2.ndim != 1:
        raise ValueError(f"z1 and z2 must be 1-D, got shapes {z1.shape} and {z2.shape}")
    powers = exponents(degree)
    w = np.zeros((degree + 1, degree + 1))
    w[powers[:, 1], powers[:, 0]] = coef
    a = univariate_features(z1, degree, basis)
    b = univariate_features(z2, degree, basis)
    return (b @ w) @ a.T


def _check_coef(coef: ArrayLike) -> FloatArray:
    coef = np.asarray(coef, dtype=float)
    if coef.ndim != 1:
        raise ValueError(f"coef must be one-dimensional, got shape {coef.shape}")
    return coef


def _degree_of(size: int) -> int:
    for degree in range(MAX_PLANE_DEGREE + 1):
        if n_features(degree) == size:
            return degree
    allowed = ", ".join(str(n_features(d)) for d in range(MAX_PLANE_DEGREE + 1))
    raise ValueError(
        f"coef must have one of {allowed} entries (degrees 0 to {MAX_PLANE_DEGREE}), got {size}"
    )
