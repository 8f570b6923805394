"""The classification lab's model: points of two classes, lifted features, the exact fit.

For the training points of a `PlaneTable`, mapped by the session's `Box` to
``z`` in ``[-1, 1]^2``, degree D (0 to 10) and basis (monomial or Legendre)::

    f(z) = sum_k coef_k phi_k(z),   phi_k = z1^i z2^j (or P_i(z1) P_j(z2)), i + j <= D
    p(z) = sigmoid(f(z))            the probability of class 1
    L(coef) = (1/N) sum_i [log(1 + exp(f_i)) - t_i f_i] + l1 sum_{k>0} |coef_k|
              + l2 sum_{k>0} coef_k^2                    (intercept coef_0 free)

minimized exactly by ``core.logistic.solve`` (which also says what is shown
when no minimizer exists). A point is predicted as class 1 when ``f > 0``
(``p > 1/2``), else class 0. Cross-entropy is the mean loss in bits
(``log2``), the data term the same in nats.

For live use the work is split: `prepare` lifts every point once at the
highest degree (features in graded order, so a lower degree reads a prefix
of the columns), and `fit_design` fits one setting on that, warm-started
from the previous solution: a slider move costs a few Newton steps on the
small feature system, a click one `prepare` and a warm fit. Whether the
training points are separable is a property of the points and the degree,
not of the penalty: a penalized fit reports it when the fit itself settles
it, and otherwise (``separability=False``) leaves it to
`PlaneDesign.separation`, which a GUI can run on a worker thread and which
caches its answer per degree. Without any penalty the fit needs the answer
itself (it decides what is drawn) and always computes it.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import ArrayLike, NDArray

from core.decision_map import DEFAULT_GRID, DecisionMap, decision_map
from core.logistic import SolveInfo, Status, data_losses, find_separation, sigmoid, solve
from core.plane import Box, PlaneTable
from core.plane_features import (
    MAX_PLANE_DEGREE,
    check_plane_degree,
    evaluate,
    exponents,
    feature_labels,
    features,
    n_features,
)
from core.polyfit import Basis, check_basis
from core.separability import Separation, separates

__all__ = ["LogisticFit", "PlaneDesign", "fit", "fit_design", "prepare", "prepare_from"]

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]
_LN2 = math.log(2.0)


@dataclass(frozen=True, eq=False)
class PlaneDesign:
    """Every point of a table lifted to its features at one maximum degree.

    Build with `prepare`; the arrays are read-only. Separability answers are
    cached per degree (they depend on the training points and the degree
    only), so asking again is free.

    Attributes
    ----------
    table : PlaneTable
    box : Box
    basis : {"monomial", "legendre"}
    degree : int
        The highest degree prepared; fits may use any degree up to it.
    phi : ndarray, shape (n_points, n_features(degree)), Fortran order
        Features of every point in table order.
    """

    table: PlaneTable
    box: Box
    basis: Basis
    degree: int
    phi: FloatArray = field(repr=False)
    _train_phi: FloatArray = field(repr=False)
    _separations: dict[int, Separation] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def n_train(self) -> int:
        """Number of training points."""
        return self._train_phi.shape[0]

    @property
    def labels_train(self) -> FloatArray:
        """Training labels as floats (0.0 or 1.0)."""
        return self.table.label[~self.table.is_test].astype(float)

    def train_features(self, degree: int) -> FloatArray:
        """Features of the training points at ``degree`` (a read-only view)."""
        return self._train_phi[:, : n_features(self._check(degree))]

    def test_features(self, degree: int) -> FloatArray:
        """Features of the test points at ``degree``."""
        return self.phi[self.table.is_test, : n_features(self._check(degree))]

    def separation(self, degree: int, hint: ArrayLike | None = None) -> Separation:
        """Whether the training points are separable at ``degree`` (cached; see `find_separation`).

        ``hint``: weights at this degree to start the test from (say, the
        current fit); they may settle it at once. The answer may be
        ``"undecided"`` (``separable`` None, see ``core.separability``).
        """
        degree = self._check(degree)
        with self._lock:
            known = self._separations.get(degree)
        if known is not None:
            return known
        if self.n_train == 0:
            raise ValueError("separability needs at least 1 training point, got 0")
        sep = find_separation(self.train_features(degree), self.labels_train, hint)
        self.remember(degree, sep)
        return sep

    def remember(self, degree: int, sep: Separation) -> None:
        """Cache a separability answer found elsewhere (say, by an unpenalized fit)."""
        with self._lock:
            self._separations[self._check(degree)] = sep

    def _check(self, degree: int) -> int:
        degree = check_plane_degree(degree)
        if degree > self.degree:
            raise ValueError(f"degree must be at most {self.degree} here, got {degree}")
        return degree


def prepare(
    table: PlaneTable,
    box: Box | None = None,
    basis: Basis = "monomial",
    degree: int = MAX_PLANE_DEGREE,
) -> PlaneDesign:
    """Lift every point of ``table`` to its features (see the module docstring).

    Parameters
    ----------
    table : PlaneTable
    box : Box, optional
        Mapped onto ``[-1, 1]^2``; defaults to ``Box()`` (the square itself).
    basis : {"monomial", "legendre"}
    degree : int, default MAX_PLANE_DEGREE
        The highest degree that fits on this design may use.
    """
    if not isinstance(table, PlaneTable):
        raise ValueError(f"table must be a PlaneTable, got {type(table).__name__}")
    box = Box() if box is None else box
    basis = check_basis(basis)
    degree = check_plane_degree(degree)
    z1, z2 = box.to_unit(table.x1, table.x2)
    phi = features(z1, z2, degree, basis)
    train_phi = np.asfortranarray(phi[~table.is_test])
    phi.flags.writeable = False
    train_phi.flags.writeable = False
    return PlaneDesign(table, box, basis, degree, phi, train_phi)


def prepare_from(design: PlaneDesign, table: PlaneTable) -> PlaneDesign:
    """The design of ``table`` (same box, basis and degree), reusing ``design``'s lifted rows.

    When ``table`` is ``design.table`` with points appended (a click) or its
    first points only (the click undone), only the new rows are lifted (or
    none); otherwise every point is, as `prepare` does. Each row's features
    depend on that point alone, so the result equals ``prepare(table, ...)``
    bit for bit.
    """
    if not isinstance(table, PlaneTable):
        raise ValueError(f"table must be a PlaneTable, got {type(table).__name__}")
    old, n_old, n_new = design.table, len(design.table), len(table)
    shared = min(n_old, n_new)

    def same_prefix() -> bool:
        return all(
            np.array_equal(a[:shared], b[:shared])
            for a, b in (
                (old.x1, table.x1),
                (old.x2, table.x2),
                (old.label, table.label),
                (old.is_test, table.is_test),
            )
        )

    if shared == 0 or not same_prefix():
        return prepare(table, design.box, design.basis, design.degree)
    if n_new <= n_old:
        phi = np.array(design.phi[:n_new])
    else:
        z1, z2 = design.box.to_unit(table.x1[n_old:], table.x2[n_old:])
        phi = np.vstack([design.phi, features(z1, z2, design.degree, design.basis)])
    train_phi = np.asfortranarray(phi[~table.is_test])
    phi.flags.writeable = False
    train_phi.flags.writeable = False
    return PlaneDesign(table, design.box, design.basis, design.degree, phi, train_phi)


@dataclass(frozen=True, eq=False)
class LogisticFit:
    """A fitted classifier and every number the lab shows about it.

    ``objective == data_term + l1_term + l2_term`` (empirical risk in nats plus
    penalties: structural risk), all for the objective with the user's
    ``l1, l2`` at `coef` (also when `fallback_l2` > 0, see `status`).
    Cross-entropies are ``data_term / ln 2`` style means in bits; test
    numbers are None without test points. Arrays over points follow the
    table's order (training and test points alike).

    Attributes
    ----------
    coef : ndarray, shape (n_features,)
        ``coef[k]`` multiplies the feature with exponents ``exponents[k]``.
    separable : bool or None
        Whether the training points are separable at this degree (so that
        no unpenalized minimizer exists); None if it was not asked for or the
        test could not decide.
    status : str
        ``core.logistic.SolveInfo.status``: "optimal", "separable" (no
        penalty, separable points), "one class", "iteration_limit" or
        "no_progress". With "separable" and "one class" `coef` minimizes the
        objective plus ``fallback_l2 * sum_k coef_k^2`` (all k).
    misclassified : ndarray of bool, shape (n_points,)
        Points whose predicted class (1 iff f > 0) differs from their label.
    probability : ndarray, shape (n_points,)
        p(class 1) at each point.
    """

    coef: FloatArray
    degree: int
    basis: Basis
    box: Box
    l1: float
    l2: float
    n_train: int
    n_test: int
    train_accuracy: float
    test_accuracy: float | None
    train_cross_entropy_bits: float
    test_cross_entropy_bits: float | None
    data_term: float
    l1_term: float
    l2_term: float
    objective: float
    n_zero: int
    max_abs_coef: float
    separable: bool | None
    status: Status
    n_iter: int
    kkt_residual: float
    kkt_tol: float
    fallback_l2: float
    misclassified: BoolArray = field(repr=False)
    probability: FloatArray = field(repr=False)

    @property
    def exponents(self) -> IntArray:
        """``(i, j)`` of each coefficient's feature, shape (n_features, 2)."""
        return exponents(self.degree)

    @property
    def labels(self) -> tuple[str, ...]:
        """A name for each coefficient's feature ("1", "x1", "x1^2 x2", ...)."""
        return feature_labels(self.degree, self.basis)

    @property
    def has_minimizer(self) -> bool:
        """False when no minimizer of the stated objective exists (the fallback is shown)."""
        return self.fallback_l2 == 0.0

    @property
    def certified(self) -> bool:
        """Whether the optimality conditions hold (for the objective actually minimized)."""
        return self.kkt_residual <= self.kkt_tol

    @property
    def message(self) -> str:
        """One plain sentence on how the fit ended (empty when it is the certified optimum)."""
        if self.status == "separable":
            return (
                "separable: without a penalty the weights grow without bound; shown is the fit "
                f"with a tiny ridge penalty {self.fallback_l2:g} on every weight"
            )
        if self.status == "one class":
            return (
                "one class only: the intercept grows without bound; shown is the fit "
                f"with a tiny ridge penalty {self.fallback_l2:g} on every weight"
            )
        if self.status == "iteration_limit":
            return f"stopped after {self.n_iter} Newton steps before the optimality test was met"
        if self.status == "no_progress":
            return "stopped where no step could lower the objective; optimality not certified"
        return ""

    def logit(self, x1: ArrayLike, x2: ArrayLike) -> FloatArray:
        """f at points of the plane."""
        z1, z2 = self.box.to_unit(x1, x2)
        return evaluate(self.coef, np.ravel(z1), np.ravel(z2), self.basis)

    def predict_proba(self, x1: ArrayLike, x2: ArrayLike) -> FloatArray:
        """p(class 1) at points of the plane."""
        return sigmoid(self.logit(x1, x2))

    def decision_map(
        self,
        x1_range: tuple[float, float] | None = None,
        x2_range: tuple[float, float] | None = None,
        n1: int = DEFAULT_GRID,
        n2: int = DEFAULT_GRID,
    ) -> DecisionMap:
        """f, p and the p = 1/2 boundary on a grid (``core.decision_map``); default: the box."""
        return decision_map(self.coef, self.basis, self.box, x1_range, x2_range, n1, n2)


