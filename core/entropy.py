"""Shannon entropy and the quantities around it, for the entropy calculator.

This module turns what a user types (probabilities, counts or a piece of
text) into a validated :class:`Distribution`, and computes from it the
entropy in bits, nats or hartleys, the maximum entropy ``log n``, the
efficiency, the perplexity, the surprisal of each outcome, the size of a
fixed-length binary code, an optimal (Huffman) prefix code, and the
cross-entropy and Kullback-Leibler divergence against a second
distribution. Throughout, ``0 log 0 = 0``: an outcome of probability zero
adds nothing to an entropy. It is pure numpy and standard library so that
the GUI, the command line and the tests share one implementation.
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

from core.graphemes import grapheme_clusters

__all__ = [
    "INPUT_ERROR_REASONS",
    "INPUT_KINDS",
    "MAX_OUTCOMES",
    "SUM_TOLERANCE",
    "TOKEN_EXCERPT",
    "UNITS",
    "Distribution",
    "Divergence",
    "EntropyInputError",
    "EntropySummary",
    "HuffmanCode",
    "align_by_label",
    "binary_entropy",
    "divergence",
    "efficiency",
    "entropy",
    "excerpt",
    "fixed_length_bits",
    "huffman_code",
    "max_entropy",
    "parse_counts",
    "parse_distribution",
    "parse_probabilities",
    "perplexity",
    "summarize",
    "surprisal",
    "text_frequencies",
]

Unit = Literal["bits", "nats", "hartleys"]
InputKind = Literal["probabilities", "counts", "characters", "words"]

#: Logarithm bases by unit name: bits use log2, nats ln, hartleys log10.
UNITS: dict[str, float] = {"bits": 2.0, "nats": math.e, "hartleys": 10.0}

#: What :func:`parse_distribution` accepts as ``kind``.
INPUT_KINDS: tuple[str, ...] = ("probabilities", "counts", "characters", "words")

#: Largest number of outcomes a parser accepts. Beyond this the panel's table
#: and chart stop being readable and live updates stop being instant.
MAX_OUTCOMES = 10_000

#: Values of :attr:`EntropyInputError.reason`.
INPUT_ERROR_REASONS: tuple[str, ...] = (
    "empty",
    "not_a_number",
    "not_finite",
    "negative",
    "not_integer",
    "zero_denominator",
    "all_zero",
    "too_many",
    "no_characters",
    "no_words",
)

#: Input whose total differs from 1 by more than this is reported as normalized.
SUM_TOLERANCE = 1e-9

#: Longest excerpt of a bad item quoted in an error message: a 5,000-digit
#: number must not make a 5 KB error line.
TOKEN_EXCERPT = 24

# Separators between numbers: ASCII and full-width commas and semicolons, the
# ideographic comma, and any whitespace (str.split's notion, which includes
# the ideographic space U+3000 and line breaks).
_SEPARATORS = re.compile(r"[\s,;，；、]+")
_DECIMAL = r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?"
_NUMBER = re.compile(rf"(?P<num>{_DECIMAL})(?:/(?P<den>{_DECIMAL}))?")
_NON_FINITE = re.compile(r"[+-]?(?:nan|inf|infinity)", re.IGNORECASE)

# CJK ideographs (URO, extension A, compatibility, extensions B onwards). Each
# one is its own "word" because the standard library has no Chinese segmenter.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
_WORD = re.compile(rf"[{_HAN}]|(?:(?![{_HAN}])[^\W_])+(?:['’](?:(?![{_HAN}])[^\W_])+)*")


class EntropyInputError(ValueError):
    """User input that cannot be read as a distribution.

    The message is one English sentence that names the offending item and
    where it is, fit to show as is on stderr. A translated interface builds
    its own sentence from ``reason``, ``token``, ``index`` and ``limit``.

    Attributes
    ----------
    reason : str
        What is wrong, one of :data:`INPUT_ERROR_REASONS`: ``"empty"``,
        ``"not_a_number"``, ``"not_finite"``, ``"negative"``,
        ``"not_integer"`` (a count that is not a whole number),
        ``"zero_denominator"``, ``"all_zero"``, ``"too_many"``,
        ``"no_characters"``, ``"no_words"``.
    token : str or None
        The offending item as typed, cut to :data:`TOKEN_EXCERPT` characters
        (ending in "…") when longer, or None when no single item is at fault
        (empty or all-zero input).
    index : int or None
        Zero-based position of ``token`` among the items (numbers, or text
        outcomes), or None.
    limit : int or None
        The outcome limit that was exceeded, for ``"too_many"``.
    """

    def __init__(
        self,
        message: str,
        *,
        reason: str,
        token: str | None = None,
        index: int | None = None,
        limit: int | None = None,
    ):
        if reason not in INPUT_ERROR_REASONS:
            raise ValueError(f"reason must be one of {INPUT_ERROR_REASONS}; got {reason!r}")
        super().__init__(message)
        self.reason = reason
        self.token = token
        self.index = index
        self.limit = limit


@dataclass(frozen=True, eq=False)
class Distribution:
    """A validated probability distribution over labelled outcomes.

    Attributes
    ----------
    labels : tuple of str, length n
        Outcome names: ``"1"`` .. ``"n"`` for numbers, the characters or
        words for text.
    values : ndarray of shape (n,)
        What the user gave: probabilities, counts or occurrence counts.
    probabilities : ndarray of shape (n,)
        ``values / values.sum()``; non-negative, sums to 1.
    kind : str
        One of :data:`INPUT_KINDS`.
    original_sum : float
        ``values.sum()`` before normalization; ``inf`` when the sum exceeds
        the largest float (the probabilities are still exact: the values are
        scaled by their maximum before they are summed).
    normalized : bool
        True when ``|original_sum - 1| > SUM_TOLERANCE``, i.e. the division
        by ``original_sum`` changed the numbers noticeably and a UI should
        say so.
    """

    labels: tuple[str, ...]
    values: NDArray[np.float64]
    probabilities: NDArray[np.float64]
    kind: str
    original_sum: float
    normalized: bool

    @property
    def n_outcomes(self) -> int:
        """Number of outcomes, zero-probability ones included."""
        return len(self.labels)


@dataclass(frozen=True)
class HuffmanCode:
    """A binary Huffman code for a distribution, aligned with its outcomes.

    Attributes
    ----------
    code_words : tuple of (str or None), length n
        Each outcome's code word as a string of ``'0'`` and ``'1'``; None for
        an outcome of probability zero, which never has to be sent.
    lengths : tuple of int, length n
        ``len(code_words[i])``, and 0 where the code word is None.
    mean_length : float
        ``L = sum_i p_i * lengths[i]`` in bits per outcome.
    """

    code_words: tuple[str | None, ...]
    lengths: tuple[int, ...]
    mean_length: float


@dataclass(frozen=True, eq=False)
class EntropySummary:
    """Every single-distribution quantity the calculator shows.

    Attributes
    ----------
    unit : str
        Unit of ``entropy``, ``max_entropy`` and ``surprisal``.
    n_outcomes : int
        Number of outcomes n, zero-probability ones included.
    entropy : float
        ``H = -sum_i p_i log p_i`` in ``unit``.
    entropy_bits : float
        The same entropy in bits, the scale of the Huffman bound.
    max_entropy : float
        ``log n`` in ``unit``.
    efficiency : float
        ``H / log n`` in [0, 1] (1 when n = 1); unit-free.
    perplexity : float
        ``2 ** H_bits``; unit-free.
    surprisal : ndarray of shape (n,)
        ``-log p_i`` in ``unit``; ``inf`` where ``p_i = 0``.
    fixed_length_bits : int
        ``ceil(log2 n)``.
    huffman : HuffmanCode
        An optimal prefix code; ``H_bits <= huffman.mean_length < H_bits + 1``
        when at least two outcomes are possible.
    """

    unit: str
    n_outcomes: int
    entropy: float
    entropy_bits: float
    max_entropy: float
    efficiency: float
    perplexity: float
    surprisal: NDArray[np.float64]
    fixed_length_bits: int
    huffman: HuffmanCode


@dataclass(frozen=True)
class Divergence:
    """Cross-entropy and KL divergence of a model q against the true p.

    Attributes
    ----------
    cross_entropy : float
        ``H(p, q) = -sum_i p_i log q_i`` in ``unit``; ``inf`` when q rules
        out an outcome that p allows.
    kl_divergence : float
        ``KL(p || q) = sum_i p_i log(p_i / q_i) = H(p, q) - H(p)`` in
        ``unit``; ``inf`` in the same case.
    unit : str
        Unit of both numbers.
    infinite_at : tuple of int
        Indices i with ``q_i = 0 < p_i``: the reason the results are
        infinite. Empty when they are finite.
    infinite_reason : str or None
        One sentence saying why the results are infinite, or None.
    """

    cross_entropy: float
    kl_divergence: float
    unit: str
    infinite_at: tuple[int, ...]
    infinite_reason: str | None


# ---------------------------------------------------------------------------
# Argument checks shared by the public functions


def _check_unit(unit: str) -> str:
    if unit not in UNITS:
        allowed = ", ".join(repr(u) for u in UNITS)
        raise ValueError(f"unit must be one of {allowed}; got {unit!r}")
    return unit


def _check_n(n: int, name: str = "n") -> int:
    if isinstance(n, bool) or not isinstance(n, int | np.integer) or n < 1:
        raise ValueError(f"{name} must be an integer >= 1; got {n!r}")
    return int(n)


def _scaled_sum(arr: NDArray[np.float64]) -> tuple[float, float]:
    """``(m, s)`` with ``sum(arr) = m * s``: ``m = max(arr)``, ``s = fsum(arr / m)``.

    Dividing by the largest value first keeps the sum finite (``1e308 1e308``
    would overflow) and loses nothing: the probabilities need only ``s``.
    """
    m = float(np.max(arr)) if arr.size else 0.0
    if m == 0.0:
        return 0.0, 0.0
    return m, math.fsum((arr / m).tolist())


def _as_probabilities(p: ArrayLike, name: str = "p") -> NDArray[np.float64]:
    """Return ``p`` as a float array after checking that it is a distribution."""
    arr = np.asarray(p, dtype=float)
    if arr.ndim != 1 or arr.size == 0:
        raise ValueError(
            f"{name} must be a non-empty 1-D sequence of probabilities; got shape {arr.shape}"
        )
    bad = np.flatnonzero(~np.isfinite(arr) | (arr < 0))
    if bad.size:
        i = int(bad[0])
        raise ValueError(f"{name}[{i}] = {arr[i]!r} is not allowed; probabilities lie in [0, 1]")
    m, scaled = _scaled_sum(arr)
    total = m * scaled  # inf when the sum itself overflows: refused below
    if abs(total - 1.0) > SUM_TOLERANCE:
        raise ValueError(
            f"{name} sums to {total!r}; it must sum to 1 within {SUM_TOLERANCE:g} "
            "(divide it by its sum first)"
        )
    return arr


def _log(x: NDArray[np.float64] | float, unit: str) -> NDArray[np.float64]:
    # Base-specific logs keep exact cases exact: log2(1/8) is -3, whereas
    # ln(1/8) / ln(2) rounds to -2.9999999999999996.
    if unit == "bits":
        return np.log2(x)
    if unit == "hartleys":
        return np.log10(x)
    return np.log(x)


def _probabilities_and_logs(
    values: NDArray[np.float64], unit: str
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """``p = values / sum(values)`` and ``log_b p`` (``-inf`` where p = 0).

    An outcome with p > 1/2 takes its log from its complement, which the
    other values give exactly: ``log p = log1p(-(sum of the others) / sum)``.
    Rounding p = 1 - 1e-12 to a double first would cost it four digits.
    """
    m, total = _scaled_sum(values)
    scaled = values / m
    p = scaled / total
    with np.errstate(divide="ignore"):
        logs = _log(p, unit)
    top = int(np.argmax(values))
    # fsum of everything minus the top (scaled to 1): the others' total, exactly rounded.
    rest = math.fsum([*scaled.tolist(), -1.0]) / total
    if rest < 0.5:
        logs[top] = math.log1p(-rest) / math.log(UNITS[unit])
    return p, logs


def _entropy_from(values: NDArray[np.float64], unit: str) -> float:
    p, logs = _probabilities_and_logs(values, unit)
    positive = p > 0  # 0 log 0 = 0: zero-probability outcomes add nothing
    h = -math.fsum((p[positive] * logs[positive]).tolist())
    # Rounding can leave H a hair outside [0, log n], where it cannot be
    # mathematically; clipping keeps efficiency <= 100 % on screen.
    # + 0.0 turns the -0.0 of a sure outcome into 0.0.
    return min(max(h, 0.0), float(_log(float(p.size), unit))) + 0.0


def _efficiency_from(values: NDArray[np.float64]) -> float:
    if values.size == 1:
        return 1.0
    return min(_entropy_from(values, "nats") / math.log(values.size), 1.0)


def _surprisal_from(values: NDArray[np.float64], unit: str) -> NDArray[np.float64]:
    return -_probabilities_and_logs(values, unit)[1] + 0.0  # + 0.0: no -0.0 for p_i = 1


# ---------------------------------------------------------------------------
# Single-distribution quantities


def entropy(p: ArrayLike, unit: Unit = "bits") -> float:
    """Shannon entropy of a distribution.

    ``H(p) = -sum_i p_i log_b p_i`` with ``b = 2`` (bits), ``e`` (nats) or
    ``10`` (hartleys), and ``0 log 0 = 0``.

    Parameters
    ----------
    p : array_like of shape (n,)
        Probabilities: finite, non-negative, summing to 1 within
        :data:`SUM_TOLERANCE`.
    unit : {"bits", "nats", "hartleys"}
        Unit of the result.

    Returns
    -------
    float
        ``H`` in ``unit``, in ``[0, log_b n]``.

    Raises
    ------
    ValueError
        If ``p`` is not a distribution or ``unit`` is unknown.
    """
    return _entropy_from(_as_probabilities(p), _check_unit(unit))


def max_entropy(n: int, unit: Unit = "bits") -> float:
    """Largest entropy of a distribution over ``n`` outcomes.

    ``H_max = log_b n``, reached by the uniform distribution ``p_i = 1/n``.

    Parameters
    ----------
    n : int
        Number of outcomes, ``n >= 1``.
    unit : {"bits", "nats", "hartleys"}
        Unit of the result.

    Returns
    -------
    float
        ``log_b n`` (0 for ``n = 1``).
    """
    return float(_log(float(_check_n(n)), _check_unit(unit)))


def efficiency(p: ArrayLike) -> float:
    """Entropy as a fraction of the largest entropy for the same number of outcomes.

    ``eta = H(p) / log n``, the same in every unit. For ``n = 1`` both are
    0; we define ``eta = 1`` there, because the distribution already has as
    much entropy as one outcome allows.

    Parameters
    ----------
    p : array_like of shape (n,)
        Probabilities summing to 1; zero entries count towards ``n``.

    Returns
    -------
    float
        ``eta`` in [0, 1].
    """
    return _efficiency_from(_as_probabilities(p))


def perplexity(p: ArrayLike) -> float:
    """Effective number of equally likely outcomes.

    ``PP = 2 ** H_bits = e ** H_nats``: a distribution with perplexity k is
    as uncertain as a fair k-sided die. It ranges over ``[1, n]``.

    Parameters
    ----------
    p : array_like of shape (n,)
        Probabilities summing to 1.

    Returns
    -------
    float
        ``PP``.
    """
    return 2.0 ** _entropy_from(_as_probabilities(p), "bits")


def surprisal(p: ArrayLike, unit: Unit = "bits") -> NDArray[np.float64]:
    """Information content of each outcome.

    ``I_i = -log_b p_i``; an impossible outcome (``p_i = 0``) would be
    infinitely surprising and gets ``inf``, which callers must show as
    such. ``H = sum_i p_i I_i`` is the mean surprisal.

    Parameters
    ----------
    p : array_like of shape (n,)
        Probabilities summing to 1.
    unit : {"bits", "nats", "hartleys"}
        Unit of the result.

    Returns
    -------
    ndarray of shape (n,)
        ``I_i >= 0``, possibly ``inf``.
    """
    return _surprisal_from(_as_probabilities(p), _check_unit(unit))


def fixed_length_bits(n: int) -> int:
    """Length of the shortest fixed-length binary code for ``n`` outcomes.

    ``k`` binary digits tell ``2**k`` values apart, so ``n`` outcomes need
    ``k = ceil(log2 n)`` digits. One outcome needs none (``k = 0``).

    Parameters
    ----------
    n : int
        Number of outcomes, ``n >= 1``.

    Returns
    -------
    int
        ``ceil(log2 n)``, computed exactly on integers.
    """
    return (_check_n(n) - 1).bit_length()


def huffman_code(p: ArrayLike) -> HuffmanCode:
    """Optimal binary prefix code for a distribution (Huffman's algorithm).

    Repeatedly merges the two least likely nodes; the first node taken
    gets the digit ``'0'``, the second ``'1'``. The mean length
    ``L = sum_i p_i l_i`` is the smallest of all prefix codes and satisfies
    ``H_bits <= L < H_bits + 1``.

    Conventions:

    - Ties between equal probabilities go to the earlier outcome first,
      and merged nodes come after every leaf of the same weight, in the
      order they were made; so the code is the same on every run.
    - Outcomes with ``p_i = 0`` get no code word (None, length 0): they
      never occur, and giving them one would lengthen another code word.
    - When only one outcome is possible it gets the one-bit word ``"0"``,
      so that every occurrence still emits a digit; then ``L = 1 = H + 1``,
      the one case where the upper bound is not strict. (The fixed-length
      size :func:`fixed_length_bits` of one outcome is 0, by its formula.)

    Parameters
    ----------
    p : array_like of shape (n,)
        Probabilities summing to 1.

    Returns
    -------
    HuffmanCode
        Code words and lengths aligned with ``p``, and ``L`` in bits.
    """
    arr = _as_probabilities(p)
    n = arr.size
    positive = [int(i) for i in np.flatnonzero(arr > 0)]
    words: list[str | None] = [None] * n
    if len(positive) == 1:
        words[positive[0]] = "0"
    else:
        # Nodes are leaves 0..n-1 and merged nodes n, n+1, ...; children[k]
        # holds the two nodes merged into node k.
        heap = [(float(arr[i]), i) for i in positive]
        heapq.heapify(heap)
        children: dict[int, tuple[int, int]] = {}
        next_node = n
        while len(heap) > 1:
            w0, a = heapq.heappop(heap)
            w1, b = heapq.heappop(heap)
            children[next_node] = (a, b)
            heapq.heappush(heap, (w0 + w1, next_node))
            next_node += 1
        # Walk the tree without recursion: skewed distributions make it deep.
        stack = [(heap[0][1], "")]
        while stack:
            node, prefix = stack.pop()
            if node < n:
                words[node] = prefix
            else:
                a, b = children[node]
                stack.append((a, prefix + "0"))
                stack.append((b, prefix + "1"))
    lengths = tuple(0 if w is None else len(w) for w in words)
    mean = math.fsum(float(arr[i]) * lengths[i] for i in range(n))
    return HuffmanCode(code_words=tuple(words), lengths=lengths, mean_length=mean)


def binary_entropy(p: ArrayLike, unit: Unit = "bits") -> NDArray[np.float64] | float:
    """Entropy of a coin that shows heads with probability ``p``.

    ``H_b(p) = -p log p - (1 - p) log(1 - p)``, with ``H_b(0) = H_b(1) = 0``
    and the maximum ``log 2`` at ``p = 1/2``.

    Parameters
    ----------
    p : float or array_like
        Probability or probabilities in [0, 1].
    unit : {"bits", "nats", "hartleys"}
        Unit of the result.

    Returns
    -------
    float or ndarray
        ``H_b(p)``, a float for scalar input, else an array of ``p``'s shape.
    """
    _check_unit(unit)
    arr = np.asarray(p, dtype=float)
    if not np.all(np.isfinite(arr) & (arr >= 0) & (arr <= 1)):
        bad = arr[~(np.isfinite(arr) & (arr >= 0) & (arr <= 1))].flat[0]
        raise ValueError(f"p must lie in [0, 1]; got {bad!r}")
    q = 1.0 - arr
    with np.errstate(divide="ignore", invalid="ignore"):
        # where() drops the 0 * -inf = nan terms: 0 log 0 = 0.
        h = -np.where(arr > 0, arr * _log(arr, unit), 0.0) - np.where(q > 0, q * _log(q, unit), 0.0)
    h = np.clip(h, 0.0, float(_log(2.0, unit))) + 0.0  # + 0.0 turns -0.0 into 0.0
    return float(h) if h.ndim == 0 else h


def summarize(p: ArrayLike | Distribution, unit: Unit = "bits") -> EntropySummary:
    """Compute every single-distribution quantity at once.

    Parameters
    ----------
    p : Distribution or array_like of shape (n,)
        A parsed distribution, or probabilities summing to 1.
    unit : {"bits", "nats", "hartleys"}
        Unit of the entropy, maximum entropy and surprisal.

    Returns
    -------
    EntropySummary
        See its attributes for the formulas.
    """
    probs = p.probabilities if isinstance(p, Distribution) else p
    arr = _as_probabilities(probs)
    _check_unit(unit)
    # A parsed distribution keeps what the user gave (counts, exact fractions):
    # the complement of a near-certain outcome is exact there, not in arr.
    values = arr
    if isinstance(p, Distribution):
        given = np.asarray(p.values, dtype=float)
        if given.shape == arr.shape and np.all(np.isfinite(given) & (given >= 0)) and given.any():
            values = given
    n = arr.size
    h_bits = _entropy_from(values, "bits")
    return EntropySummary(
        unit=unit,
        n_outcomes=n,
        entropy=_entropy_from(values, unit),
        entropy_bits=h_bits,
        max_entropy=max_entropy(n, unit),
        efficiency=_efficiency_from(values),
        perplexity=2.0**h_bits,
        surprisal=_surprisal_from(values, unit),
        fixed_length_bits=fixed_length_bits(n),
        huffman=huffman_code(arr),
    )


# ---------------------------------------------------------------------------
# Two distributions


def divergence(
    p: ArrayLike,
    q: ArrayLike,
    unit: Unit = "bits",
    labels: Sequence[str] | None = None,
) -> Divergence:
    """Cross-entropy ``H(p, q)`` and KL divergence ``KL(p || q)``.

    ``H(p, q) = -sum_i p_i log q_i`` is the mean code length (in ``unit``)
    when outcomes drawn from p are coded with a code built for q;
    ``KL(p || q) = sum_i p_i log(p_i / q_i) = H(p, q) - H(p) >= 0`` is the
    excess over the best possible, ``H(p)``. Terms with ``p_i = 0`` are 0
    whatever ``q_i`` is. If ``q_i = 0 < p_i`` both are ``inf`` and the
    result says at which outcomes.

    Parameters
    ----------
    p : array_like of shape (n,)
        True distribution, summing to 1.
    q : array_like of shape (n,)
        Model distribution, summing to 1.
    unit : {"bits", "nats", "hartleys"}
        Unit of the results.
    labels : sequence of str of length n, optional
        Outcome names used in ``infinite_reason``; default ``"1"`` .. ``"n"``.

    Returns
    -------
    Divergence
    """
    pa = _as_probabilities(p, "p")
    qa = _as_probabilities(q, "q")
    _check_unit(unit)
    if qa.size != pa.size:
        raise ValueError(
            f"q has {qa.size} outcomes but p has {pa.size}; both must have the same number"
        )
    if labels is not None and len(labels) != pa.size:
        raise ValueError(f"labels has {len(labels)} entries; it must have {pa.size}, one per p")
    support = pa > 0
    ruled_out = np.flatnonzero(support & (qa == 0))
    if ruled_out.size:
        i = int(ruled_out[0])
        name = labels[i] if labels is not None else str(i + 1)
        more = f" (and {ruled_out.size - 1} more)" if ruled_out.size > 1 else ""
        reason = (
            f"q gives outcome {name!r}{more} probability 0 although p gives it "
            f"{pa[i]:.4g}, so coding it with q would take infinitely many {unit}."
        )
        return Divergence(math.inf, math.inf, unit, tuple(int(j) for j in ruled_out), reason)
    p_norm, log_p = _probabilities_and_logs(pa, unit)
    log_q = _probabilities_and_logs(qa, unit)[1]
    ps = p_norm[support]
    cross = -math.fsum((ps * log_q[support]).tolist())
    kl = math.fsum((ps * (log_p[support] - log_q[support])).tolist())
    # Gibbs' inequality makes both non-negative; rounding may not.
    return Divergence(max(cross, 0.0), max(kl, 0.0), unit, (), None)


def align_by_label(p: Distribution, q: Distribution) -> tuple[Distribution, Distribution]:
    """Put two distributions on the same outcomes, matched by label.

    The joint outcomes are p's labels in order, then the labels only q has.
    A label missing from one side gets probability 0 there. This is how two
    texts are compared character by character or word by word.

    Parameters
    ----------
    p, q : Distribution
        Distributions whose labels name their outcomes.

    Returns
    -------
    (Distribution, Distribution)
        ``p`` and ``q`` over the joint labels, with the same ``kind``,
        ``original_sum`` and ``normalized`` as before.
    """
    labels = list(p.labels) + [lab for lab in q.labels if lab not in set(p.labels)]

    def spread(d: Distribution) -> Distribution:
        where = {lab: i for i, lab in enumerate(d.labels)}
        values = np.array([d.values[where[lab]] if lab in where else 0.0 for lab in labels])
        probs = np.array([d.probabilities[where[lab]] if lab in where else 0.0 for lab in labels])
        return Distribution(
            tuple(labels),
            _frozen(values),
            _frozen(probs),
            d.kind,
            d.original_sum,
            d.normalized,
        )

    return spread(p), spread(q)


# ---------------------------------------------------------------------------
# Parsing user input


def _frozen(arr: NDArray[np.float64]) -> NDArray[np.float64]:
    arr.setflags(write=False)
    return arr


def _ordinal(i: int) -> str:
    return f"item {i + 1}"


def excerpt(token: str) -> str:
    """``token``, or its first characters and "…" when it is longer than :data:`TOKEN_EXCERPT`.

    What error messages quote of an item the user typed.
    """
    return token if len(token) <= TOKEN_EXCERPT else token[: TOKEN_EXCERPT - 1] + "…"


def _quote(token: str) -> str:
    """``token`` quoted for a message, an excerpt with its length when long."""
    if len(token) <= TOKEN_EXCERPT:
        return repr(token)
    return f"{excerpt(token)!r} ({len(token):,} characters)"


def _parse_number(token: str, index: int, what: str, whole: bool = False) -> float:
    """Read one decimal or fraction, or raise an error naming ``token``.

    With ``whole`` the value must be a whole number (counts).
    """
    where = f"{_ordinal(index).capitalize()}, {_quote(token)},"
    token_excerpt = excerpt(token)
    if _NON_FINITE.fullmatch(token):
        raise EntropyInputError(
            f"{where} is not a finite number; {what} must be ordinary numbers.",
            reason="not_finite",
            token=token_excerpt,
            index=index,
        )
    match = _NUMBER.fullmatch(token)
    if match is None:
        raise EntropyInputError(
            f"{where} is not a number; write a decimal such as 0.25 or a fraction such as 1/4.",
            reason="not_a_number",
            token=token_excerpt,
            index=index,
        )
    num = float(match["num"])
    den = 1.0 if match["den"] is None else float(match["den"])
    if den == 0:
        raise EntropyInputError(
            f"{where} divides by zero.", reason="zero_denominator", token=token_excerpt, index=index
        )
    value = num / den
    if not math.isfinite(value):
        raise EntropyInputError(
            f"{where} is too large to be a finite number; {what} must be ordinary numbers.",
            reason="not_finite",
            token=token_excerpt,
            index=index,
        )
    if value < 0:
        raise EntropyInputError(
            f"{where} is negative; {what} must be 0 or more.",
            reason="negative",
            token=token_excerpt,
            index=index,
        )
    if whole and not value.is_integer():
        raise EntropyInputError(
            f"{where} is not a whole number, and {what} are whole numbers (enter weights or "
            "proportions as probabilities, which are divided by their sum too).",
            reason="not_integer",
            token=token_excerpt,
            index=index,
        )
    return value + 0.0  # -0 and 0 read the same


def _check_max_outcomes(max_outcomes: int) -> int:
    return _check_n(max_outcomes, "max_outcomes")


def _from_values(values: list[float], labels: tuple[str, ...], kind: str) -> Distribution:
    arr = np.array(values, dtype=float)
    m, scaled = _scaled_sum(arr)
    total = m * scaled  # inf if the sum exceeds the largest float; the division below does not
    return Distribution(
        labels=labels,
        values=_frozen(arr),
        probabilities=_frozen((arr / m) / scaled),
        kind=kind,
        original_sum=total,
        normalized=abs(total - 1.0) > SUM_TOLERANCE,
    )


def _parse_numbers(text: str, kind: str, what: str, max_outcomes: int) -> Distribution:
    max_outcomes = _check_max_outcomes(max_outcomes)
    # NFKC turns full-width digits, slashes and punctuation typed with a
    # Chinese input method into their ASCII forms.
    tokens = [t for t in _SEPARATORS.split(unicodedata.normalize("NFKC", text)) if t]
    if not tokens:
        raise EntropyInputError(
            f"The input is empty; type one or more {what} separated by spaces or commas.",
            reason="empty",
        )
    if len(tokens) > max_outcomes:
        raise EntropyInputError(
            f"{_ordinal(max_outcomes).capitalize()}, {_quote(tokens[max_outcomes])}, goes over "
            f"the limit of {max_outcomes:,} outcomes; merge or drop some.",
            reason="too_many",
            token=excerpt(tokens[max_outcomes]),
            index=max_outcomes,
            limit=max_outcomes,
        )
    values = [_parse_number(t, i, what, whole=kind == "counts") for i, t in enumerate(tokens)]
    if not any(v > 0 for v in values):
        raise EntropyInputError(
            f"The {what} are all zero, so no outcome can happen; make at least one positive.",
            reason="all_zero",
        )
    labels = tuple(str(i + 1) for i in range(len(values)))
    return _from_values(values, labels, kind)


def parse_probabilities(text: str, max_outcomes: int = MAX_OUTCOMES) -> Distribution:
    """Read probabilities typed by a user.

    Items are decimals (``0.25``, ``.5``, ``1e-3``) or fractions (``1/3``),
    separated by any mix of commas, semicolons (ASCII or full-width),
    ideographic commas, spaces and line breaks; repeated separators count as
    one. Zeros are allowed. Items need not sum to 1 (and need not be <= 1):
    they are divided by their sum, and the result's ``normalized`` flag and
    ``original_sum`` tell when that changed them by more than
    :data:`SUM_TOLERANCE`.

    Parameters
    ----------
    text : str
        The user's input.
    max_outcomes : int
        Largest number of items accepted.

    Returns
    -------
    Distribution
        With labels ``"1"`` .. ``"n"`` and ``kind="probabilities"``.

    Raises
    ------
    EntropyInputError
        For empty input, an item that is not a number, negative, not
        finite or a fraction over zero, all items zero, or too many items.
    """
    return _parse_numbers(text, "probabilities", "probabilities", max_outcomes)


def parse_counts(text: str, max_outcomes: int = MAX_OUTCOMES) -> Distribution:
    """Read counts (how often each outcome occurred) and normalize them.

    The syntax is that of :func:`parse_probabilities`; ``p_i = c_i / sum_j c_j``.
    Counts are whole numbers: ``12``, ``1e3`` and ``6/2`` are accepted, ``2.5``
    is refused (reason ``"not_integer"``), since weights and proportions are
    what :func:`parse_probabilities` reads (it divides them by their sum
    too), and a fraction typed as a count is more likely a slip than a count.

    Parameters
    ----------
    text : str
        The user's input.
    max_outcomes : int
        Largest number of items accepted.

    Returns
    -------
    Distribution
        With labels ``"1"`` .. ``"n"`` and ``kind="counts"``.

    Raises
    ------
    EntropyInputError
        As :func:`parse_probabilities`, and for a count that is not a whole
        number.
    """
    return _parse_numbers(text, "counts", "counts", max_outcomes)


def text_frequencies(
    text: str,
    unit_of_text: Literal["characters", "words"] = "characters",
    *,
    include_whitespace: bool = False,
    max_outcomes: int = MAX_OUTCOMES,
) -> Distribution:
    """Relative frequencies of the characters or words of a text.

    The text is first put in Unicode normal form NFC; a character is then
    what a reader sees as one (an extended grapheme cluster, see
    :mod:`core.graphemes`): a letter with its accents, an emoji with its skin
    tone, a flag, a family of people joined by zero-width joiners and a
    Chinese character each count once.

    - ``"characters"``: every character counts, punctuation included.
      Whitespace (spaces, tabs, line breaks) does not, unless
      ``include_whitespace``: in a text box it is mostly layout, and Chinese
      text uses none.
    - ``"words"``: a word is a run of letters and digits, possibly joined by
      apostrophes (``don't``), compared case-insensitively (``The`` =
      ``the``). Each CJK ideograph is a word of its own, since telling
      Chinese words apart needs a dictionary. Punctuation is not counted.

    Outcomes are listed in order of first appearance; ``values`` holds the
    counts.

    Parameters
    ----------
    text : str
        The text.
    unit_of_text : {"characters", "words"}
        What to count.
    include_whitespace : bool
        Count whitespace characters too (``"characters"`` only).
    max_outcomes : int
        Largest number of distinct outcomes accepted.

    Returns
    -------
    Distribution
        With the characters or words as labels and ``kind`` equal to
        ``unit_of_text``.

    Raises
    ------
    EntropyInputError
        If nothing is left to count, or there are more than
        ``max_outcomes`` distinct outcomes.
    ValueError
        If ``unit_of_text`` is not one of the two allowed values.
    """
    if unit_of_text not in ("characters", "words"):
        raise ValueError(f"unit_of_text must be 'characters' or 'words'; got {unit_of_text!r}")
    max_outcomes = _check_max_outcomes(max_outcomes)
    text = unicodedata.normalize("NFC", text)
    if unit_of_text == "characters":
        items = [c for c in grapheme_clusters(text) if include_whitespace or not c.isspace()]
    else:
        items = [m.group().casefold() for m in _WORD.finditer(text)]
    if not items:
        if unit_of_text == "characters":
            raise EntropyInputError(
                "The text has no characters to count (spaces and line breaks do not count).",
                reason="no_characters",
            )
        raise EntropyInputError(
            "The text has no words to count; type some letters or digits.", reason="no_words"
        )
    counts: dict[str, int] = {}
    for item in items:
        if item not in counts and len(counts) == max_outcomes:
            noun = "character" if unit_of_text == "characters" else "word"
            raise EntropyInputError(
                f"The {noun} {_quote(item)} is distinct {noun} number {max_outcomes + 1:,}, "
                f"over the limit of {max_outcomes:,}; shorten the text.",
                reason="too_many",
                token=excerpt(item),
                index=max_outcomes,
                limit=max_outcomes,
            )
        counts[item] = counts.get(item, 0) + 1
    return _from_values([float(c) for c in counts.values()], tuple(counts), unit_of_text)


def parse_distribution(
    text: str, kind: InputKind = "probabilities", max_outcomes: int = MAX_OUTCOMES
) -> Distribution:
    """Read ``text`` as the given kind of input.

    Parameters
    ----------
    text : str
        The user's input.
    kind : {"probabilities", "counts", "characters", "words"}
        How to read it: :func:`parse_probabilities`, :func:`parse_counts`,
        or :func:`text_frequencies` of characters or words.
    max_outcomes : int
        Largest number of outcomes accepted.

    Returns
    -------
    Distribution

    Raises
    ------
    EntropyInputError
        If the input cannot be read; the message says why.
    ValueError
        If ``kind`` is unknown.
    """
    if kind == "probabilities":
        return parse_probabilities(text, max_outcomes)
    if kind == "counts":
        return parse_counts(text, max_outcomes)
    if kind in ("characters", "words"):
        return text_frequencies(text, kind, max_outcomes=max_outcomes)
    allowed = ", ".join(repr(k) for k in INPUT_KINDS)
    raise ValueError(f"kind must be one of {allowed}; got {kind!r}")
