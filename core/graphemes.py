"""User-perceived characters: a text split into extended grapheme clusters.

A reader sees one character in ``é`` typed as ``e`` plus a combining accent,
in a thumbs-up with a skin tone (two code points), a flag (two regional
indicators), a family emoji (people joined by zero-width joiners), a Hangul
syllable typed as jamo, or a Devanagari conjunct such as ``क्ष``. The entropy
calculator counts such characters, so this module splits text the way the
Unicode standard defines them (UAX #29, "Unicode Text Segmentation",
extended grapheme clusters, rules GB3 to GB13, with the Indic conjunct rule
GB9c of Unicode 15.1). The standard library has the general categories but
not the cluster-break property, so that property is derived here from the
categories plus the short lists of exceptions the standard gives; emoji
(Extended_Pictographic) are recognised by their blocks. Characters outside
those lists behave as the standard's "Other": they start a cluster of their
own and take the marks that follow them.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from enum import Enum
from functools import lru_cache

__all__ = ["grapheme_clusters"]


class _Break(Enum):
    """Grapheme_Cluster_Break values (UAX #29, table 2)."""

    CR = "CR"
    LF = "LF"
    CONTROL = "Control"
    EXTEND = "Extend"
    ZWJ = "ZWJ"
    REGIONAL_INDICATOR = "Regional_Indicator"
    PREPEND = "Prepend"
    SPACING_MARK = "SpacingMark"
    L = "L"
    V = "V"
    T = "T"
    LV = "LV"
    LVT = "LVT"
    OTHER = "Other"


def _ranges(*pairs: tuple[int, int]) -> tuple[list[int], list[int]]:
    starts = [a for a, _ in pairs]
    ends = [b for _, b in pairs]
    return starts, ends


def _in(table: tuple[list[int], list[int]], cp: int) -> bool:
    i = bisect_right(table[0], cp) - 1
    return i >= 0 and cp <= table[1][i]


# Spacing marks (category Mc) that are Grapheme_Extend, hence Extend, not SpacingMark.
_EXTEND_MC = _ranges(
    (0x09BE, 0x09BE), (0x09D7, 0x09D7), (0x0B3E, 0x0B3E), (0x0B57, 0x0B57),
    (0x0BBE, 0x0BBE), (0x0BD7, 0x0BD7), (0x0CC2, 0x0CC2), (0x0CD5, 0x0CD6),
    (0x0D3E, 0x0D3E), (0x0D57, 0x0D57), (0x0DCF, 0x0DCF), (0x0DDF, 0x0DDF),
    (0x1B35, 0x1B35), (0x302E, 0x302F), (0x1133E, 0x1133E), (0x11357, 0x11357),
    (0x114B0, 0x114B0), (0x114BD, 0x114BD), (0x115AF, 0x115AF), (0x11930, 0x11930),
    (0x1D165, 0x1D165), (0x1D16E, 0x1D172),
)  # fmt: skip
# Other Extend characters outside categories Mn and Me: the zero-width
# non-joiner, half-width katakana voicing marks, emoji skin-tone modifiers
# and the tag characters of subdivision flags.
_EXTEND_OTHER = _ranges(
    (0x200C, 0x200C), (0xFF9E, 0xFF9F), (0x1F3FB, 0x1F3FF), (0xE0020, 0xE007F),
)  # fmt: skip
# Category Mc characters that the standard leaves as Other rather than SpacingMark.
_NOT_SPACING = _ranges(
    (0x102B, 0x102C), (0x1038, 0x1038), (0x1062, 0x1064), (0x1067, 0x106D),
    (0x1083, 0x1083), (0x1087, 0x108C), (0x108F, 0x108F), (0x109A, 0x109C),
    (0x1A61, 0x1A61), (0x1A63, 0x1A64), (0xAA7B, 0xAA7B), (0xAA7D, 0xAA7D),
    (0x11720, 0x11721),
)  # fmt: skip
_PREPEND = _ranges(
    (0x0600, 0x0605), (0x06DD, 0x06DD), (0x070F, 0x070F), (0x0890, 0x0891),
    (0x08E2, 0x08E2), (0x0D4E, 0x0D4E), (0x110BD, 0x110BD), (0x110CD, 0x110CD),
    (0x111C2, 0x111C3), (0x1193F, 0x1193F), (0x11941, 0x11941), (0x11A3A, 0x11A3A),
    (0x11A84, 0x11A89), (0x11D46, 0x11D46),
)  # fmt: skip
# Extended_Pictographic, the characters that ZWJ sequences join (emoji-data.txt).
_PICTOGRAPHIC = _ranges(
    (0x00A9, 0x00A9), (0x00AE, 0x00AE), (0x203C, 0x203C), (0x2049, 0x2049),
    (0x2122, 0x2122), (0x2139, 0x2139), (0x2194, 0x2199), (0x21A9, 0x21AA),
    (0x231A, 0x231B), (0x2328, 0x2328), (0x2388, 0x2388), (0x23CF, 0x23CF),
    (0x23E9, 0x23F3), (0x23F8, 0x23FA), (0x24C2, 0x24C2), (0x25AA, 0x25AB),
    (0x25B6, 0x25B6), (0x25C0, 0x25C0), (0x25FB, 0x25FE), (0x2600, 0x2605),
    (0x2607, 0x2612), (0x2614, 0x2685), (0x2690, 0x2705), (0x2708, 0x2712),
    (0x2714, 0x2714), (0x2716, 0x2716), (0x271D, 0x271D), (0x2721, 0x2721),
    (0x2728, 0x2728), (0x2733, 0x2734), (0x2744, 0x2744), (0x2747, 0x2747),
    (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757),
    (0x2763, 0x2767), (0x2795, 0x2797), (0x27A1, 0x27A1), (0x27B0, 0x27B0),
    (0x27BF, 0x27BF), (0x2934, 0x2935), (0x2B05, 0x2B07), (0x2B1B, 0x2B1C),
    (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x3030, 0x3030), (0x303D, 0x303D),
    (0x3297, 0x3297), (0x3299, 0x3299), (0x1F000, 0x1F0FF), (0x1F10D, 0x1F10F),
    (0x1F12F, 0x1F12F), (0x1F16C, 0x1F171), (0x1F17E, 0x1F17F), (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A), (0x1F1AD, 0x1F1E5), (0x1F201, 0x1F20F), (0x1F21A, 0x1F21A),
    (0x1F22F, 0x1F22F), (0x1F232, 0x1F23A), (0x1F23C, 0x1F23F), (0x1F249, 0x1F3FA),
    (0x1F400, 0x1F53D), (0x1F546, 0x1F64F), (0x1F680, 0x1F6FF), (0x1F774, 0x1F77F),
    (0x1F7D5, 0x1F7FF), (0x1F80C, 0x1F80F), (0x1F848, 0x1F84F), (0x1F85A, 0x1F85F),
    (0x1F888, 0x1F88F), (0x1F8AE, 0x1F8FF), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945),
    (0x1F947, 0x1FAFF), (0x1FC00, 0x1FFFD),
)  # fmt: skip
# Indic_Conjunct_Break: the viramas that link consonants into one conjunct
# (Devanagari, Bengali, Gujarati, Oriya, Telugu, Malayalam) and those scripts'
# consonants.
_LINKERS = frozenset((0x094D, 0x09CD, 0x0ACD, 0x0B4D, 0x0C4D, 0x0D4D))
_CONSONANTS = _ranges(
    (0x0915, 0x0939), (0x0958, 0x095F), (0x0978, 0x097F), (0x0995, 0x09A8),
    (0x09AA, 0x09B0), (0x09B2, 0x09B2), (0x09B6, 0x09B9), (0x09DC, 0x09DD),
    (0x09DF, 0x09DF), (0x09F0, 0x09F1), (0x0A95, 0x0AA8), (0x0AAA, 0x0AB0),
    (0x0AB2, 0x0AB3), (0x0AB5, 0x0AB9), (0x0AF9, 0x0AF9), (0x0B15, 0x0B28),
    (0x0B2A, 0x0B30), (0x0B32, 0x0B33), (0x0B35, 0x0B39), (0x0B5C, 0x0B5D),
    (0x0B5F, 0x0B5F), (0x0B71, 0x0B71), (0x0C15, 0x0C28), (0x0C2A, 0x0C39),
    (0x0C58, 0x0C5A), (0x0D15, 0x0D3A),
)  # fmt: skip

