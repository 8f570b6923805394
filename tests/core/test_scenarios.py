"""The guided scenarios and the concepts guide: each scenario shows what it says it shows.

The metrics are recomputed from the generated points with ``core.polyfit.fit``,
so a change to the generator, the solver or the scenario numbers that breaks an
explanation fails here. The help pages are checked as files: both languages,
links and images that resolve, "Show me" keys that name scenarios, and Chinese
pages that are really in Chinese.
"""

from __future__ import annotations

import dataclasses
import json
import re
import struct
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest

from core import kmeans as km
from core.classifier import LogisticFit, prepare
from core.classifier import fit as fit_classifier
from core.datasets import generate, true_function
from core.logistic_validation import classifier_lambda_grid, cross_validate
from core.plane_datasets import DEFAULT_BOX, generate_plane, generated_box
from core.plane_features import features
from core.polyfit import FitResult, fit
from core.scenarios import (
    HELP_DIR,
    HELP_LANGUAGES,
    HELP_TOPICS,
    INDEX_TOPIC,
    SCENARIOS_PATH,
    Scenario,
    help_page_path,
    help_page_title,
    help_topics,
    load_scenarios,
    plane_scenario_data,
    scenario_session,
    show_me_scenario,
)
from core.session_file import ClassificationData, SessionData, session_from_json, session_to_json
from core.validation import PenaltyMix

REQUIRED_KEYS = {
    "overfit_it",
    "tame_l2",
    "l1_features",
    "too_little_data",
    "too_much_noise",
    "lambda_too_large",
    "textbook",
    # The classification lab (issues 16 and 17).
    "circles_need_a_lift",
    "xor_needs_a_product",
    "boundary_overfits",
    "l1_picks_monomials",
    "plane_lambda_too_large",
    "kmeans_lift",
}
# Pages without a scenario to show: the contents page, and entropy (the Entropy
# panel is not part of a scenario's session).
PAGES_WITHOUT_SHOW_ME = {INDEX_TOPIC, "entropy"}
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
MAX_IMAGE_BYTES = 1_000_000


# ------------------------------------------------------------------ helpers
@pytest.fixture(scope="module")
def scenarios() -> dict[str, Scenario]:
    return {s.key: s for s in load_scenarios()}


def _fit(scenario: Scenario, **changes: object) -> FitResult:
    """Fit the scenario's model, with optional changes to its model or generator settings."""
    model_fields = {f.name for f in dataclasses.fields(scenario.model)}
    model = dataclasses.replace(
        scenario.model, **{k: v for k, v in changes.items() if k in model_fields}
    )
    generator = dataclasses.replace(
        scenario.generator, **{k: v for k, v in changes.items() if k not in model_fields}
    )
    session = scenario_session(dataclasses.replace(scenario, generator=generator, model=model))
    points = session.points
    train = ~points.is_test
    return fit(
        points.x[train],
        points.y[train],
        model.degree,
        model.l1,
        model.l2,
        model.basis,
        penalize_intercept=model.penalize_intercept,
        x_test=points.x[~train],
        y_test=points.y[~train],
    )


def _rmse(result: FitResult) -> tuple[float, float]:
    assert result.test_mse is not None
    return float(np.sqrt(result.train_mse)), float(np.sqrt(result.test_mse))


def _distance_to_truth(scenario: Scenario, result: FitResult) -> float:
    """RMS distance between the fitted curve and the noise-free function on [0, 1]."""
    x = np.linspace(0.0, 1.0, 501)
    fitted = np.polynomial.polynomial.polyval(x, result.coef_x)
    return float(np.sqrt(np.mean((fitted - true_function(scenario.generator.preset)(x)) ** 2)))


