"""Quote extraction against PolNeAR dev: precision, recall, F1, direct F1, speaker accuracy.

Run: `uv run python tests/bench/bench_quotes.py [-v] [--half A|B] [--no-cache] [--by-source]
[--dir FOLDER] [--outer-only] [--referents FILE]`
(--by-source adds a line for each publication; -v prints
misses and wrong speakers; --half scores one of two fixed halves of the articles, split by a
hash of their names, so rules can be developed on one half and checked on the other);
`--gold` scores the repository's gold articles instead (tests/data/gold/quotes.json), which need
no ../shared/eval. Parsed Docs are cached (DocBin files keyed by pipeline and text hash, under
the user cache dir, or READER_BENCH_CACHE), so a rerun only runs the extractors; --no-cache
parses afresh. --dir scores another folder of articles laid out like polnear-dev (text/*.txt and
attributions/NAME_*.ann in brat standoff), for example a set annotated later as a fresh check.
--outer-only leaves out gold attributions whose Content lies inside another's direct quote ("I
think" inside a quote), which PolNeAR seldom annotates (6 of 2192 in dev) and other annotators may.

Measures, as documented choices:
- Words are \\w+ runs, identified by position. A predicted quote matches a gold Content when the
  words they share are at least half of the gold's words and at least half of the prediction's.
  Predictions sharing one cue (`"A," he said. "B."`) count as one attribution, as PolNeAR
  annotates them; a gold attribution's Content2 (a second piece of its content) is part of
  it. Matching is one-to-one, largest overlap first.
- For scale, a second line matches on half of the gold's words only (a longer prediction that
  covers a gold Content counts).
- A third line scores each quote alone, with all the words of its span, as a script reading
  `reader analyze`'s JSON would: no grouping by cue. Reader joins the pieces of a quote its
  attribution interrupts into one quote (quote_joins), so the two seldom differ much.
- Direct F1 matches only predicted `direct` quotes against gold Contents that open with a mark.
- Speaker accuracy, over matched pairs whose gold has a Source: right when our speaker mention
  overlaps the gold Source, or our speaker's name shares a name word with it. When the gold
  Source is a third-person pronoun (he, she, it, they...), right only when our speaker's name
  shares a word with the pronoun's referent: the nearest earlier gold Source that contains a
  named entity of a fitting kind (spaCy NER on the text: a person for he/she, a person,
  organisation, nation or place for it/they), taken as that entity; a name the recogniser
  tagged a person elsewhere (or a surname of one) counts when a Source is only that name, a
  he or she passes over a name whose first name tells the other sex, and a Source opening
  with a pronoun ("he and his wife Kali") is passed over. Pronouns with no such
  earlier Source are judged by the plain rule. A relative pronoun Source (who, which) is right
  when our speaker mention ends in its sentence at most 80 characters before it (its
  antecedent). "pronoun speakers" reports the third-person pronoun measure alone.
- --referents FILE replaces that guess with people's reading: a TSV (name, start, end, pronoun,
  referent; header row first) giving, for a gold pronoun Source at a start offset, the name it
  stands for, written as the article's fullest name. Rows marked `?` keep the guess.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _eval import BratSpan, PolnearDoc, polnear_docs, require

from reader.analysis.model import Entity, Quote
from reader.analysis.nlp import load_pipeline
from reader.analysis.person_words import name_gender
from reader.analysis.quotes import extract_quotes
from reader.document import TextSpan

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

WORD = re.compile(r"\w+")
MARKS = "\"'“”‘’«»„"
PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them", "his", "their", "it", "its"})
RELATIVES = frozenset({"who", "which", "that"})
LINKS = frozenset({"more", "than", "its", "their", "his", "her", "some", "all", "many"})
PEOPLE = frozenset({"PERSON"})
GROUPS = frozenset({"ORG", "NORP", "GPE"})
NOT_NAMES = frozenset({"the", "a", "an", "mr", "ms", "mrs", "dr", "president", "sen", "gov",
                       "rep", "in", "of", "and", "on", "for", "said", "says"})


@dataclass(frozen=True, slots=True)
class Gold:
    words: frozenset[int]
    direct: bool
    source: tuple[int, int] | None
    source_text: str
    referent: str | None  # for a pronoun source, the name it stands for


@dataclass(frozen=True, slots=True)
class Predicted:
    words: frozenset[int]
    direct: bool
    quote: Quote


def words_in(text: str, fragments: list[tuple[int, int]]) -> frozenset[int]:
    return frozenset(m.start() for a, b in fragments for m in WORD.finditer(text, a, b))


def plain_words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text) if w.lower() not in NOT_NAMES | LINKS
            and not w.isdigit()}


def name_words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text) if w[0].isupper() and w.lower() not in NOT_NAMES
            and len(w) > 1}


def gold_quotes(doc: PolnearDoc, names: list[tuple[int, int, str, str]], *,
                outer_only: bool = False, referents: Referents | None = None) -> list[Gold]:
    """Gold attributions; names are the (start, end, label, text) of spaCy's entities, used only
    to find what a pronoun Source refers to when referents (annotated by people) do not say.
    outer_only leaves out those inside another's direct quote."""
    rows = []
    for event in doc.events:
        content = doc.role(event, "Content")
        if content is not None:  # a second piece of the same content is Content2
            rows.append((content, doc.role(event, "Content2"), doc.role(event, "Source")))
    if outer_only:
        quoted = [c.extent for c, *_ in rows if c.text.lstrip()[:1] in MARKS]
        rows = [r for r in rows if not any(a < r[0].extent[0] and r[0].extent[1] <= b
                                           for a, b in quoted)]
    golds = []
    for content, more, source in rows:
        referent = None
        if source is not None and source.text.strip().lower() in PRONOUNS:
            referent = (referents or {}).get((doc.name, source.extent[0])) or \
                pronoun_referent(source, [s for *_, s in rows if s is not None], names)
        fragments = list(content.fragments) + (list(more.fragments) if more else [])
        golds.append(Gold(words_in(doc.text, fragments),
                          content.text.lstrip()[:1] in MARKS,
                          source.extent if source else None, source.text if source else "",
                          referent))
    return [g for g in golds if g.words]