_HANGUL_FIRST, _HANGUL_LAST, _HANGUL_T_COUNT = 0xAC00, 0xD7A3, 28
_L = _ranges((0x1100, 0x115F), (0xA960, 0xA97C))
_V = _ranges((0x1160, 0x11A7), (0xD7B0, 0xD7C6))
_T = _ranges((0x11A8, 0x11FF), (0xD7CB, 0xD7FB))


def _break_class(ch: str) -> _Break:
    """Grapheme_Cluster_Break of one code point, from its category and the lists above."""
    cp = ord(ch)
    if cp == 0x0D:
        return _Break.CR
    if cp == 0x0A:
        return _Break.LF
    if cp == 0x200D:
        return _Break.ZWJ
    if 0x1F1E6 <= cp <= 0x1F1FF:
        return _Break.REGIONAL_INDICATOR
    if _HANGUL_FIRST <= cp <= _HANGUL_LAST:
        return _Break.LV if (cp - _HANGUL_FIRST) % _HANGUL_T_COUNT == 0 else _Break.LVT
    if _in(_L, cp):
        return _Break.L
    if _in(_V, cp):
        return _Break.V
    if _in(_T, cp):
        return _Break.T
    if _in(_EXTEND_OTHER, cp) or _in(_EXTEND_MC, cp):
        return _Break.EXTEND
    if _in(_PREPEND, cp):
        return _Break.PREPEND
    category = unicodedata.category(ch)
    if category in ("Mn", "Me"):
        return _Break.EXTEND
    if category == "Mc":
        return _Break.OTHER if _in(_NOT_SPACING, cp) else _Break.SPACING_MARK
    if cp in (0x0E33, 0x0EB3):  # Thai and Lao SARA AM join the consonant before them
        return _Break.SPACING_MARK
    if category in ("Cc", "Cf", "Zl", "Zp"):
        return _Break.CONTROL
    return _Break.OTHER