# ---------------------------------------------------------------- scenarios
def test_every_required_scenario_loads_with_texts_in_both_languages(scenarios):
    assert set(scenarios) >= REQUIRED_KEYS
    for s in scenarios.values():
        for en, zh in ((s.title_en, s.title_zh), (s.explanation_en, s.explanation_zh)):
            assert en.strip() and zh.strip()
            assert en != zh
            assert CJK.search(zh), f"{s.key}: the Chinese text has no Chinese"
            assert not CJK.search(en), f"{s.key}: the English text has Chinese in it"
        assert s.title("en") == s.title_en and s.title("zh_CN") == s.title_zh
        assert s.explanation("en") == s.explanation_en
        assert s.explanation("zh_CN") == s.explanation_zh
    with pytest.raises(ValueError, match="language"):
        next(iter(scenarios.values())).title("fr")


def test_scenario_session_holds_the_generated_points_and_settings(scenarios):
    for s in scenarios.values():
        if s.lab != "curves":
            continue
        session = scenario_session(s)
        assert isinstance(session, SessionData)
        assert session.domain == (0.0, 1.0)
        assert session.model == s.model and session.generator == s.generator
        g = s.generator
        assert session.points == generate(g.preset, g.n_train, g.n_test, g.noise, g.seed)
        assert int((~session.points.is_test).sum()) == g.n_train
        assert int(session.points.is_test.sum()) == g.n_test
        # A scenario session is a valid session file, unchanged by a round trip.
        assert session_from_json(session_to_json(session)) == session


def test_overfit_it_interpolates_and_fails_on_test_points(scenarios):
    s = scenarios["overfit_it"]
    assert s.generator.preset == "sin" and s.generator.n_train == 10
    assert s.model.degree == 9 and s.model.l1 == 0 and s.model.l2 == 0
    train, test = _rmse(_fit(s))
    _, cubic_test = _rmse(_fit(s, degree=3))
    assert train < 1e-6
    assert test > 2 * cubic_test
    assert _fit(s).max_abs_coef > 100 * _fit(s, degree=3).max_abs_coef


def test_tame_l2_lowers_the_test_error_and_the_coefficients(scenarios):
    s, wild = scenarios["tame_l2"], scenarios["overfit_it"]
    assert s.generator == wild.generator and s.model.degree == wild.model.degree
    assert s.model.l2 > 0 and s.model.l1 == 0
    tamed, overfit = _fit(s), _fit(wild)
    assert _rmse(tamed)[1] < 0.5 * _rmse(overfit)[1]
    assert _rmse(tamed)[1] < 1.5 * _rmse(_fit(s, degree=3, l2=0.0))[1]
    assert tamed.max_abs_coef < overfit.max_abs_coef / 10
    assert tamed.max_abs_slope() < overfit.max_abs_slope() / 10


def test_l1_features_zeroes_coefficients_and_still_fits(scenarios):
    s = scenarios["l1_features"]
    assert s.model.l1 > 0 and s.model.l2 == 0
    result = _fit(s)
    assert result.n_zero >= 1
    assert int(np.count_nonzero(result.coef == 0.0)) == result.n_zero
    _, cubic_test = _rmse(_fit(s, degree=3, l1=0.0))
    assert _rmse(result)[1] < 1.5 * cubic_test


def test_too_little_data_overfits_and_more_data_cures_it(scenarios):
    s = scenarios["too_little_data"]
    assert s.generator.n_train <= 10 and 3 <= s.model.degree < s.generator.n_train
    assert s.model.l1 == 0 and s.model.l2 == 0
    train, test = _rmse(_fit(s))
    assert test > 4 * train
    # The remedy of the explanation: the same degree with 50 training points.
    _, test_more = _rmse(_fit(s, n_train=50))
    assert test_more < test / 2
    assert test_more < 1.5 * s.generator.noise


def test_too_much_noise_fits_the_noise_and_clean_data_cures_it(scenarios):
    s = scenarios["too_much_noise"]
    assert s.generator.noise >= 0.8
    noisy = _fit(s)
    train, test = _rmse(noisy)
    assert train < 0.75 * s.generator.noise  # part of the noise has been fitted
    assert test > 1.5 * train
    assert _distance_to_truth(s, noisy) > 0.5
    # The remedy of the explanation: the same degree and points with noise 0.05.
    clean = _fit(s, noise=0.05)
    assert _distance_to_truth(s, clean) < 0.1
    assert noisy.max_abs_coef > 5 * clean.max_abs_coef


