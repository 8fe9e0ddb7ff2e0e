"""Damaged copies of every seed: loading gives a Document or a ReaderError, nothing else."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reader.errors import ReaderError
from reader.loaders import load
from tests.conftest import SAMPLE, SEEDS
from tests.loaders.helpers import assert_well_formed

SEED_FILES = [SAMPLE, *(SEEDS / f"sample.{fmt}" for fmt in ("md", "html", "pdf", "docx", "epub"))]
MUTANTS = 12


def mutate(data: bytes, rng: random.Random) -> bytes:
    """data with random bytes changed, a random tail cut, or random bytes spliced in."""
    out = bytearray(data)
    kind = rng.choice(("flip", "cut", "splice"))
    if kind == "flip":
        for _ in range(rng.randint(1, 20)):
            out[rng.randrange(len(out))] = rng.randrange(256)
    elif kind == "cut":
        del out[rng.randrange(1, len(out)) :]
    else:
        at = rng.randrange(len(out))
        out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 200)))
    return bytes(out)


@pytest.mark.parametrize("seed", SEED_FILES, ids=[p.suffix for p in SEED_FILES])
def test_damaged_files_fail_cleanly(tmp_path: Path, seed: Path) -> None:
    rng = random.Random(seed.suffix)
    data = seed.read_bytes()
    messages: list[tuple[Path, str]] = []
    for number in range(MUTANTS):
        path = tmp_path / f"damaged{number}{seed.suffix}"
        path.write_bytes(mutate(data, rng))
        try:
            document = load(path)
        except ReaderError as error:
            messages.append((path, str(error)))
            continue
        assert_well_formed(document)
    for path, message in messages:
        assert message.startswith(f"{path}: ")
        assert "\n" not in message