Referents = dict[tuple[str, int], str]


def read_referents(path: Path) -> Referents:
    """Annotated pronoun referents: a TSV of name, start, end, pronoun, referent (a header row
    first; `?` where the annotator could not tell, which leaves the pronoun to the guess)."""
    found: Referents = {}
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        name, start, _end, _pronoun, referent = (line.split("\t") + [""] * 5)[:5]
        if referent.strip() not in ("", "?"):
            found[(name, int(start))] = referent.strip()
    return found


def pronoun_referent(pronoun: BratSpan, sources: list[BratSpan],
                     names: list[tuple[int, int, str, str]]) -> str | None:
    """The name in the nearest earlier gold Source that names a fitting entity: a person for
    he/she, an organisation, nation or person for it/they."""
    word = pronoun.text.strip().lower()
    labels = PEOPLE if word in ("he", "she", "him", "her", "his") else GROUPS | PEOPLE
    sex = "m" if word in ("he", "him", "his") else "f" if word in ("she", "her") else None
    people = {w for *_, label, text in names if label in PEOPLE for w in (text, text.split()[-1])}
    before = sorted((s for s in sources if s.extent[0] < pronoun.extent[0]),
                    key=lambda s: s.extent[0], reverse=True)
    for source in before:
        start, end = source.extent
        words = source.text.split()
        if words and words[0].lower() in PRONOUNS:
            continue  # "he and his wife Kali": a pronoun's own referent, not the name beside it
        found = [text for a, b, label, text in names if label in labels and start <= a
                 and b <= end]
        if not found and source.text.strip() in people:
            found = [source.text.strip()]  # "Sabatier", which the recogniser tagged elsewhere
        for text in found:
            if sex is None or name_gender(text.split()[0], registered=False) in (sex, None):
                return text
    return None


