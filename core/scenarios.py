"""Guided scenarios and the concepts guide: the teaching content, read from ``resources/``.

A *scenario* is a prepared setup of one lab that demonstrates one idea
(overfitting, L2 taming it, L1 zeroing coefficients, a lift that separates
rings, ...): generator settings, model settings and a title and explanation
in English and Simplified Chinese. They live in ``resources/scenarios.json``::

    {
      "format": "overfit-lab-scenarios",
      "version": 1,
      "scenarios": [
        {
          "key": "overfit_it",                 # [a-z0-9_]+, unique
          "lab": "curves",                     # optional: "curves" (default) or "classification"
          "title_en": "...", "title_zh": "...",
          "explanation_en": "...", "explanation_zh": "...",
          "setup": {
            "generator": {...},                # every field of GeneratorSettings
            "model": {...}                     # every field of ModelSettings
          }
        },
        {
          "key": "circles_need_a_lift",
          "lab": "classification",
          ...,
          "setup": {
            "generator": {...},                # every field of PlaneGeneratorSettings
            "model": {...},                    # every field of ClassifierSettings
            "clustering": {...}                # every field of ClusterSettings
          }
        }
      ]
    }

(The ``#`` comments explain; they are not allowed in the file.) Every field but
``lab`` is required and no others are allowed; `load_scenarios` raises
`ValueError` naming the scenario and the field for the first problem.
`scenario_session` turns a curve-lab scenario into a `SessionData` with the
generated points on the domain [0, 1]; `plane_scenario_data` turns a
classification scenario into the lab's `ClassificationData`, its generated
points in the box of ``core.plane_datasets.generated_box``.

The concepts guide is a set of HTML pages, ``resources/help/<language>/<topic>.html``,
one per topic in `HELP_TOPICS` plus the contents page ``index.html``. A page may
end with ``<p class="show-me" data-scenario="KEY">...</p>``, which the GUI turns
into a button that loads that scenario; `show_me_scenario` extracts the key.
"""

from __future__ import annotations

import html
import json
import os
import re
from dataclasses import dataclass, fields
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from core.classify_settings import (
    ClassifierSettings,
    ClassifyLabSettings,
    ClusterSettings,
    PlaneGeneratorSettings,
)
from core.datasets import generate
from core.plane_datasets import generate_plane, generated_box
from core.session_file import ClassificationData, SessionData
from core.settings import GeneratorSettings, ModelSettings

__all__ = [
    "HELP_DIR",
    "HELP_LANGUAGES",
    "HELP_TOPICS",
    "INDEX_TOPIC",
    "LABS",
    "SCENARIOS_FORMAT",
    "SCENARIOS_PATH",
    "SCENARIOS_VERSION",
    "Scenario",
    "help_page_path",
    "help_page_title",
    "help_topics",
    "load_scenarios",
    "plane_scenario_data",
    "scenario_session",
    "show_me_scenario",
]

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
SCENARIOS_PATH = RESOURCES_DIR / "scenarios.json"
HELP_DIR = RESOURCES_DIR / "help"
SCENARIOS_FORMAT = "overfit-lab-scenarios"
SCENARIOS_VERSION = 1
#: Languages of the help pages and scenario texts (the keys of gui.i18n.LANGUAGES).
HELP_LANGUAGES = ("en", "zh_CN")
#: The topic pages, in the order the contents page (index.html) lists them.
HELP_TOPICS = (
    "overfitting",
    "l1_l2",
    "small_coefficients",
    "risk",
    "choosing_lambda",
    "feature_lift",
    "changing_space",
    "kmeans_lift",
    "entropy",
)
#: The contents page; `help_page_path` accepts it besides the topics.
INDEX_TOPIC = "index"