_CONTROLS = (_Break.CR, _Break.LF, _Break.CONTROL)
# Text made only of these is one cluster per code point, and most text is:
# printable ASCII, tab and line feed, Latin-1 and Latin Extended letters (the
# combining marks start at U+0300), CJK punctuation and ideographs, Hangul
# syllables (without separate jamo) and full-width forms.
_SIMPLE = re.compile(
    "[\t\n\x20-\x7e\xa0-\u02ff\u3000-\u3029\u3030-\u3098\u309b-\u30ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff01-\uff9d]*"
)


@lru_cache(maxsize=4096)
def _properties(ch: str) -> tuple[_Break, bool, bool, bool]:
    """Break class, Extended_Pictographic, conjunct consonant, conjunct linker."""
    cp = ord(ch)
    return _break_class(ch), _in(_PICTOGRAPHIC, cp), _in(_CONSONANTS, cp), cp in _LINKERS


def grapheme_clusters(text: str) -> list[str]:
    """Split ``text`` into user-perceived characters (extended grapheme clusters).

    Parameters
    ----------
    text : str
        Any text; no normalization is applied here.

    Returns
    -------
    list of str
        The clusters in order; ``"".join(result) == text``.
    """
    if _SIMPLE.fullmatch(text):
        return list(text)
    clusters: list[str] = []
    start = 0
    before: _Break | None = None
    regional_run = 0  # regional indicators in a row just before this position
    pictographic = False  # an Extended_Pictographic followed only by Extend so far
    joined_pictographic = False  # ... and then a ZWJ (rule GB11)
    conjunct = 0  # 0: none; 1: consonant (+ extend); 2: ... + linker (rule GB9c)
    for i, ch in enumerate(text):
        here, is_pictographic, is_consonant, is_linker = _properties(ch)
        if before is not None and (
            before is not _Break.OTHER or here is not _Break.OTHER or joined_pictographic
        ):
            # (Two Others in a row always break: the common case skips the rules.)
            joins = joined_pictographic and is_pictographic
            links = conjunct == 2 and is_consonant
            if _breaks(before, here, regional_run, joins, links):
                clusters.append(text[start:i])
                start = i
        elif before is not None:
            clusters.append(text[start:i])
            start = i
        regional_run = regional_run + 1 if here is _Break.REGIONAL_INDICATOR else 0
        joined_pictographic = here is _Break.ZWJ and pictographic
        if is_pictographic:
            pictographic = True
        elif here is not _Break.EXTEND:
            pictographic = False
        if is_consonant:
            conjunct = 1
        elif is_linker and conjunct:
            conjunct = 2
        elif not (here in (_Break.EXTEND, _Break.ZWJ) and conjunct):
            conjunct = 0
        before = here
    if start < len(text):
        clusters.append(text[start:])
    return clusters


def _breaks(before: _Break, here: _Break, regional_run: int, joins: bool, links: bool) -> bool:
    """Whether a cluster boundary lies between two code points (UAX #29 rules GB3-GB999).

    ``joins``: an emoji ZWJ sequence continues (GB11); ``links``: a virama
    links this consonant to the one before (GB9c).
    """
    if before is _Break.CR and here is _Break.LF:  # GB3
        return False
    if before in _CONTROLS or here in _CONTROLS:  # GB4, GB5
        return True
    if before is _Break.L and here in (_Break.L, _Break.V, _Break.LV, _Break.LVT):  # GB6
        return False
    if before in (_Break.LV, _Break.V) and here in (_Break.V, _Break.T):  # GB7
        return False
    if before in (_Break.LVT, _Break.T) and here is _Break.T:  # GB8
        return False
    if here in (_Break.EXTEND, _Break.ZWJ, _Break.SPACING_MARK):  # GB9, GB9a
        return False
    if before is _Break.PREPEND:  # GB9b
        return False
    if links or joins:  # GB9c, GB11
        return False
    # GB12, GB13: regional indicators pair up into flags, left to right.
    return not (here is _Break.REGIONAL_INDICATOR and regional_run % 2 == 1)  # GB999 otherwise