def test_lambda_too_large_underfits(scenarios):
    s = scenarios["lambda_too_large"]
    assert s.model.l2 >= 100 * scenarios["tame_l2"].model.l2
    train, test = _rmse(_fit(s))
    cubic_train, cubic_test = _rmse(_fit(s, degree=3, l2=0.0))
    assert train > 1.5 * cubic_train
    assert test > 1.5 * cubic_test
    assert abs(train - test) < 0.2 * train  # both high and close together


def test_textbook_shows_the_best_degree_of_the_classic_figure(scenarios):
    s = scenarios["textbook"]
    g = s.generator
    assert (g.preset, g.n_train, g.noise) == ("sin", 10, 0.3)
    assert s.model.degree == 3 and s.model.l1 == 0 and s.model.l2 == 0
    assert s.model.show_true_function
    tests = {d: _rmse(_fit(s, degree=d))[1] for d in range(10)}
    assert min(tests, key=tests.get) == 3
    train = _rmse(_fit(s))[0]
    for low in (0, 1):
        assert _rmse(_fit(s, degree=low))[0] > 1.5 * train
    assert _rmse(_fit(s, degree=9))[0] < 1e-6


# ------------------------------------------- the classification lab's scenarios
def _plane_fit(scenario: Scenario, **changes: object) -> LogisticFit:
    """The scenario's classifier on its points, with some settings changed."""
    data = plane_scenario_data(scenario)
    m = dataclasses.replace(data.settings.model, **changes)
    return fit_classifier(data.points, m.degree, m.l1, m.l2, m.basis, data.box)


def _kept(result: LogisticFit) -> list[str]:
    return [label for label, c in zip(result.labels, result.coef, strict=True) if c != 0]


def test_plane_scenarios_hold_their_generated_points_box_and_settings(scenarios):
    plane = [s for s in scenarios.values() if s.lab == "classification"]
    assert len(plane) == 6
    for s in plane:
        data = plane_scenario_data(s)
        assert isinstance(data, ClassificationData)
        g = s.generator
        points = generate_plane(g.preset, g.n_train, g.n_test, g.noise, g.seed)
        assert data.points == points
        assert data.box == generated_box(points.x1, points.x2) == DEFAULT_BOX
        assert data.settings.model == s.model and data.settings.clustering == s.clustering
        session = SessionData(classification=data)
        assert session_from_json(session_to_json(session)) == session
        with pytest.raises(ValueError, match="not curves"):
            scenario_session(s)
    with pytest.raises(ValueError, match="not classification"):
        plane_scenario_data(scenarios["overfit_it"])


def test_circles_need_a_lift_separated_at_degree_two_not_one(scenarios):
    s = scenarios["circles_need_a_lift"]
    two = _plane_fit(s)
    assert two.status == "optimal" and two.l2 == 0.001
    assert (two.train_accuracy, round(two.test_accuracy, 2)) == (1.0, 0.99)
    one = _plane_fit(s, degree=1)
    assert round(one.train_accuracy, 2) == 0.58 and round(one.test_accuracy, 2) == 0.46
    assert _plane_fit(s, l2=0.0).status == "separable"


def test_xor_keeps_only_the_product_under_l1(scenarios):
    s = scenarios["xor_needs_a_product"]
    two = _plane_fit(s)
    assert _kept(two) == ["1", "x1 x2"] and two.n_zero == 4
    assert round(two.train_accuracy, 2) == 0.92 and round(two.test_accuracy, 2) == 0.93
    one = _plane_fit(s, degree=1)
    assert round(one.train_accuracy, 2) == 0.53 and round(one.test_accuracy, 2) == 0.44


