"""Tests of core.entropy: against scipy, by properties, on hand-worked cases and bad input."""

from __future__ import annotations

import math

import mpmath
import numpy as np
import pytest
import scipy.stats
from hypothesis import given, settings
from hypothesis import strategies as st

from core import entropy as ent

BASES = {"bits": 2.0, "nats": math.e, "hartleys": 10.0}


def _random_distributions(seed: int, count: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(count):
        n = int(rng.integers(1, 40))
        p = rng.dirichlet(np.full(n, rng.uniform(0.1, 3.0)))
        # Some exact zeros, to exercise 0 log 0 = 0.
        p[rng.random(n) < 0.2] = 0.0
        if p.sum() == 0:
            p[0] = 1.0
        out.append(p / p.sum())
    return out


# Integer counts keep every positive probability >= 1/(1000 n), so H is never
# swamped by rounding next to L (which matters for the strict L < H + 1).
counts_lists = st.lists(st.integers(0, 1000), min_size=1, max_size=60).filter(lambda c: sum(c) > 0)


def _normalize(counts: list[int]) -> np.ndarray:
    arr = np.array(counts, dtype=float)
    return arr / arr.sum()


# --- against an independent reference -----------------------------------------


@pytest.mark.parametrize("unit", list(BASES))
def test_entropy_matches_scipy_on_random_distributions(unit):
    for p in _random_distributions(seed=1, count=200):
        expected = scipy.stats.entropy(p, base=BASES[unit])
        assert ent.entropy(p, unit) == pytest.approx(expected, rel=1e-12, abs=1e-12)


@pytest.mark.parametrize("unit", list(BASES))
def test_divergence_matches_scipy_on_random_distributions(unit):
    rng = np.random.default_rng(2)
    for p in _random_distributions(seed=3, count=100):
        q = rng.dirichlet(np.ones(p.size))
        result = ent.divergence(p, q, unit)
        kl = scipy.stats.entropy(p, q, base=BASES[unit])
        assert result.kl_divergence == pytest.approx(kl, rel=1e-10, abs=1e-12)
        assert result.cross_entropy == pytest.approx(
            kl + scipy.stats.entropy(p, base=BASES[unit]), rel=1e-10, abs=1e-12
        )
        assert result.infinite_at == ()
        assert result.infinite_reason is None


def test_binary_entropy_matches_scipy():
    for p in np.linspace(0.0, 1.0, 101):
        for unit, base in BASES.items():
            expected = scipy.stats.entropy([p, 1 - p], base=base)
            assert ent.binary_entropy(p, unit) == pytest.approx(expected, abs=1e-12)
    curve = ent.binary_entropy(np.array([0.0, 0.5, 1.0]))
    assert curve.tolist() == [0.0, 1.0, 0.0]


# --- properties -----------------------------------------------------------------


@given(counts_lists, st.sampled_from(list(BASES)))
def test_entropy_lies_between_zero_and_log_n(counts, unit):
    p = _normalize(counts)
    h = ent.entropy(p, unit)
    assert 0.0 <= h <= ent.max_entropy(p.size, unit)


@given(counts_lists, st.randoms(use_true_random=False))
def test_entropy_is_invariant_under_permutation(counts, rnd):
    p = _normalize(counts)
    shuffled = p.copy()
    rnd.shuffle(shuffled)
    assert ent.entropy(shuffled) == pytest.approx(ent.entropy(p), rel=1e-12, abs=1e-12)
    code = ent.huffman_code(shuffled)
    assert code.mean_length == pytest.approx(ent.huffman_code(p).mean_length, rel=1e-12)


@given(st.integers(1, 2000), st.sampled_from(list(BASES)))
def test_uniform_distribution_reaches_log_n(n, unit):
    p = np.full(n, 1.0 / n)
    assert ent.entropy(p, unit) == pytest.approx(math.log(n, BASES[unit]), rel=1e-12, abs=1e-15)
    assert ent.efficiency(p) == pytest.approx(1.0, rel=1e-12)
    assert ent.perplexity(p) == pytest.approx(n, rel=1e-9)


@given(counts_lists)
def test_huffman_code_is_prefix_free_and_meets_kraft_with_equality(counts):
    p = _normalize(counts)
    code = ent.huffman_code(p)
    words = [w for w in code.code_words if w is not None]
    # Only outcomes that can happen get a code word.
    assert len(words) == int(np.count_nonzero(p))
    assert all(set(w) <= {"0", "1"} and w for w in words)
    for i, a in enumerate(words):
        for j, b in enumerate(words):
            if i != j:
                assert not b.startswith(a), (a, b)
    assert [len(w) if w is not None else 0 for w in code.code_words] == list(code.lengths)
    if len(words) > 1:
        assert math.fsum(2.0 ** -len(w) for w in words) == 1.0
    else:
        assert words == ["0"]


@given(counts_lists)
def test_huffman_mean_length_within_one_bit_of_entropy(counts):
    p = _normalize(counts)
    h = ent.entropy(p, "bits")
    length = ent.huffman_code(p).mean_length
    if np.count_nonzero(p) > 1:
        assert h - 1e-12 <= length < h + 1
    else:
        # The documented edge case: one possible outcome, one-bit word.
        assert h == 0.0
        assert length == 1.0


@given(counts_lists, st.sampled_from(list(BASES)))
def test_summary_agrees_with_the_single_functions(counts, unit):
    p = _normalize(counts)
    s = ent.summarize(p, unit)
    assert s.entropy == ent.entropy(p, unit)
    assert s.entropy_bits == ent.entropy(p, "bits")
    assert s.max_entropy == ent.max_entropy(p.size, unit)
    assert s.efficiency == ent.efficiency(p)
    assert s.perplexity == pytest.approx(ent.perplexity(p), rel=1e-15)
    assert s.fixed_length_bits == ent.fixed_length_bits(p.size)
    assert s.huffman == ent.huffman_code(p)
    np.testing.assert_array_equal(s.surprisal, ent.surprisal(p, unit))
    # H is the mean surprisal.
    finite = p > 0
    assert math.fsum(p[finite] * s.surprisal[finite]) == pytest.approx(s.entropy, abs=1e-12)


@settings(max_examples=50)
@given(counts_lists, counts_lists)
def test_kl_is_cross_entropy_minus_entropy_and_never_negative(pc, qc):
    n = min(len(pc), len(qc))
    if sum(pc[:n]) == 0 or sum(qc[:n]) == 0:
        return
    p, q = _normalize(pc[:n]), _normalize(qc[:n])
    result = ent.divergence(p, q, "nats")
    if result.infinite_at:
        assert math.isinf(result.cross_entropy) and math.isinf(result.kl_divergence)
        assert all(p[i] > 0 and q[i] == 0 for i in result.infinite_at)
    else:
        assert result.kl_divergence >= 0
        assert result.kl_divergence == pytest.approx(
            result.cross_entropy - ent.entropy(p, "nats"), abs=1e-10
        )


# --- hand-worked cases ----------------------------------------------------------


def test_half_quarter_quarter_by_hand():
    d = ent.parse_probabilities("0.5 0.25 0.25")
    s = ent.summarize(d, "bits")
    assert s.entropy == 1.5
    assert s.max_entropy == pytest.approx(math.log2(3))
    assert round(100 * s.efficiency, 1) == 94.6
    assert s.perplexity == pytest.approx(2**1.5)
    assert s.fixed_length_bits == 2
    assert s.huffman.code_words == ("0", "10", "11")
    assert s.huffman.lengths == (1, 2, 2)
    assert s.huffman.mean_length == 1.5
    assert s.surprisal.tolist() == [1.0, 2.0, 2.0]
    assert not d.normalized


def test_units_convert_by_the_log_of_the_base():
    p = [0.5, 0.25, 0.25]
    assert ent.entropy(p, "nats") == pytest.approx(1.5 * math.log(2))
    assert ent.entropy(p, "hartleys") == pytest.approx(1.5 * math.log10(2))


def test_eight_equally_likely_outcomes_are_exactly_three_bits():
    p = [1 / 8] * 8
    assert ent.entropy(p) == 3.0
    assert ent.max_entropy(8) == 3.0
    assert ent.fixed_length_bits(8) == 3
    assert ent.huffman_code(p).mean_length == 3.0


def test_huffman_ties_are_broken_the_same_way_every_time():
    code = ent.huffman_code([0.25, 0.25, 0.25, 0.25])
    assert code.code_words == ("00", "01", "10", "11")
    code = ent.huffman_code([0.4, 0.2, 0.2, 0.1, 0.1])
    assert code.code_words == ("11", "00", "01", "100", "101")
    assert code.mean_length == pytest.approx(2.2)


def test_zero_probability_outcomes_get_no_code_word_and_infinite_surprisal():
    p = [0.5, 0.0, 0.5]
    code = ent.huffman_code(p)
    assert code.code_words == ("0", None, "1")
    assert code.lengths == (1, 0, 1)
    assert code.mean_length == 1.0
    info = ent.surprisal(p)
    assert info[0] == 1.0 and math.isinf(info[1]) and info[1] > 0
    # 0 log 0 = 0: the zero adds nothing, but it still counts towards n.
    assert ent.entropy(p) == 1.0
    assert ent.efficiency(p) == pytest.approx(1 / math.log2(3))


def test_single_outcome_conventions():
    s = ent.summarize([1.0])
    assert s.entropy == 0.0
    assert s.max_entropy == 0.0
    assert s.efficiency == 1.0
    assert s.perplexity == 1.0
    assert s.fixed_length_bits == 0
    assert s.huffman.code_words == ("0",)
    assert s.huffman.mean_length == 1.0
    assert s.surprisal.tolist() == [0.0]
    # Zeros are +0.0: a -0.0 would be shown as "-0.0000".
    for value in (s.entropy, s.entropy_bits, s.max_entropy, s.surprisal[0]):
        assert math.copysign(1.0, value) == 1.0
    assert math.copysign(1.0, ent.entropy([0.0, 1.0], "nats")) == 1.0


def test_fixed_length_bits_is_ceil_log2():
    expected = {1: 0, 2: 1, 3: 2, 4: 2, 5: 3, 8: 3, 9: 4, 1024: 10, 1025: 11, 10_000: 14}
    assert {n: ent.fixed_length_bits(n) for n in expected} == expected


def test_cross_entropy_is_infinite_where_q_rules_out_a_possible_outcome():
    result = ent.divergence([0.5, 0.5, 0.0], [1.0, 0.0, 0.0], labels=["a", "b", "c"])
    assert math.isinf(result.cross_entropy) and math.isinf(result.kl_divergence)
    assert result.infinite_at == (1,)
    assert "'b'" in result.infinite_reason and "0.5" in result.infinite_reason
    # q = 0 where p = 0 costs nothing.
    finite = ent.divergence([0.5, 0.5, 0.0], [0.25, 0.75, 0.0])
    assert finite.cross_entropy == pytest.approx(-0.5 * math.log2(0.25) - 0.5 * math.log2(0.75))


def test_chinese_sentence_character_entropy_by_hand():
    # 我 2, 爱 2, 你 2, ， 1, 。 1: nine characters, the space does not count.
    d = ent.text_frequencies("我爱你，你爱我 。")
    assert d.labels == ("我", "爱", "你", "，", "。")
    assert d.values.tolist() == [2, 2, 2, 1, 1]
    assert d.original_sum == 8
    expected = -(3 * (2 / 8) * math.log2(2 / 8) + 2 * (1 / 8) * math.log2(1 / 8))
    assert ent.entropy(d.probabilities) == pytest.approx(expected, rel=1e-14)
    assert expected == pytest.approx(2.25)


def test_whitespace_counts_only_when_asked():
    assert ent.text_frequencies("a b\na").labels == ("a", "b")
    with_space = ent.text_frequencies("a b\na", include_whitespace=True)
    assert with_space.labels == ("a", " ", "b", "\n")


def test_composed_and_decomposed_accents_are_one_character():
    d = ent.text_frequencies("e\u0301\u00e9")  # é typed two ways
    assert d.labels == ("\u00e9",)
    assert d.values.tolist() == [2]


def test_words_are_case_folded_and_chinese_characters_are_words():
    d = ent.text_frequencies("The cat, the dog's toy; THE end. 信息熵", "words")
    assert d.labels == ("the", "cat", "dog's", "toy", "end", "信", "息", "熵")
    assert d.values.tolist() == [3, 1, 1, 1, 1, 1, 1, 1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0.5 0.25 0.25", [0.5, 0.25, 0.25]),
        ("0.5,0.25;0.25", [0.5, 0.25, 0.25]),
        ("0.5\n0.25\n\n0.25\n", [0.5, 0.25, 0.25]),
        ("1/2， 1/4， 1/4", [0.5, 0.25, 0.25]),
        ("1/2；1/4、1/4", [0.5, 0.25, 0.25]),
        ("０.５　１／４　.25", [0.5, 0.25, 0.25]),
        ("5e-1, 2.5E-1, +0.25", [0.5, 0.25, 0.25]),
        ("1/3 1/3 1/3", [1 / 3] * 3),
        ("1 0", [1.0, 0.0]),
    ],
)
def test_probability_syntax(text, expected):
    d = ent.parse_probabilities(text)
    np.testing.assert_allclose(d.probabilities, expected, rtol=1e-15)
    assert not d.normalized
    assert d.labels == tuple(str(i + 1) for i in range(len(expected)))


