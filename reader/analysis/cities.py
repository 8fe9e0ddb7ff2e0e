"""The world's capitals and the large cities most often in the news (resources/cities.txt)."""

from __future__ import annotations

from functools import cache

from reader.paths import resource


@cache
def _cities() -> frozenset[str]:
    lines = resource("cities.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines
                     if line.strip() and not line.startswith("#"))


def is_city(name: str) -> bool:
    """Whether a name is that of a capital or a large city ("Kyiv", "Mosul", "Buenos Aires")."""
    return name.strip().casefold() in _cities()