def test_the_boundary_overfits_and_a_penalty_or_a_lower_degree_tames_it(scenarios):
    s = scenarios["boundary_overfits"]
    wild = _plane_fit(s)
    assert wild.status == "separable" and wild.coef.size == 66 and wild.n_train == 30
    assert round(wild.train_accuracy, 2) == 0.97 and round(wild.test_accuracy, 2) == 0.74
    assert round(wild.test_cross_entropy_bits, 1) == 1.8
    assert round(_plane_fit(s, degree=2).test_accuracy, 2) == 0.80
    ridge = _plane_fit(s, l2=0.001)
    assert round(ridge.test_accuracy, 2) == 0.83
    assert round(ridge.test_cross_entropy_bits, 2) == 0.56
    lasso = _plane_fit(s, l1=0.003)
    assert lasso.n_zero == 61 and round(lasso.test_accuracy, 2) == 0.83
    data = plane_scenario_data(s)
    cv = cross_validate(prepare(data.points, data.box), 10, classifier_lambda_grid(), PenaltyMix(0))
    assert cv.best_lambda == pytest.approx(0.001)


def test_l1_picks_the_circle_among_the_monomials_of_degree_six(scenarios):
    s = scenarios["l1_picks_monomials"]
    for l1 in (0.01, 1e-6):
        sparse = _plane_fit(s, l1=l1)
        assert _kept(sparse) == ["1", "x1^2", "x2^2"] and sparse.n_zero == 25
        assert sparse.train_accuracy == 1.0
    assert round(_plane_fit(s).test_accuracy, 2) == 0.99
    gone = _plane_fit(s, l1=0.05)
    assert gone.n_zero == 28 and gone.train_accuracy == 0.5
    assert np.all(gone.probability == 0.5)


def test_too_large_a_lambda_fades_the_classifier_and_cv_finds_a_better_one(scenarios):
    s = scenarios["plane_lambda_too_large"]
    faded = _plane_fit(s)
    assert round(faded.max_abs_coef, 2) == 0.07
    assert faded.probability.min() > 0.48 and faded.probability.max() < 0.52
    assert round(faded.train_accuracy, 2) == 0.78 and round(faded.test_accuracy, 2) == 0.73
    assert round(faded.train_cross_entropy_bits, 2) == 0.98
    data = plane_scenario_data(s)
    cv = cross_validate(prepare(data.points, data.box), 6, classifier_lambda_grid(), PenaltyMix(0))
    assert cv.best_lambda == pytest.approx(1e-5)
    best = _plane_fit(s, l2=cv.best_lambda)
    assert round(best.test_accuracy, 2) == 0.97 and round(best.test_cross_entropy_bits, 2) == 0.22


def test_k_means_cuts_the_rings_in_the_plane_and_separates_them_on_the_paraboloid(scenarios):
    s = scenarios["kmeans_lift"]
    c = s.clustering
    assert (c.k, c.space, c.height, c.shown) == (2, "paraboloid", 0.0, True)
    data = plane_scenario_data(s)
    xy = np.column_stack([data.points.x1, data.points.x2])
    kbox = data.box

    def purity(x: np.ndarray) -> tuple[float, float]:
        result = km.kmeans(x, c.k, restarts=c.restarts, seed=c.seed)
        classes = data.points.label
        return km.purity(result.labels, classes), km.adjusted_rand_index(result.labels, classes)

    flat = purity(km.paraboloid_space(xy, 0.0, kbox))
    assert round(flat[0], 2) == 0.52 and abs(flat[1]) < 0.01
    assert round(purity(km.paraboloid_space(xy, 1.5, kbox))[0], 2) == 0.73
    assert purity(km.paraboloid_space(xy, 2.0, kbox))[0] == 0.995
    assert purity(km.paraboloid_space(xy, 2.5, kbox)) == (1.0, 1.0)
    z1, z2 = data.box.to_unit(data.points.x1, data.points.x2)
    scaled = km.scale_columns(features(z1, z2, 2)[:, 1:])
    assert round(purity(scaled)[0], 2) == 0.65