_KEY_PATTERN = re.compile(r"[a-z0-9_]+")
_TITLE_PATTERN = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)
#: The labs a scenario can set up: the curve lab and the classification lab.
LABS = ("curves", "classification")
_TEXT_FIELDS = ("title_en", "title_zh", "explanation_en", "explanation_zh")
_SCENARIO_FIELDS = ("key", "lab", *_TEXT_FIELDS, "setup")
_SETUP_FIELDS = {
    "curves": ("generator", "model"),
    "classification": ("generator", "model", "clustering"),
}
_TOP_FIELDS = ("format", "version", "scenarios")
# Scenario texts are stored per language under these suffixes.
_LANGUAGE_SUFFIX = {"en": "en", "zh_CN": "zh"}


@dataclass(frozen=True)
class Scenario:
    """A guided scenario: a prepared data set and model that demonstrate one idea.

    Parameters
    ----------
    key : str
        Identifier, lowercase letters, digits and underscores (``"overfit_it"``).
    title_en, title_zh : str
        Menu title in English and Simplified Chinese.
    explanation_en, explanation_zh : str
        One paragraph each: what to look at and why.
    generator : GeneratorSettings or PlaneGeneratorSettings
        The data set (of the scenario's lab); `scenario_session` or
        `plane_scenario_data` samples it.
    model : ModelSettings or ClassifierSettings
        Degree, penalties, basis and view options to apply.
    lab : {"curves", "classification"}, default "curves"
        The lab the scenario sets up.
    clustering : ClusterSettings or None
        The K-means tool's settings (classification scenarios only).
    """

    key: str
    title_en: str
    title_zh: str
    explanation_en: str
    explanation_zh: str
    generator: GeneratorSettings | PlaneGeneratorSettings
    model: ModelSettings | ClassifierSettings
    lab: str = "curves"
    clustering: ClusterSettings | None = None

    def title(self, language: str) -> str:
        """The title in `language` (``"en"`` or ``"zh_CN"``)."""
        return getattr(self, f"title_{_suffix(language)}")

    def explanation(self, language: str) -> str:
        """The explanation in `language` (``"en"`` or ``"zh_CN"``)."""
        return getattr(self, f"explanation_{_suffix(language)}")


def load_scenarios(path: str | os.PathLike[str] | None = None) -> list[Scenario]:
    """Read and check the scenarios file.

    Parameters
    ----------
    path : str or os.PathLike, optional
        The file to read; defaults to `SCENARIOS_PATH` (``resources/scenarios.json``).

    Returns
    -------
    list of Scenario
        In file order (the order of the Scenarios menu).

    Raises
    ------
    ValueError
        For the first problem: unreadable file, invalid JSON, another format, a
        newer version, a missing, unknown or invalid field, a duplicate key. The
        message names the file and, where one is at fault, the scenario and the
        field, e.g. ``scenarios.json: scenario 'tame_l2': setup.model.l2 must be
        a finite number >= 0, got -1``.
    """
    path = Path(SCENARIOS_PATH if path is None else path)
    source = path.name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: cannot read the scenarios file ({exc})") from None
    try:
        document = json.loads(text, parse_constant=_NonFinite)
    except json.JSONDecodeError as exc:
        raise ValueError(
            f"{source}, line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})"
        ) from None

    document = _object(document, _TOP_FIELDS, source, "the file")
    if document["format"] != SCENARIOS_FORMAT:
        raise ValueError(
            f"{source}: format must be {SCENARIOS_FORMAT!r}, got {document['format']!r}"
        )
    version = document["version"]
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ValueError(f"{source}: version must be a whole number >= 1, got {version!r}")
    if version > SCENARIOS_VERSION:
        raise ValueError(
            f"{source}: written for a newer Overfit Lab (version {version}; "
            f"this one reads version {SCENARIOS_VERSION})"
        )
    entries = document["scenarios"]
    if not isinstance(entries, list):
        raise ValueError(f"{source}: scenarios must be an array, got {type(entries).__name__}")

    scenarios: list[Scenario] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        scenario = _scenario_from_json(entry, index, source)
        if scenario.key in seen:
            raise ValueError(f"{source}: scenario {scenario.key!r}: key appears twice")
        seen.add(scenario.key)
        scenarios.append(scenario)
    return scenarios