def test_input_off_by_more_than_the_tolerance_is_normalized_and_says_so():
    d = ent.parse_probabilities("0.2 0.2")
    assert d.normalized
    assert d.original_sum == pytest.approx(0.4)
    np.testing.assert_allclose(d.probabilities, [0.5, 0.5])
    tiny_off = ent.parse_probabilities(f"0.5 {0.5 + 1e-12}")
    assert not tiny_off.normalized
    just_off = ent.parse_probabilities(f"0.5 {0.5 + 1e-8}")
    assert just_off.normalized


def test_counts_are_divided_by_their_total():
    d = ent.parse_counts("3 0 1.5e1 4/2")
    assert d.kind == "counts"
    assert d.values.tolist() == [3, 0, 15, 2]
    assert d.original_sum == 20
    np.testing.assert_allclose(d.probabilities, [0.15, 0, 0.75, 0.1])
    assert d.normalized


@pytest.mark.parametrize(("text", "token", "index"), [("3 1.5", "1.5", 1), ("1/2 4", "1/2", 0)])
def test_counts_must_be_whole_numbers(text, token, index):
    # Weights and proportions belong in probabilities mode, which normalizes too.
    with pytest.raises(ent.EntropyInputError) as info:
        ent.parse_counts(text)
    assert (info.value.reason, info.value.token, info.value.index) == ("not_integer", token, index)
    assert "whole number" in str(info.value) and "probabilities" in str(info.value)
    assert ent.parse_probabilities(text).n_outcomes == 2