def predicted_quotes(text: str, quotes: list[Quote]) -> list[Predicted]:
    groups: dict[object, list[Quote]] = {}
    for quote in quotes:
        key = quote.cue_span if quote.cue_span is not None else id(quote)
        groups.setdefault(key, []).append(quote)
    found = []
    for group in groups.values():
        spans = [(q.span.start, q.span.end) for q in group]
        words = words_in(text, spans)
        if words:
            found.append(Predicted(words, all(q.kind == "direct" for q in group), group[0]))
    return found


def quote_by_quote(text: str, quotes: list[Quote]) -> list[Predicted]:
    """Each quote a prediction of its own, its words all those of its span (with the
    attribution that interrupts a quote of several pieces), as a script reading the JSON
    would score it."""
    return [Predicted(words_in(text, [(q.span.start, q.span.end)]), q.kind == "direct", q)
            for q in quotes]


def match(golds: list[Gold], preds: list[Predicted], *, strict: bool = True
          ) -> list[tuple[Gold, Predicted]]:
    """One-to-one pairs sharing half of both one's words (strict) or of the gold's only."""
    pairs = []
    for gold in golds:
        for pred in preds:
            shared = len(gold.words & pred.words)
            if shared * 2 >= len(gold.words) and (not strict or shared * 2 >= len(pred.words)):
                pairs.append((shared, id(gold), id(pred), gold, pred))
    pairs.sort(key=lambda p: -p[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for _, gid, pid, gold, pred in pairs:
        if gid not in used_g and pid not in used_p:
            used_g.add(gid)
            used_p.add(pid)
            matched.append((gold, pred))
    return matched


def speaker_right(text: str, gold: Gold, quote: Quote) -> bool:
    if gold.referent is not None:
        return pronoun_right(gold, quote)
    if quote.speaker is None or gold.source is None:
        return False
    span = quote.speaker_span
    if span is not None and span.overlaps(TextSpan(*gold.source)):
        return True
    if gold.source_text.strip().lower() in RELATIVES and span is not None:
        # "Kamin, who said": the relative pronoun's antecedent stands just before it
        return 0 <= gold.source[0] - span.end <= 80 and "." not in text[span.end : gold.source[0]]
    return bool(name_words(quote.speaker) & name_words(gold.source_text)) or \
        quote.speaker.lower() == gold.source_text.lower()


def pronoun_right(gold: Gold, quote: Quote) -> bool:
    """Our speaker shares a name word with the referent; a referent with no name ("the ad",
    "environmentalists", annotated by people) is met by a shared word of any case."""
    if gold.referent is None or quote.speaker is None:
        return False
    names = name_words(gold.referent)
    if names:
        return bool(name_words(quote.speaker) & names)
    return bool(plain_words(quote.speaker) & plain_words(gold.referent))


def prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def entities_for(doc: object) -> list[Entity]:
    """The article's entities from Reader's extractor, or spaCy's ents grouped by surname."""
    try:
        from reader.analysis.entities import extract_entities

        return list(extract_entities(doc))  # type: ignore[arg-type]
    except ImportError:  # the entity extractor is not there yet
        return fallback_entities(doc)


def fallback_entities(doc: object) -> list[Entity]:
    groups: dict[tuple[str, str], list[object]] = {}
    for ent in doc.ents:  # type: ignore[attr-defined]
        if ent.label_ in ("PERSON", "ORG", "GPE", "NORP", "LOC"):
            last = ent.text.split()[-1].lower().removesuffix("'s").removesuffix("’s")
            key = (ent.label_, last if ent.label_ == "PERSON" else ent.text.lower())
            groups.setdefault(key, []).append(ent)
    found = []
    for index, ((label, _), ents) in enumerate(groups.items()):
        name = max((e.text for e in ents), key=len)  # type: ignore[attr-defined]
        aliases = tuple(dict.fromkeys([name] + [e.text for e in ents]))  # type: ignore[attr-defined]
        mentions = tuple(TextSpan(e.start_char, e.end_char) for e in ents)  # type: ignore[attr-defined]
        found.append(Entity(f"e{index}", name, label, aliases, mentions))
    return found


def cache_dir() -> Path:
    """Where parsed Docs are kept between runs: READER_BENCH_CACHE, else the user cache dir."""
    override = os.environ.get("READER_BENCH_CACHE")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("reader-bench", False)) / "docs"


def parse(nlp: Language, text: str, *, cached: bool = True) -> Doc:
    """nlp(text), read from the DocBin cache when this pipeline, with the same reader/analysis/
    nlp.py (whose sentence-break component runs before the parser), parsed this text before."""
    from spacy.tokens import DocBin

    if not cached:
        return nlp(text)
    from reader.analysis import nlp as pipeline_module  # its sentence breaks shape the parse

    breaks = hashlib.sha1(Path(pipeline_module.__file__).read_bytes()).hexdigest()
    key = hashlib.sha1("\0".join([nlp.meta.get("name", ""), nlp.meta.get("version", ""),
                                   ",".join(nlp.pipe_names), breaks, text]).encode()).hexdigest()
    path = cache_dir() / f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '')}" / key
    if path.exists():
        return next(iter(DocBin().from_bytes(path.read_bytes()).get_docs(nlp.vocab)))
    doc = nlp(text)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # one of its own for each writing process
    tmp.write_bytes(DocBin(docs=[doc]).to_bytes())
    tmp.replace(path)  # atomic: another run never reads half a file
    return doc