# ------------------------------------------------------ loading bad files
def _document() -> dict:
    return json.loads(SCENARIOS_PATH.read_text(encoding="utf-8"))


def _write(tmp_path: Path, document: dict | str) -> Path:
    path = tmp_path / "scenarios.json"
    text = document if isinstance(document, str) else json.dumps(document, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def _scenario_entry(document: dict, key: str) -> dict:
    return next(e for e in document["scenarios"] if e["key"] == key)


def test_a_bad_value_is_reported_with_scenario_and_field(tmp_path):
    document = _document()
    _scenario_entry(document, "tame_l2")["setup"]["model"]["l2"] = -1
    with pytest.raises(ValueError, match=r"scenario 'tame_l2'.*setup\.model\.l2.*>= 0"):
        load_scenarios(_write(tmp_path, document))

    document = _document()
    _scenario_entry(document, "textbook")["setup"]["generator"]["preset"] = "cosine"
    with pytest.raises(ValueError, match=r"scenario 'textbook'.*setup\.generator\.preset"):
        load_scenarios(_write(tmp_path, document))

    document = _document()
    _scenario_entry(document, "overfit_it")["setup"]["model"]["degree"] = 31
    with pytest.raises(ValueError, match=r"scenario 'overfit_it'.*degree"):
        load_scenarios(_write(tmp_path, document))


def test_a_scenario_names_its_lab(tmp_path):
    document = _document()
    entry = _scenario_entry(document, "tame_l2")
    entry["lab"] = "curves"
    assert {s.key: s for s in load_scenarios(_write(tmp_path, document))}["tame_l2"].lab == "curves"
    entry["lab"] = "optics"
    with pytest.raises(ValueError, match=r"scenario 'tame_l2'.*lab must be one of curves"):
        load_scenarios(_write(tmp_path, document))
    document = _document()
    _scenario_entry(document, "kmeans_lift")["setup"].pop("clustering")
    with pytest.raises(ValueError, match=r"'kmeans_lift'.*setup.*missing field 'clustering'"):
        load_scenarios(_write(tmp_path, document))
    document = _document()
    _scenario_entry(document, "kmeans_lift")["setup"]["clustering"]["height"] = 9
    with pytest.raises(ValueError, match=r"'kmeans_lift'.*setup\.clustering\.height"):
        load_scenarios(_write(tmp_path, document))
    document = _document()
    _scenario_entry(document, "xor_needs_a_product")["setup"]["model"]["degree"] = 11
    with pytest.raises(ValueError, match=r"'xor_needs_a_product'.*setup\.model\.degree"):
        load_scenarios(_write(tmp_path, document))
    document = _document()
    _scenario_entry(document, "tame_l2")["setup"]["clustering"] = {}
    with pytest.raises(ValueError, match=r"'tame_l2'.*unknown field 'clustering'"):
        load_scenarios(_write(tmp_path, document))


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda e: e.pop("title_zh"), r"scenario 'l1_features'.*missing field 'title_zh'"),
        (lambda e: e.update(extra=1), r"scenario 'l1_features'.*unknown field 'extra'"),
        (lambda e: e.update(explanation_en="  "), r"'l1_features'.*explanation_en.*non-empty"),
        (lambda e: e["setup"]["model"].pop("basis"), r"'l1_features'.*setup\.model.*'basis'"),
        (lambda e: e["setup"].pop("generator"), r"'l1_features'.*setup.*'generator'"),
        (lambda e: e["setup"]["model"].update(l1=True), r"'l1_features'.*setup\.model\.l1"),
        (lambda e: e.update(key="L1 features"), r"key must be lowercase"),
    ],
)
def test_a_bad_scenario_is_reported(tmp_path, edit, message):
    document = _document()
    edit(_scenario_entry(document, "l1_features"))
    with pytest.raises(ValueError, match=message):
        load_scenarios(_write(tmp_path, document))


