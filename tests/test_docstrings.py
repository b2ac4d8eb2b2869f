"""The examples in docstrings run and print what they show.

Users copy them from `help()` and the API docs, so a stale example is a bug: every
module of `coding` and `schemas` whose docstrings hold `>>>` examples is run here.
"""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

import coding

from .helpers import ROOT

MODULES = sorted(
    ".".join(path.relative_to(ROOT).with_suffix("").parts)
    for package in ("coding", "schemas")
    for path in (ROOT / package).glob("*.py")
    if ">>>" in path.read_text(encoding="utf-8"))


def test_the_modules_with_examples_are_found():
    assert {"coding.coder", "coding.pipeline", "schemas.events"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, extraglobs={"coding": coding},
                             optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0, Path(module.__file__).name