def test_parsed_arrays_are_read_only():
    d = ent.parse_counts("1 2")
    with pytest.raises(ValueError):
        d.probabilities[0] = 1.0


def test_align_by_label_takes_the_union_of_outcomes():
    p = ent.text_frequencies("aab")
    q = ent.text_frequencies("bc")
    pa, qa = ent.align_by_label(p, q)
    assert pa.labels == qa.labels == ("a", "b", "c")
    np.testing.assert_allclose(pa.probabilities, [2 / 3, 1 / 3, 0])
    np.testing.assert_allclose(qa.probabilities, [0, 0.5, 0.5])
    result = ent.divergence(pa.probabilities, qa.probabilities, labels=pa.labels)
    assert result.infinite_at == (0,)


# --- bad input ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reason", "token", "index", "words"),
    [
        ("", "empty", None, None, ["empty"]),
        (" ,; \n", "empty", None, None, ["empty"]),
        ("0.5 abc 0.25", "not_a_number", "abc", 1, ["Item 2", "'abc'", "not a number"]),
        ("0.5 0.5.5", "not_a_number", "0.5.5", 1, ["Item 2", "not a number"]),
        ("1_0", "not_a_number", "1_0", 0, ["Item 1", "not a number"]),
        ("0.5 -0.25 0.75", "negative", "-0.25", 1, ["Item 2", "'-0.25'", "negative"]),
        ("-1/3", "negative", "-1/3", 0, ["Item 1", "negative"]),
        ("0.5 nan", "not_finite", "nan", 1, ["Item 2", "'nan'", "finite"]),
        ("inf 1", "not_finite", "inf", 0, ["Item 1", "finite"]),
        ("-Infinity", "not_finite", "-Infinity", 0, ["Item 1", "finite"]),
        ("1e999", "not_finite", "1e999", 0, ["Item 1", "finite"]),
        ("1 1/0", "zero_denominator", "1/0", 1, ["Item 2", "'1/0'", "zero"]),
        ("0 0 0/5", "all_zero", None, None, ["zero"]),
    ],
)
def test_bad_probability_input_names_the_item(text, reason, token, index, words):
    with pytest.raises(ent.EntropyInputError) as info:
        ent.parse_probabilities(text)
    err = info.value
    assert isinstance(err, ValueError)
    assert (err.reason, err.token, err.index) == (reason, token, index)
    message = str(err)
    assert "\n" not in message and message.endswith(".")
    for word in words:
        assert word in message


