"""``main.py cluster``: K-means of a CSV of plane points, through the real entry point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from sklearn.cluster import KMeans

from core import kmeans as km
from core.plane import Box
from core.plane_csv import format_plane_csv
from core.plane_datasets import generate_plane

ROOT = Path(__file__).resolve().parents[2]


def run_main(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


@pytest.fixture(scope="module")
def rings_csv(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("rings") / "rings.csv"
    path.write_text(format_plane_csv(generate_plane("circles", 150, 50, 0.05, 1)))
    return path


def _table(path: Path) -> np.ndarray:
    rows = [line.split(",") for line in path.read_text().splitlines()[1:]]
    return np.array([[float(r[0]), float(r[1]), float(r[2])] for r in rows])


def test_json_is_the_core_clustering_of_the_file(rings_csv: Path) -> None:
    proc = run_main(
        "cluster", str(rings_csv), "--k", "3", "--seed", "4", "--restarts", "2", "--json"
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    table = _table(rings_csv)
    box = Box.bounding(table[:, 0], table[:, 1])
    plane = table[:, :2]
    expected = km.kmeans(km.plane_space(plane, box), 3, restarts=2, seed=4, plane=plane)
    assert out["labels"] == expected.labels.tolist()
    assert out["inertia"] == expected.inertia
    np.testing.assert_array_equal(out["centroids"], expected.plane_centroids)
    np.testing.assert_array_equal(out["centroids_clustered"], expected.centroids)
    assert out["space"] == "plane" and out["lift_height"] is None
    assert out["domain"] == list(box.as_tuple())
    assert out["n_iter"] == expected.n_iter and out["converged"] is True
    assert out["cluster_sizes"] == np.bincount(expected.labels).tolist()
    assert len(out["restart_inertias"]) == 2 and out["n_points"] == 200
    classes = table[:, 2].astype(int)
    assert out["purity"] == km.purity(expected.labels, classes)
    assert out["adjusted_rand_index"] == km.adjusted_rand_index(expected.labels, classes)
    # A Lloyd fixed point: every point nearest its own centroid, every centroid its points' mean.
    x = km.plane_space(plane, box)
    c = np.array(out["centroids_clustered"])
    labels = np.array(out["labels"])
    assert np.array_equal(km.nearest_centroid(x, c), labels)
    np.testing.assert_allclose(c, km.cluster_means(x, labels, 3), atol=1e-12)


def test_the_rings_are_cut_in_half_in_the_plane_and_separated_on_the_paraboloid(
    rings_csv: Path,
) -> None:
    flat = json.loads(run_main("cluster", str(rings_csv), "--k", "2", "--json").stdout)
    assert flat["purity"] < 0.6 and abs(flat["adjusted_rand_index"]) < 0.1
    for height in ("1.5", "2", "5"):
        lifted = json.loads(
            run_main(
                "cluster", str(rings_csv), "--k", "2", "--lift-height", height, "--json"
            ).stdout
        )
        assert lifted["space"] == "paraboloid" and lifted["lift_height"] == float(height)
        assert lifted["purity"] == 1.0 and lifted["adjusted_rand_index"] == 1.0
    low = json.loads(
        run_main("cluster", str(rings_csv), "--k", "2", "--lift-height", "0.5", "--json").stdout
    )
    assert low["purity"] < 0.6


def test_with_the_same_start_the_paraboloid_clustering_equals_scikit_learns(
    rings_csv: Path,
) -> None:
    out = json.loads(
        run_main(
            "cluster", str(rings_csv), "--k", "4", "--lift-height", "1.5", "--restarts", "1",
            "--seed", "9", "--json",
        ).stdout
    )  # fmt: skip
    table = _table(rings_csv)
    box = Box.bounding(table[:, 0], table[:, 1])
    x = km.paraboloid_space(table[:, :2], 1.5, box)
    seeds = km.start(x, 4, 9).centroids
    theirs = KMeans(4, init=seeds, n_init=1, tol=0.0, max_iter=1000).fit(x)
    np.testing.assert_allclose(out["centroids_clustered"], theirs.cluster_centers_, atol=1e-9)
    assert out["labels"] == theirs.labels_.tolist()
    assert out["inertia"] == pytest.approx(theirs.inertia_, rel=1e-9)


def test_text_output_and_a_file_without_labels(tmp_path: Path, rings_csv: Path) -> None:
    bare = tmp_path / "bare.csv"
    lines = rings_csv.read_text().splitlines()[1:]
    bare.write_text("\n".join(",".join(line.split(",")[:2]) for line in lines) + "\n")
    proc = run_main("cluster", str(bare), "--k", "2", "--lift-height", "2")
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout
    assert text.startswith("K = 2 in the paraboloid (z1, z2, h (z1^2 + z2^2)), h = 2; box [")
    assert "agreement with labels: n/a (the file has no label column)" in text
    assert "at a fixed point" in text and "inertia (in the space clustered): " in text
    assert "centroids in the plane (mean of each cluster's points):" in text
    label_lines = text.split("labels (in file order):\n")[1].splitlines()
    assert len(label_lines) == 5 and len(label_lines[0].split()) == 40
    out = json.loads(run_main("cluster", str(bare), "--k", "2", "--json").stdout)
    assert out["purity"] is None and out["adjusted_rand_index"] is None
    assert "NaN" not in text


def test_a_given_box_is_used_and_must_hold_the_points(tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("x1,x2,label\n0,0,0\n1,1,1\n0.5,0.2,0\n")
    out = json.loads(
        run_main(
            "cluster", str(path), "--k", "2", "--domain", "-1", "1", "-1", "1", "--json"
        ).stdout
    )
    assert out["domain"] == [-1.0, 1.0, -1.0, 1.0]
    proc = run_main("cluster", str(path), "--k", "2", "--domain", "0", "0.2", "0", "1")
    assert proc.returncode == 2
    (line,) = proc.stderr.strip().splitlines()
    assert "p.csv: point 2 (in file order): x1 = 1.0 lies too far outside" in line


BAD_FILES = {
    "empty": ("", "no data"),
    "label": ("x1,x2,label\n1,2,0\n3,4,2\n", "line 3"),
    "columns": ("1,2\n3\n", "line 2"),
    "nan": ("1,2\n3,nan\n", "line 2"),
    "equal_x1": ("0.5,1\n0.5,2\n", "all x1 values equal 0.5"),
    "too_few": ("0,0\n1,1\n0,0\n", "need at least 3 distinct points"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_exit_2_with_one_line_naming_the_place(tmp_path: Path, case: str) -> None:
    content, expected = BAD_FILES[case]
    path = tmp_path / f"{case}.csv"
    path.write_text(content, encoding="utf-8")
    proc = run_main("cluster", str(path), "--k", "3")
    assert proc.returncode == 2 and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert path.name in lines[0] or "--k" in lines[0]
    assert expected in lines[0]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--k", "0"], "--k"),
        (["--k", "11"], "--k"),
        (["--k", "two"], "--k"),
        ([], "--k"),
        (["--k", "2", "--lift-height", "-1"], "--lift-height"),
        (["--k", "2", "--lift-height", "5.5"], "--lift-height"),
        (["--k", "2", "--lift-height", "nan"], "--lift-height"),
        (["--k", "2", "--restarts", "0"], "--restarts"),
        (["--k", "2", "--seed", "-3"], "--seed"),
        (["--k", "2", "--domain", "1", "0", "0", "1"], "--domain"),
        (["--k", "2", "--domain", "0", "1e-60", "0", "1"], "--domain: box side x1"),
    ],
)
def test_bad_arguments_exit_2_naming_the_argument(rings_csv: Path, args, expected) -> None:
    proc = run_main("cluster", str(rings_csv), *args)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], proc.stderr


def test_missing_file_and_directory(tmp_path: Path) -> None:
    for path in (tmp_path / "absent.csv", tmp_path):
        proc = run_main("cluster", str(path), "--k", "2")
        assert proc.returncode == 2
        assert len(proc.stderr.strip().splitlines()) == 1
        assert path.name in proc.stderr