def scenario_session(scenario: Scenario) -> SessionData:
    """The session a scenario loads: its generated points and its settings.

    Parameters
    ----------
    scenario : Scenario

    Returns
    -------
    SessionData
        Domain (0, 1), the points of ``core.datasets.generate`` for the
        scenario's generator settings (the same seed gives the same points),
        and the scenario's model and generator settings.

    Raises
    ------
    ValueError
        For a scenario of the classification lab (see `plane_scenario_data`).
    """
    if scenario.lab != "curves":
        raise ValueError(f"scenario {scenario.key!r} sets up the {scenario.lab} lab, not curves")
    g = scenario.generator
    assert isinstance(g, GeneratorSettings) and isinstance(scenario.model, ModelSettings)
    points = generate(g.preset, g.n_train, g.n_test, g.noise, g.seed)
    return SessionData(domain=(0.0, 1.0), points=points, model=scenario.model, generator=g)


def plane_scenario_data(scenario: Scenario) -> ClassificationData:
    """The classification lab a scenario sets up: its generated points and its settings.

    The points are ``core.plane_datasets.generate_plane`` of the scenario's
    generator settings, in the box ``generated_box`` gives them (the same
    seed gives the same points and box), as the lab's Generate makes them.

    Raises
    ------
    ValueError
        For a scenario of the curve lab (see `scenario_session`).
    """
    if scenario.lab != "classification":
        raise ValueError(
            f"scenario {scenario.key!r} sets up the {scenario.lab} lab, not classification"
        )
    g, m, c = scenario.generator, scenario.model, scenario.clustering
    assert isinstance(g, PlaneGeneratorSettings) and isinstance(m, ClassifierSettings)
    assert c is not None
    points = generate_plane(g.preset, g.n_train, g.n_test, g.noise, g.seed)
    return ClassificationData(
        box=generated_box(points.x1, points.x2),
        points=points,
        settings=ClassifyLabSettings(model=m, generator=g, clustering=c),
    )


def help_topics() -> list[str]:
    """The topics of the concepts guide, in the order of its contents page.

    Returns
    -------
    list of str
        Page names without ``.html``; the contents page `INDEX_TOPIC` is not
        among them.
    """
    return list(HELP_TOPICS)


def help_page_path(topic: str, language: str) -> Path:
    """The HTML file of a help page.

    Parameters
    ----------
    topic : str
        One of `help_topics` or `INDEX_TOPIC` (``"index"``).
    language : {"en", "zh_CN"}

    Returns
    -------
    pathlib.Path
        ``resources/help/<language>/<topic>.html`` (not checked for existence).

    Raises
    ------
    ValueError
        If `topic` or `language` is unknown.
    """
    if topic != INDEX_TOPIC and topic not in HELP_TOPICS:
        allowed = ", ".join((INDEX_TOPIC, *HELP_TOPICS))
        raise ValueError(f"topic must be one of {allowed}, got {topic!r}")
    if language not in HELP_LANGUAGES:
        raise ValueError(f"language must be one of {', '.join(HELP_LANGUAGES)}, got {language!r}")
    return HELP_DIR / language / f"{topic}.html"


def help_page_title(topic: str, language: str) -> str:
    """The ``<title>`` of a help page, for lists and window titles.

    Raises
    ------
    ValueError
        If `topic` or `language` is unknown, or the page has no title.
    OSError
        If the page cannot be read.
    """
    text = help_page_path(topic, language).read_text(encoding="utf-8")
    match = _TITLE_PATTERN.search(text)
    if match is None or not match.group(1).strip():
        raise ValueError(f"help page {topic!r} ({language}) has no <title>")
    return html.unescape(match.group(1).strip())