def fit_design(
    design: PlaneDesign,
    degree: int,
    l1: float = 0.0,
    l2: float = 0.0,
    warm_start: ArrayLike | None = None,
    separability: bool = True,
) -> LogisticFit:
    """Fit the classifier of the module docstring on a prepared design.

    Parameters
    ----------
    design : PlaneDesign
        From `prepare`, with at least one training point.
    degree : int
        0 to ``design.degree``.
    l1, l2 : float
        Penalty strengths, finite and >= 0.
    warm_start : array_like, optional
        A nearby solution: the previous fit's coefficients at this degree or
        a lower one (padded with zeros: the features are in graded order).
        It only changes how fast the answer comes, never the answer.
    separability : bool, default True
        Whether to decide `LogisticFit.separable` when the fit itself does
        not (with a penalty and a fit that misclassifies some training
        point this costs an unpenalized test, cached per degree); False
        leaves it None then.

    Returns
    -------
    LogisticFit

    Raises
    ------
    ValueError
        For a degree above the design's, a bad strength, or no training points.
    """
    degree = design._check(degree)
    p = n_features(degree)
    phi = design.train_features(degree)
    t = design.labels_train
    if phi.shape[0] == 0:
        raise ValueError("cannot fit without training points (need at least 1, got 0)")
    start = None
    if warm_start is not None:
        given = np.asarray(warm_start, dtype=float).ravel()
        start = np.zeros(p)
        start[: min(p, given.size)] = given[:p]
    known = None
    if l1 == 0 and l2 == 0:
        with design._lock:
            known = design._separations.get(degree)
    coef, info = solve(phi, t, l1, l2, warm_start=start, known_separation=known)
    if info.separation is not None:
        design.remember(degree, info.separation)
    separable: bool | None
    if info.separation is not None:
        separable = info.separation.separable
    elif info.status == "one class" or separates(phi, t, coef):
        separable = True
    elif separability:
        separable = design.separation(degree, hint=coef).separable
    else:
        separable = None
    return _result(design, degree, coef, info, float(l1), float(l2), separable)