def test_bad_counts_input_says_counts():
    with pytest.raises(ent.EntropyInputError, match="counts must be 0 or more"):
        ent.parse_counts("3 -1")


def test_too_many_outcomes_is_refused_at_the_first_one_over():
    ok = ent.parse_counts(" ".join(["1"] * ent.MAX_OUTCOMES))
    assert ok.n_outcomes == 10_000
    with pytest.raises(ent.EntropyInputError) as info:
        ent.parse_counts(" ".join(["1"] * (ent.MAX_OUTCOMES + 1)))
    assert info.value.reason == "too_many"
    assert info.value.index == 10_000
    assert info.value.limit == 10_000
    assert "Item 10001" in str(info.value) and "10,000" in str(info.value)
    with pytest.raises(ent.EntropyInputError, match="limit of 2"):
        ent.parse_probabilities("0.2 0.3 0.5", max_outcomes=2)


def test_text_with_too_many_distinct_outcomes_names_the_first_one_over():
    with pytest.raises(ent.EntropyInputError) as info:
        ent.text_frequencies("abcab", max_outcomes=2)
    assert (info.value.reason, info.value.token, info.value.index) == ("too_many", "c", 2)


@pytest.mark.parametrize(
    ("text", "unit_of_text", "reason"),
    [
        ("", "characters", "no_characters"),
        (" \n\t　", "characters", "no_characters"),
        ("", "words", "no_words"),
        ("... ， !!", "words", "no_words"),
    ],
)
def test_text_with_nothing_to_count(text, unit_of_text, reason):
    with pytest.raises(ent.EntropyInputError) as info:
        ent.text_frequencies(text, unit_of_text)
    assert info.value.reason == reason


