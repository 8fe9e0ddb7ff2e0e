"""One name written with and without a space between its words: "Time Warner" and
"TimeWarner", "Play Station" and "PlayStation"."""

from __future__ import annotations

from collections import defaultdict

from reader.analysis.aliases import AliasIndex


def join_spacing_variants(index: AliasIndex) -> None:
    """Names of several words whose words run together make another name of the text (a
    person's with a person's, anything else with anything else but a person's) are one."""
    joined: dict[tuple[str, bool], list[tuple[str, ...]]] = defaultdict(list)
    for name in index.names.values():
        if name.kind == "name":
            joined["".join(name.key), name.label == "PERSON"].append(name.key)
    for keys in joined.values():
        if len(keys) > 1 and any(len(key) > 1 for key in keys):
            for key in keys[1:]:
                index.union(keys[0], key)
