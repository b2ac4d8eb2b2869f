"""The Dask engine codes exactly the events of the local engine, on a real cluster."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coding.io import Fields
from coding.pipeline import Options, read_events, read_metadata, run_code

from .helpers import MINI

distributed = pytest.importorskip("distributed")

TEXTS = [
    "Iran condemned Pakistan. Pakistan recalled its ambassador from Tehran.",
    "Syrian media said Israeli jets struck Damascus.",
    "The United States and Britain struck Iran. Iran and Pakistan met.",
    "Rebels in Syria attacked Israeli troops.",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("dask") / "docs.jsonl"
    with path.open("w") as fh:
        for n in range(240):
            fh.write(json.dumps({"id": f"d{n}", "date": f"202{3 + n % 2}-0{1 + n % 9}-15",
                                 "text": TEXTS[n % len(TEXTS)]}) + "\n")
    return path


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as c:
        yield c


def test_dask_engine_on_a_two_worker_cluster_equals_the_local_engine(corpus, cluster, tmp_path):
    local = run_code([corpus], tmp_path / "local.parquet",
                     Options(codebook=(str(MINI),), reproducible=True))
    options = Options(codebook=(str(MINI),), engine="dask", scheduler=cluster.scheduler_address,
                      partition_by="year", reproducible=True, fields=Fields())
    remote = run_code([corpus], tmp_path / "dask", options)
    key = ["event_id", "source", "target", "code", "date", "sentence"]
    a = read_events(tmp_path / "local.parquet")[key].sort_values("event_id").reset_index(
        drop=True)
    b = read_events(tmp_path / "dask")[key].sort_values("event_id").reset_index(drop=True)
    assert len(a) == local.events == remote.events > 0
    assert a.equals(b)
    assert sorted(p.name for p in (tmp_path / "dask").iterdir()) == [
        "_common_metadata", "year=2023", "year=2024"]
    meta = read_metadata(tmp_path / "dask")
    assert meta["parameters"]["engine"] == "dask"
    assert meta["counts"]["events"] == remote.events