@pytest.mark.parametrize(
    ("call", "names"),
    [
        (lambda: ent.entropy([0.5, 0.5], "bytes"), ["unit", "'bytes'", "bits"]),
        (lambda: ent.entropy([0.5, 0.6]), ["p", "1.1", "sum to 1"]),
        (lambda: ent.entropy([1.5, -0.5]), ["p[1]", "-0.5", "[0, 1]"]),
        (lambda: ent.entropy([np.nan, 1.0]), ["p[0]", "nan", "[0, 1]"]),
        (lambda: ent.entropy([]), ["p", "non-empty"]),
        (lambda: ent.entropy([[0.5, 0.5]]), ["p", "1-D"]),
        (lambda: ent.max_entropy(0), ["n", "0", ">= 1"]),
        (lambda: ent.fixed_length_bits(2.5), ["n", "2.5", ">= 1"]),
        (lambda: ent.fixed_length_bits(True), ["n", "True"]),
        (lambda: ent.binary_entropy(1.5), ["p", "1.5", "[0, 1]"]),
        (lambda: ent.divergence([1.0], [0.5, 0.5]), ["q", "2", "p has 1"]),
        (lambda: ent.divergence([1.0], [1.0], labels=["a", "b"]), ["labels", "2"]),
        (lambda: ent.divergence([1.0], [2.0]), ["q", "sum"]),
        (lambda: ent.parse_distribution("1", "bytes"), ["kind", "'bytes'", "counts"]),
        (lambda: ent.text_frequencies("a", "lines"), ["unit_of_text", "'lines'"]),
        (lambda: ent.parse_counts("1", max_outcomes=0), ["max_outcomes", "0"]),
    ],
)
def test_invalid_arguments_raise_value_error_naming_them(call, names):
    with pytest.raises(ValueError) as info:
        call()
    assert not isinstance(info.value, ent.EntropyInputError)
    for name in names:
        assert name in str(info.value)