def show_me_scenario(html_text: str) -> str | None:
    """The scenario key of a help page's "Show me" line.

    Parameters
    ----------
    html_text : str
        A help page.

    Returns
    -------
    str or None
        The ``data-scenario`` value of the first element whose class list holds
        ``show-me``, or None if the page has none.
    """
    finder = _ShowMeFinder()
    finder.feed(html_text)
    finder.close()
    return finder.key


class _ShowMeFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.key: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.key is not None:
            return
        values = dict(attrs)
        if "show-me" in (values.get("class") or "").split() and values.get("data-scenario"):
            self.key = values["data-scenario"]


def _suffix(language: str) -> str:
    if language not in _LANGUAGE_SUFFIX:
        raise ValueError(f"language must be one of {', '.join(HELP_LANGUAGES)}, got {language!r}")
    return _LANGUAGE_SUFFIX[language]


class _NonFinite(str):
    """NaN or Infinity in the file: kept as text, so the settings check rejects it."""


def _object(
    value: object,
    names: tuple[str, ...],
    source: str,
    where: str,
    optional: tuple[str, ...] = (),
) -> dict[str, Any]:
    """Return `value` if it is an object with the fields `names` (some `optional`), else raise."""
    if not isinstance(value, dict):
        raise ValueError(f"{source}: {where} must be an object, got {type(value).__name__}")
    for name in names:
        if name not in value and name not in optional:
            raise ValueError(f"{source}: {where}: missing field {name!r}")
    for name in value:
        if name not in names:
            raise ValueError(
                f"{source}: {where}: unknown field {name!r} (allowed: {', '.join(names)})"
            )
    return value


def _scenario_from_json(entry: object, index: int, source: str) -> Scenario:
    key = entry.get("key") if isinstance(entry, dict) else None
    where = f"scenario {key!r}" if isinstance(key, str) else f"scenarios[{index}]"
    entry = _object(entry, _SCENARIO_FIELDS, source, where, optional=("lab",))
    if type(key) is not str or not _KEY_PATTERN.fullmatch(key):
        raise ValueError(
            f"{source}: {where}: key must be lowercase letters, digits and underscores, got {key!r}"
        )
    lab = entry.get("lab", "curves")
    if type(lab) is not str or lab not in LABS:
        raise ValueError(f"{source}: {where}: lab must be one of {', '.join(LABS)}, got {lab!r}")
    for name in _TEXT_FIELDS:
        value = entry[name]
        if type(value) is not str or not value.strip():
            raise ValueError(f"{source}: {where}: {name} must be a non-empty string")
    setup = _object(entry["setup"], _SETUP_FIELDS[lab], source, f"{where}: setup")
    clustering = None
    if lab == "curves":
        generator = _settings(GeneratorSettings, setup["generator"], source, where, "generator")
        model = _settings(ModelSettings, setup["model"], source, where, "model")
    else:
        generator = _settings(
            PlaneGeneratorSettings, setup["generator"], source, where, "generator"
        )
        model = _settings(ClassifierSettings, setup["model"], source, where, "model")
        clustering = _settings(ClusterSettings, setup["clustering"], source, where, "clustering")
    return Scenario(
        key=key,
        title_en=entry["title_en"],
        title_zh=entry["title_zh"],
        explanation_en=entry["explanation_en"],
        explanation_zh=entry["explanation_zh"],
        generator=generator,
        model=model,
        lab=lab,
        clustering=clustering,
    )


def _settings(
    kind: type,
    value: object,
    source: str,
    where: str,
    section: str,
) -> Any:
    names = tuple(f.name for f in fields(kind))
    values = _object(value, names, source, f"{where}: setup.{section}")
    try:
        return kind(**values)
    except ValueError as exc:
        # The settings' own message names the field, the value and the range.
        raise ValueError(f"{source}: {where}: setup.{section}.{exc}") from None