def _result(
    design: PlaneDesign,
    degree: int,
    coef: FloatArray,
    info: SolveInfo,
    l1: float,
    l2: float,
    separable: bool | None,
) -> LogisticFit:
    table = design.table
    f = design.phi[:, : coef.size] @ coef
    label = table.label
    predicted = (f > 0).astype(np.int64)
    misclassified = predicted != label
    losses = data_losses(f, label)
    train = ~table.is_test
    n_train, n_test = int(train.sum()), int((~train).sum())
    data_term = float(losses[train].mean())
    l1_term = l1 * float(np.abs(coef[1:]).sum())
    l2_term = l2 * float(coef[1:] @ coef[1:])
    misclassified.flags.writeable = False
    probability = sigmoid(f)
    probability.flags.writeable = False
    coef = coef.copy()
    coef.flags.writeable = False
    return LogisticFit(
        coef=coef,
        degree=degree,
        basis=design.basis,
        box=design.box,
        l1=l1,
        l2=l2,
        n_train=n_train,
        n_test=n_test,
        train_accuracy=1.0 - float(misclassified[train].mean()),
        test_accuracy=None if n_test == 0 else 1.0 - float(misclassified[~train].mean()),
        train_cross_entropy_bits=data_term / _LN2,
        test_cross_entropy_bits=None if n_test == 0 else float(losses[~train].mean()) / _LN2,
        data_term=data_term,
        l1_term=l1_term,
        l2_term=l2_term,
        objective=data_term + l1_term + l2_term,
        n_zero=int(np.count_nonzero(coef == 0.0)),
        max_abs_coef=float(np.max(np.abs(coef))),
        separable=separable,
        status=info.status,
        n_iter=info.n_iter,
        kkt_residual=info.kkt_residual,
        kkt_tol=info.kkt_tol,
        fallback_l2=info.fallback_l2,
        misclassified=misclassified,
        probability=probability,
    )


def fit(
    table: PlaneTable,
    degree: int,
    l1: float = 0.0,
    l2: float = 0.0,
    basis: Basis = "monomial",
    box: Box | None = None,
) -> LogisticFit:
    """Prepare ``table`` at ``degree`` and fit it once (see `fit_design`)."""
    degree = check_plane_degree(degree)
    return fit_design(prepare(table, box, basis, degree), degree, l1, l2)