def test_unknown_error_reason_is_refused():
    with pytest.raises(ValueError, match="reason"):
        ent.EntropyInputError("x", reason="bad_vibes")


# --- accuracy at the edges, overflow, long items ---------------------------------


def _mp_entropy(counts: list[int], unit: str):
    """H of the exact distribution counts / sum(counts), with 50 digits."""
    with mpmath.workdps(50):
        total = mpmath.mpf(sum(counts))
        log_base = mpmath.log(mpmath.mpf(BASES[unit]) if unit != "nats" else mpmath.e)
        terms = [-(mpmath.mpf(c) / total) * mpmath.log(mpmath.mpf(c) / total) for c in counts if c]
        return mpmath.fsum(terms) / log_base


@pytest.mark.parametrize("unit", list(BASES))
@pytest.mark.parametrize("total", [10**12, 10**15])
@pytest.mark.parametrize("rare", [1, 7, 1000])
def test_near_certain_counts_keep_full_relative_accuracy(unit, total, rare):
    # p = 1 - 1e-12 rounded before the log used to cost H six digits (7.7e-7).
    counts = [total - rare, rare]
    summary = ent.summarize(ent.parse_counts(f"{counts[0]} {counts[1]}"), unit)
    assert summary.entropy == pytest.approx(float(_mp_entropy(counts, unit)), rel=1e-13)
    with mpmath.workdps(50):
        top = -mpmath.log(mpmath.mpf(counts[0]) / total) / mpmath.log(BASES[unit])
    assert summary.surprisal[0] == pytest.approx(float(top), rel=1e-13)


def test_near_certain_fractions_and_arrays_use_the_exact_complement():
    exact = float(_mp_entropy([10**12 - 1, 1], "bits"))
    typed = ent.parse_probabilities("999999999999/1000000000000 1/1000000000000")
    assert ent.summarize(typed).entropy == pytest.approx(exact, rel=1e-13)
    assert ent.entropy([1 - 1e-12, 1e-12]) == pytest.approx(exact, rel=1e-13)
    # What rounding p first gives, for comparison: about 1e-6 off.
    rounded = -(1 - 1e-12) * math.log2(1 - 1e-12) - 1e-12 * math.log2(1e-12)
    assert abs(rounded / exact - 1) > 1e-8


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.integers(0, 10**15), min_size=1, max_size=8).filter(any),
    st.sampled_from(list(BASES)),
)
def test_entropy_of_counts_matches_extended_precision(counts, unit):
    summary = ent.summarize(ent.parse_counts(" ".join(map(str, counts))), unit)
    expected = float(_mp_entropy(counts, unit))
    assert summary.entropy == pytest.approx(expected, rel=1e-12, abs=1e-300)


def test_values_whose_sum_overflows_are_scaled_first():
    d = ent.parse_probabilities("1e308 1e308 0")
    assert d.probabilities.tolist() == [0.5, 0.5, 0.0]
    assert d.normalized and d.original_sum == math.inf
    assert ent.summarize(d).entropy == 1.0
    counts = ent.parse_counts("1.7e308 1.7e308 1.7e308")
    np.testing.assert_allclose(counts.probabilities, [1 / 3] * 3, rtol=1e-15)
    with pytest.raises(ValueError, match="sums to inf"):
        ent.entropy([1e308, 1e308])


def test_a_long_bad_item_is_quoted_as_an_excerpt():
    token = "1" * 5000
    with pytest.raises(ent.EntropyInputError) as info:
        ent.parse_probabilities(f"0.5 {token}")
    message = str(info.value)
    assert len(message) < 160 and "5,000 characters" in message
    assert info.value.token == token[: ent.TOKEN_EXCERPT - 1] + "…"
    with pytest.raises(ent.EntropyInputError) as info:
        ent.text_frequencies("x" * 3000 + " y", "words", max_outcomes=1)
    assert len(str(info.value)) < 160


def test_characters_are_what_a_reader_sees():
    thumbs = "\U0001f44d\U0001f3fd"
    flag = "\U0001f1e9\U0001f1ea"
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    d = ent.text_frequencies(f"{thumbs}{thumbs}{flag} {family}e\u0301")
    assert d.labels == (thumbs, flag, family, "\u00e9")
    assert d.values.tolist() == [2, 1, 1, 1]