def test_bad_files_are_refused(tmp_path):
    document = _document()
    document["scenarios"].append(document["scenarios"][0])
    with pytest.raises(ValueError, match="appears twice"):
        load_scenarios(_write(tmp_path, document))

    with pytest.raises(ValueError, match=r"line 1, column \d+: not valid JSON"):
        load_scenarios(_write(tmp_path, '{"format": '))

    document = _document()
    document["version"] = 2
    with pytest.raises(ValueError, match="newer"):
        load_scenarios(_write(tmp_path, document))

    document = _document()
    document["format"] = "something-else"
    with pytest.raises(ValueError, match="format"):
        load_scenarios(_write(tmp_path, document))

    with pytest.raises(ValueError, match="cannot read"):
        load_scenarios(tmp_path / "missing.json")

    text = SCENARIOS_PATH.read_text(encoding="utf-8").replace('"l2": 0.001', '"l2": NaN')
    with pytest.raises(ValueError, match=r"'tame_l2'.*l2"):
        load_scenarios(_write(tmp_path, text))


# ------------------------------------------------------------ help pages
class _Page(HTMLParser):
    """Collects what the checks need and verifies that tags nest properly."""

    VOID = frozenset({"img", "br", "meta", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.images: list[str] = []
        self.blocks: list[tuple[str, str]] = []  # (tag, text) of each p and li
        self.show_me: list[dict[str, str | None]] = []
        self.problems: list[str] = []
        self._stack: list[str] = []
        self._text: list[list[str]] = []
        self._in_code = 0
        self._body_text: list[str] = []
        self._in_body = False

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])
        if tag == "img":
            self.images.append(values.get("src") or "")
        if "show-me" in (values.get("class") or "").split():
            self.show_me.append(values)
        if tag == "body":
            self._in_body = True
        if tag == "code":
            self._in_code += 1
        if tag in ("p", "li"):
            self._text.append([])
        if tag not in self.VOID:
            self._stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self._stack or self._stack[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self._stack[-1] if self._stack else ''}>")
            return
        self._stack.pop()
        if tag == "code":
            self._in_code -= 1
        if tag in ("p", "li"):
            self.blocks.append((tag, " ".join(self._text.pop()).strip()))

    def handle_data(self, data):
        if self._in_body:
            self._body_text.append(data)
        if self._text and not self._in_code:
            for block in self._text:
                block.append(data)

    def close(self):
        super().close()
        if self._stack:
            self.problems.append(f"unclosed tags: {self._stack}")

    @property
    def body_text(self) -> str:
        return " ".join(self._body_text)


def _parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


ALL_PAGES = (INDEX_TOPIC, *HELP_TOPICS)


@pytest.mark.parametrize("language", HELP_LANGUAGES)
@pytest.mark.parametrize("topic", ALL_PAGES)
def test_help_page_parses_and_its_links_and_images_resolve(topic, language):
    path = help_page_path(topic, language)
    assert path.is_file(), path
    page = _parse(path)
    assert not page.problems, page.problems
    for target in page.links + page.images:
        assert target and "://" not in target and not target.startswith("/"), target
        resolved = (path.parent / target.split("#")[0]).resolve()
        assert resolved.is_file(), f"{path.name}: {target} does not exist"
        assert HELP_DIR.resolve() in resolved.parents


@pytest.mark.parametrize("language", HELP_LANGUAGES)
@pytest.mark.parametrize("topic", ALL_PAGES)
def test_show_me_names_an_existing_scenario(topic, language, scenarios):
    text = help_page_path(topic, language).read_text(encoding="utf-8")
    key = show_me_scenario(text)
    if topic in PAGES_WITHOUT_SHOW_ME:
        assert key is None
        return
    assert key in scenarios, f"{topic} ({language}) shows {key!r}"
    show_me = _parse(help_page_path(topic, language)).show_me
    assert len(show_me) == 1
    # The line the GUI turns into a button is the page's last paragraph.
    blocks = _parse(help_page_path(topic, language)).blocks
    assert blocks[-1][0] == "p" and blocks[-1][1]


