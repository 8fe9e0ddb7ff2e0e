"""Shared readers for the benchmark data in ../shared/eval: MEANTIME CAT XML and PolNeAR brat.

Usage from a bench script (run as `uv run python tests/bench/bench_x.py`):

    from _eval import EVAL_DIR, require, meantime_docs, polnear_docs
    require("meantime")                      # prints a line and exits 0 when the data is absent
    for doc in meantime_docs():              # MeantimeDoc: text, markables, relations
        for m in doc.markables_of("ENTITY_MENTION"):
            print(m.m_id, m.span, doc.text[m.span[0]:m.span[1]], m.attrs["syntactic_type"])
    for doc in polnear_docs():               # PolnearDoc: text, spans (T lines), events (E lines)
        ...

MEANTIME text is its tokens joined with single spaces (sentence_break can put "\\n" between
sentences instead); a markable's span runs from its first anchored token's start to its last
token's end (gaps in discontinuous markables are covered). Offsets are [start, end).
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

EVAL_DIR = Path(__file__).resolve().parents[3] / "shared" / "eval"
Span = tuple[int, int]


def require(*names: str) -> None:
    """Exit 0 with a line on stdout when ../shared/eval (or a named folder in it) is absent."""
    for name in ("", *names):
        if not (EVAL_DIR / name).exists():
            print(f"skipped: {EVAL_DIR / name} is absent")
            sys.exit(0)


# MEANTIME ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Markable:
    """One CAT markable: ENTITY_MENTION, EVENT_MENTION, TIMEX3, VALUE, SIGNAL, ENTITY, EVENT."""

    tag: str
    m_id: str
    span: Span | None  # None for instance-level markables with no tokens (ENTITY, EVENT)
    token_ids: tuple[str, ...]
    attrs: dict[str, str]


@dataclass(frozen=True, slots=True)
class Relation:
    """One CAT relation (REFERS_TO, HAS_PARTICIPANT, TLINK, ...): source and target m_ids."""

    tag: str
    r_id: str
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    attrs: dict[str, str]


@dataclass(slots=True)
class MeantimeDoc:
    """A MEANTIME article: text, tokens with offsets, markables by m_id and relations."""

    name: str
    path: Path
    text: str
    tokens: dict[str, Span]  # t_id -> (start, end)
    sentence_of: dict[str, int]  # t_id -> sentence number
    markables: dict[str, Markable] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)

    def markables_of(self, tag: str) -> list[Markable]:
        return [m for m in self.markables.values() if m.tag == tag]

    def relations_of(self, tag: str) -> list[Relation]:
        return [r for r in self.relations if r.tag == tag]

    def refers_to(self) -> dict[str, str]:
        """Mention m_id -> instance m_id (the ENTITY or EVENT it names), from REFERS_TO."""
        return {s: r.targets[0] for r in self.relations_of("REFERS_TO") if r.targets
                for s in r.sources}


def read_meantime(path: Path, *, sentence_break: str = " ") -> MeantimeDoc:
    """Parse one CAT XML file; tokens are joined with single spaces (sentence_break between
    sentences)."""
    root = ET.parse(path).getroot()
    pieces: list[str] = []
    tokens: dict[str, Span] = {}
    sentence_of: dict[str, int] = {}
    position, last_sentence = 0, None
    for token in root.iter("token"):
        sentence = int(token.get("sentence", "0"))
        if pieces:
            sep = sentence_break if sentence != last_sentence else " "
            pieces.append(sep)
            position += len(sep)
        word = token.text or ""
        t_id = token.get("t_id", "")
        tokens[t_id] = (position, position + len(word))
        sentence_of[t_id] = sentence
        pieces.append(word)
        position += len(word)
        last_sentence = sentence
    doc = MeantimeDoc(path.stem, path, "".join(pieces), tokens, sentence_of)
    markables = root.find("Markables")
    for element in markables if markables is not None else ():
        ids = tuple(a.get("t_id", "") for a in element.iter("token_anchor"))
        spans = [tokens[t] for t in ids if t in tokens]
        span = (min(s for s, _ in spans), max(e for _, e in spans)) if spans else None
        m_id = element.get("m_id", "")
        doc.markables[m_id] = Markable(element.tag, m_id, span, ids, dict(element.attrib))
    relations = root.find("Relations")
    for element in relations if relations is not None else ():
        doc.relations.append(Relation(
            element.tag, element.get("r_id", ""),
            tuple(s.get("m_id", "") for s in element.iter("source")),
            tuple(t.get("m_id", "") for t in element.iter("target")),
            dict(element.attrib)))
    return doc


def meantime_docs(*, sentence_break: str = " ") -> Iterator[MeantimeDoc]:
    """Every MEANTIME article (corpus_airbus, corpus_apple), in name order."""
    for path in sorted((EVAL_DIR / "meantime").glob("corpus_*/*.xml")):
        yield read_meantime(path, sentence_break=sentence_break)


# PolNeAR (brat standoff) ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BratSpan:
    """A T line: id, type (Source, Cue, Content, Attribution), fragments and covered text."""

    id: str
    type: str
    fragments: tuple[Span, ...]  # discontinuous spans have several
    text: str

    @property
    def extent(self) -> Span:
        return self.fragments[0][0], self.fragments[-1][1]


@dataclass(slots=True)
class PolnearDoc:
    """A PolNeAR text with one annotator's attributions (E lines: role -> T id)."""

    name: str
    text: str
    spans: dict[str, BratSpan]
    events: list[dict[str, str]]  # e.g. {"Attribution": "T4", "Source": "T1", "Cue": "T2", ...}

    def role(self, event: dict[str, str], role: str) -> BratSpan | None:
        ref = event.get(role)
        return self.spans.get(ref) if ref else None


def read_brat(ann: Path, text: str, name: str = "") -> PolnearDoc:
    spans: dict[str, BratSpan] = {}
    events: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, offsets = parts[1].partition(" ")
            fragments = tuple((int(a), int(b)) for a, b in
                              (f.split() for f in offsets.split(";")))
            covered = parts[2] if len(parts) > 2 else ""
            spans[parts[0]] = BratSpan(parts[0], kind, fragments, covered)
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    return PolnearDoc(name or ann.stem, text, spans, events)


def polnear_texts(base: Path | None = None) -> list[Path]:
    """The PolNeAR dev texts (or those of another folder laid out alike), in name order."""
    return sorted((base or EVAL_DIR / "polnear-dev").joinpath("text").glob("*.txt"))


def polnear_docs(base: Path | None = None) -> Iterator[PolnearDoc]:
    """Each PolNeAR dev text with the first annotation file for it (one annotator); base is
    another folder with the same text/ and attributions/ layout."""
    ann_dir = (base or EVAL_DIR / "polnear-dev") / "attributions"
    for text_path in polnear_texts(base):
        anns = sorted(ann_dir.glob(f"{text_path.stem}_*.ann"))
        if anns:
            text = text_path.read_text(encoding="utf-8")
            yield read_brat(anns[0], text, text_path.stem)
