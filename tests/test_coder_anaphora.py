"""Whose role it is: a role with no country of its own takes one from a place named
with it or from an actor it refers to.

Pinned with the small test codebook.
"""

from __future__ import annotations

import pytest

from coding import Coder

from .helpers import MINI


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder(MINI, use_cache=False)


def coded(coder: Coder, text: str) -> list[tuple]:
    return sorted((e.source, e.target, e.code) for e in coder.code(text, date="2024-01-17"))


def test_role_north_of_a_place_is_the_places(coder):
    # as "soldiers in Damascus" are Syria's, not the attacker's
    assert coded(coder, "Israeli jets struck soldiers north of Damascus.") == [
        ("ISRMIL", "SYRMIL", "190")]
    assert coded(coder, "Soldiers south-west of Damascus were attacked by Israeli jets.") == [
        ("ISRMIL", "SYRMIL", "190")]