@pytest.mark.parametrize("topic", HELP_TOPICS)
def test_both_languages_have_the_same_page_structure(topic):
    en = _parse(help_page_path(topic, "en"))
    zh = _parse(help_page_path(topic, "zh_CN"))
    # The same pictures, each drawn in the page's language.
    assert [src.replace("/zh_CN/", "/en/") for src in zh.images] == en.images
    assert all("/en/" in src for src in en.images)
    assert en.links == zh.links
    assert [s.get("data-scenario") for s in en.show_me] == [
        s.get("data-scenario") for s in zh.show_me
    ]
    assert len(en.blocks) == len(zh.blocks)


@pytest.mark.parametrize("topic", HELP_TOPICS)
def test_english_pages_are_short_and_in_english(topic):
    page = _parse(help_page_path(topic, "en"))
    words = len(page.body_text.split())
    assert 150 <= words <= 400, f"{topic}: {words} words"
    assert not CJK.search(page.body_text)


@pytest.mark.parametrize("topic", ALL_PAGES)
def test_chinese_pages_leave_no_english_untranslated(topic):
    page = _parse(help_page_path(topic, "zh_CN"))
    texts = [text for _, text in page.blocks if text]
    assert texts
    with_cjk = [text for text in texts if CJK.search(text)]
    assert len(with_cjk) >= 0.8 * len(texts)
    for text in texts:
        # Formulas, code and names (RMSE, Lasso, K-means) are fine; a sentence is not.
        if len(LATIN_WORD.findall(text)) > 6:
            assert CJK.search(text), f"{topic}: untranslated: {text[:80]!r}"


def test_contents_page_lists_every_topic_in_order():
    assert help_topics() == list(HELP_TOPICS)
    for language in HELP_LANGUAGES:
        links = _parse(help_page_path(INDEX_TOPIC, language)).links
        assert links == [f"{topic}.html" for topic in help_topics()]


def test_images_are_small_pngs_drawn_in_each_language():
    used = {
        (help_page_path(topic, language).parent / src).resolve()
        for topic in HELP_TOPICS
        for language in HELP_LANGUAGES
        for src in _parse(help_page_path(topic, language)).images
    }
    assert used
    assert sum(path.stat().st_size for path in used) < MAX_IMAGE_BYTES
    for path in used:
        assert path.parent.name in HELP_LANGUAGES, path
        header = path.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n", path
        width, _height = struct.unpack(">II", header[16:24])
        # Stored at 1.5 times the size the guide shows them (crisp on HiDPI); the
        # widest, a pair of plots side by side, is shown 520 px wide.
        assert width <= 900, f"{path.name} is {width} px wide"


def test_help_page_path_and_show_me_parser():
    assert help_page_path("risk", "zh_CN") == HELP_DIR / "zh_CN" / "risk.html"
    assert help_page_path(INDEX_TOPIC, "en") == HELP_DIR / "en" / "index.html"
    with pytest.raises(ValueError, match="topic"):
        help_page_path("nonsense", "en")
    with pytest.raises(ValueError, match="language"):
        help_page_path("risk", "fr")
    assert show_me_scenario("<p>nothing here</p>") is None
    assert show_me_scenario('<p class="show-me">no key</p>') is None
    assert show_me_scenario('<p class="note show-me" data-scenario="tame_l2">x</p>') == "tame_l2"
    assert show_me_scenario('<p class="show-menu" data-scenario="x">x</p>') is None


def test_help_page_titles_come_from_the_pages():
    assert help_page_title("l1_l2", "en") == "L1 and L2 regularization"
    assert help_page_title("entropy", "zh_CN") == "熵"
    titles = {help_page_title(topic, "zh_CN") for topic in help_topics()}
    assert len(titles) == len(help_topics())