def half_of(name: str) -> str:
    """The half (A or B) an article belongs to, stable across runs and machines."""
    return "AB"[hashlib.sha1(name.encode()).digest()[0] % 2]


def gold_report() -> None:
    """The gold tests' measures on tests/data/gold, as numbers."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "analysis"))
    from test_gold_quotes import Scores, score

    s = score(load_pipeline())
    print(f"gold quotes: {s.gold} gold, {s.found} found, {s.matched} matched")
    print(f"gold quotes F1 {Scores.f1(s.matched, s.found, s.gold):.3f}  direct F1 "
          f"{Scores.f1(s.direct_matched, s.direct_found, s.direct_gold):.3f}  speaker accuracy "
          f"{s.speakers_right / max(s.matched, 1):.3f} ({s.speakers_right}/{s.matched})")


def main() -> None:
    if "--gold" in sys.argv:
        gold_report()
        return
    base = Path(sys.argv[sys.argv.index("--dir") + 1]) if "--dir" in sys.argv else None
    if base is None:
        require("polnear-dev")
    elif not base.joinpath("attributions").is_dir():
        print(f"skipped: {base / 'attributions'} is absent")
        return
    verbose = "-v" in sys.argv
    half = sys.argv[sys.argv.index("--half") + 1].upper() if "--half" in sys.argv else None
    cached = "--no-cache" not in sys.argv
    referents = read_referents(Path(sys.argv[sys.argv.index("--referents") + 1])) \
        if "--referents" in sys.argv else None
    nlp = load_pipeline()
    totals: Counter[str] = Counter()
    by_source: dict[str, Counter[str]] = {}
    started = time.perf_counter()
    for doc in polnear_docs(base):
        if half is not None and half_of(doc.name) != half:
            continue
        text = doc.text
        spacy_doc = parse(nlp, text, cached=cached)
        quotes = list(extract_quotes(spacy_doc, entities_for(spacy_doc)))
        names = [(e.start_char, e.end_char, e.label_, e.text) for e in spacy_doc.ents]
        golds = gold_quotes(doc, names, outer_only="--outer-only" in sys.argv,
                            referents=referents)
        preds = predicted_quotes(text, quotes)
        pairs = match(golds, preds)
        totals.update(gold=len(golds), pred=len(preds), tp=len(pairs))
        by_source.setdefault(doc.name.split("_")[0], Counter()).update(
            articles=1, gold=len(golds), pred=len(preds), tp=len(pairs))
        dg = [g for g in golds if g.direct]
        dp = [p for p in preds if p.direct]
        alone = quote_by_quote(text, quotes)
        totals.update(pred_alone=len(alone), tp_alone=len(match(golds, alone)),
                      dpred_alone=sum(p.direct for p in alone),
                      dtp_alone=len(match(dg, [p for p in alone if p.direct])))
        totals.update(dgold=len(dg), dpred=len(dp), dtp=len(match(dg, dp)),
                      tp_half=len(match(golds, preds, strict=False)),
                      dtp_half=len(match(dg, dp, strict=False)))
        for gold, pred in pairs:
            if gold.source is None:
                continue
            right = speaker_right(text, gold, pred.quote)
            totals.update(spk=1, spk_ok=int(right))
            if gold.referent is not None:
                totals.update(pro=1, pro_ok=int(pronoun_right(gold, pred.quote)))
            if verbose and not right:
                via = pred.quote.speaker_span.of(text) if pred.quote.speaker_span else None
                print(f"SPEAKER {doc.name}: gold={gold.source_text!r} ref={gold.referent!r} "
                      f"ours={pred.quote.speaker!r} via {via!r}")
        if verbose:
            report_misses(doc.name, text, golds, preds, pairs)
    p, r, f = prf(totals["tp"], totals["pred"], totals["tp"], totals["gold"])
    dp_, dr, df = prf(totals["dtp"], totals["dpred"], totals["dtp"], totals["dgold"])
    scope = str(base) if base else "polnear-dev"
    scope += f" half {half}" if half else ""
    print(f"{scope} quotes: {totals['gold']} gold, {totals['pred']} predicted, "
          f"{time.perf_counter() - started:.0f}s")
    print(f"quotes  precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}")
    print(f"direct  precision {dp_:.3f}  recall {dr:.3f}  F1 {df:.3f}")
    _, _, f_half = prf(totals["tp_half"], totals["pred"], totals["tp_half"], totals["gold"])
    _, _, df_half = prf(totals["dtp_half"], totals["dpred"], totals["dtp_half"], totals["dgold"])
    print(f"(matching on half of the gold's words only: F1 {f_half:.3f}, direct F1 {df_half:.3f})")
    pa, ra, fa = prf(totals["tp_alone"], totals["pred_alone"], totals["tp_alone"], totals["gold"])
    _, _, dfa = prf(totals["dtp_alone"], totals["dpred_alone"], totals["dtp_alone"],
                    totals["dgold"])
    print(f"each quote alone, as the JSON lists them: {totals['pred_alone']} predicted, "
          f"precision {pa:.3f}  recall {ra:.3f}  F1 {fa:.3f}, direct F1 {dfa:.3f}")
    print(f"speaker accuracy on matched pairs {totals['spk_ok'] / max(totals['spk'], 1):.3f} "
          f"({totals['spk_ok']}/{totals['spk']})")
    print(f"pronoun speakers resolved to the right name "
          f"{totals['pro_ok'] / max(totals['pro'], 1):.3f} ({totals['pro_ok']}/{totals['pro']})")
    if "--by-source" in sys.argv:
        for source, counts in sorted(by_source.items()):
            sp, sr, sf = prf(counts["tp"], counts["pred"], counts["tp"], counts["gold"])
            print(f"  {source:<13} {counts['articles']:2} articles {counts['gold']:4} gold  "
                  f"P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}")


def report_misses(name: str, text: str, golds: list[Gold], preds: list[Predicted],
                  pairs: list[tuple[Gold, Predicted]]) -> None:
    hit_g = {id(g) for g, _ in pairs}
    hit_p = {id(p) for _, p in pairs}
    for gold in golds:
        if id(gold) not in hit_g:
            start, end = min(gold.words), max(gold.words)
            print(f"MISS {name}: {text[start:end + 12][:160]!r}")
    for pred in preds:
        if id(pred) not in hit_p:
            print(f"EXTRA {name}: [{pred.quote.kind}] <{pred.quote.speaker}> "
                  f"{pred.quote.span.of(text)[:160]!r}")


if __name__ == "__main__":
    main()
