"""User-perceived characters against hand-made cases and the regex module's ``\\X``."""

from __future__ import annotations

import unicodedata

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from core.graphemes import grapheme_clusters

THUMBS_UP_MEDIUM = "\U0001f44d\U0001f3fd"
FLAG_DE = "\U0001f1e9\U0001f1ea"
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
ENGLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"


def reference(text: str) -> list[str]:
    """Extended grapheme clusters by the regex module (UAX #29, its own Unicode data)."""
    return regex.findall(r"\X", text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("abc", ["a", "b", "c"]),
        ("e\u0301t\u00e9", ["e\u0301", "t", "\u00e9"]),  # decomposed and precomposed accents
        (THUMBS_UP_MEDIUM + "!", [THUMBS_UP_MEDIUM, "!"]),  # skin-tone modifier
        (FLAG_DE * 2 + "\U0001f1eb", [FLAG_DE, FLAG_DE, "\U0001f1eb"]),  # pairs, left to right
        ("\U0001f44d" + FLAG_DE, ["\U0001f44d", FLAG_DE]),
        (FAMILY + "x", [FAMILY, "x"]),  # zero-width-joiner sequence
        ("a\u200db", ["a\u200d", "b"]),  # a joiner only joins emoji
        (ENGLAND, [ENGLAND]),  # tag sequence
        ("1\ufe0f\u20e3", ["1\ufe0f\u20e3"]),  # keycap
        ("\u1100\u1161\u11a8\uac00", ["\u1100\u1161\u11a8", "\uac00"]),  # Hangul jamo, syllable
        ("\u0915\u094d\u0937\u093f", ["\u0915\u094d\u0937\u093f"]),  # Devanagari conjunct
        ("\u0e04\u0e33", ["\u0e04\u0e33"]),  # Thai SARA AM is a spacing mark
        ("a\r\nb\n\u0301", ["a", "\r\n", "b", "\n", "\u0301"]),  # controls stand alone
        ("\u0600\u0661", ["\u0600\u0661"]),  # prepended concatenation mark
        ("我爱你", ["我", "爱", "你"]),
    ],
)
def test_known_clusters(text, expected):
    assert grapheme_clusters(text) == expected
    assert reference(text) == expected


def _assigned(cp: int) -> bool:
    ch = chr(cp)
    # Viramas (combining class 9) are left to the cases above: the newest
    # Unicode versions, which regex follows, extend the conjunct rule to
    # more scripts than the standard library's Unicode 14 data knows.
    return unicodedata.category(ch) not in ("Cn", "Cs", "Co") and unicodedata.combining(ch) != 9


ANY = [chr(cp) for cp in range(0x20, 0x30000) if _assigned(cp)]
# Characters that take part in cluster rules, drawn more often than the rest.
JOINING = [
    ch for ch in ANY if unicodedata.category(ch) in ("Mn", "Mc", "Me", "Cf") and ord(ch) < 0x20000
]
JOINING += ["\u200d", "\r", "\n", "\u1100", "\u1161", "\u11a8", "\uac00", "\uac01", "\u0e33"]
JOINING += [chr(cp) for cp in range(0x1F1E6, 0x1F200)] + [chr(cp) for cp in range(0x1F300, 0x1F650)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(ANY), st.sampled_from(JOINING)), max_size=10))
def test_clusters_agree_with_the_regex_module(characters):
    text = "".join(characters)
    assert grapheme_clusters(text) == reference(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_clusters_partition_any_text(text):
    clusters = grapheme_clusters(text)
    assert "".join(clusters) == text
    assert all(clusters)


PLAIN = "ab Z9.,\t\n\u00e9\u00ad\u00a9\u3002\u3030\u6211\u7231\uac00\uac01\uff01"


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=PLAIN, max_size=30))
def test_plain_text_takes_the_fast_path_and_agrees(text):
    assert grapheme_clusters(text) == reference(text) == list(text)
