"""Entity mention F1 and alias-group pairwise F1 against MEANTIME (ENTITY_MENTION, REFERS_TO).

Run: uv run python tests/bench/bench_entities.py [-v]

MEANTIME annotates the entities that take part in its annotated events, not every name, so a
prediction is judged only where it overlaps an annotated mention. Gold mentions are MEANTIME's
proper-name mentions (syntactic types NAM and PRE.NAM), each typed
by the entity it REFERS_TO. A predicted mention matches a gold one with the same span (a leading
"the" and a trailing "'s" set aside on both sides); a prediction that matches an annotated
mention of another kind ("the company") is neither right nor wrong, and one that overlaps an
annotated mention without matching a name is wrong. Typed F1
also asks for a compatible type (PER~PERSON, ORG/FIN~ORG, LOC~GPE/LOC/FAC, PRO~PRODUCT/WORK_OF_ART
/LAW/EVENT, MIX~any). Alias F1 is pairwise over gold mentions (proper names, plus any other gold
mention we found): a pair is gold when both refer to one entity, predicted when we put both in
one entity; gold mentions we missed count as singletons. "spaCy alone" is the model's own
entities with the same labels, each distinct string its own group.
"""

from __future__ import annotations

import sys
from collections import Counter
from itertools import combinations

from _eval import MeantimeDoc, meantime_docs, require

NAMES = ("NAM", "PRE.NAM")
COMPATIBLE = {"PER": {"PERSON"}, "ORG": {"ORG"}, "FIN": {"ORG"}, "LOC": {"GPE", "LOC", "FAC"},
              "PRO": {"PRODUCT", "WORK_OF_ART", "LAW", "EVENT"}}
Span = tuple[int, int]


def norm(text: str, span: Span) -> Span:
    start, end = span
    if text[start:end].lower().startswith("the "):
        start += 4
    for tail in (" 's", " '", "'s"):
        if text[start:end].endswith(tail) and end - len(tail) > start:
            end -= len(tail)
    return start, end


def gold(doc: MeantimeDoc) -> tuple[dict[Span, str], dict[Span, str], set[Span]]:
    """(name span -> type, any mention span -> instance id, spans of other mentions)."""
    refers = doc.refers_to()
    names: dict[Span, str] = {}
    instance: dict[Span, str] = {}
    others: set[Span] = set()
    for m in doc.markables_of("ENTITY_MENTION"):
        if m.span is None:
            continue
        span = norm(doc.text, m.span)
        target = doc.markables.get(refers.get(m.m_id, ""))
        if target is not None:
            instance[span] = target.m_id
        if m.attrs.get("syntactic_type") in NAMES:
            names[span] = target.attrs.get("ent_type", "MIX") if target is not None else "MIX"
        else:
            others.add(span)
    return names, instance, others - set(names)


def predicted(doc: MeantimeDoc, nlp: object, *, alone: bool) -> dict[Span, tuple[str, str]]:
    """Predicted mention span -> (entity id, label)."""
    if alone:
        from reader.analysis.entities import ENTITY_LABELS

        ents = [e for e in nlp(doc.text).ents if e.label_ in ENTITY_LABELS]  # type: ignore[operator]
        return {norm(doc.text, (e.start_char, e.end_char)): (e.text, e.label_) for e in ents}
    from reader.analysis import analyze
    from reader.document import Document

    analysis = analyze(Document(doc.text, (), "txt"), nlp)  # type: ignore[arg-type]
    return {norm(doc.text, (m.start, m.end)): (e.id, e.label)
            for e in analysis.entities for m in e.mentions}


def pairs(groups: dict[Span, str]) -> set[tuple[Span, Span]]:
    """Every unordered pair of spans in one group."""
    by: dict[str, list[Span]] = {}
    for span, group in groups.items():
        by.setdefault(group, []).append(span)
    return {tuple(sorted(p)) for spans in by.values() for p in combinations(spans, 2)}  # type: ignore[misc]


def match(names: dict[Span, str], pred: dict[Span, tuple[str, str]], *,
          lenient: bool) -> dict[Span, Span]:
    """Gold name span -> predicted span: the same span, or (lenient) the prediction overlapping
    it most, each prediction used once."""
    if not lenient:
        return {s: s for s in names if s in pred}
    matched: dict[Span, Span] = {s: s for s in names if s in pred}
    used = set(matched.values())
    for g in sorted(set(names) - set(matched)):
        overlapping = [(min(g[1], p[1]) - max(g[0], p[0]), p) for p in pred
                       if p not in used and p[0] < g[1] and g[0] < p[1]]
        if overlapping:
            matched[g] = max(overlapping)[1]
            used.add(matched[g])
    return matched


def score(nlp: object, *, alone: bool, lenient: bool, verbose: bool) -> dict[str, float]:
    c: Counter[str] = Counter()
    misses: Counter[str] = Counter()
    for doc in meantime_docs(sentence_break="\n"):
        names, instance, others = gold(doc)
        pred = predicted(doc, nlp, alone=alone)
        every = sorted(set(names) | others)
        judged = {s for s in pred if s in names
                  or (s not in others and any(a < s[1] and s[0] < b for a, b in every))}
        matched = match(names, pred, lenient=lenient)
        c["tp"] += len(matched)
        c["fp"] += len(judged - set(matched.values()))
        c["fn"] += len(names) - len(matched)
        c["typed"] += sum(1 for g, p in matched.items()
                          if names[g] == "MIX" or pred[p][1] in COMPATIBLE.get(names[g], ()))
        found = {g: pred[p][0] for g, p in matched.items()}
        found.update({s: pred[s][0] for s in instance if s not in names and s in pred})
        universe = set(found) | {s for s in instance if s in names}
        gold_pairs = pairs({s: instance[s] for s in universe if s in instance})
        pred_pairs = pairs(found)
        c["gold_pairs"] += len(gold_pairs)
        c["pred_pairs"] += len(pred_pairs)
        c["both_pairs"] += len(gold_pairs & pred_pairs)
        if verbose:
            for s in judged - set(matched.values()):
                misses[f"FP {doc.text[s[0]:s[1]]!r} {pred[s][1]}"] += 1
            for s in set(names) - set(matched):
                misses[f"FN {doc.text[s[0]:s[1]]!r} {names[s]}"] += 1
    for line, n in misses.most_common(40):
        print(f"  {n:3d} {line}")
    return {
        "mention P": c["tp"] / max(1, c["tp"] + c["fp"]),
        "mention R": c["tp"] / max(1, c["tp"] + c["fn"]),
        "mention F1": 2 * c["tp"] / max(1, 2 * c["tp"] + c["fp"] + c["fn"]),
        "typed F1": 2 * c["typed"] / max(1, 2 * c["tp"] + c["fp"] + c["fn"]),
        "alias P": c["both_pairs"] / max(1, c["pred_pairs"]),
        "alias R": c["both_pairs"] / max(1, c["gold_pairs"]),
        "alias F1": 2 * c["both_pairs"] / max(1, c["pred_pairs"] + c["gold_pairs"]),
    }


def main() -> None:
    require("meantime")
    from reader.analysis.nlp import load_pipeline

    nlp = load_pipeline()
    verbose = "-v" in sys.argv
    for lenient in (False, True):
        print("lenient (overlap) matching:" if lenient else "strict (same span) matching:")
        for title, alone in (("spaCy alone", True), ("Reader", False)):
            show = verbose and lenient and not alone
            figures = score(nlp, alone=alone, lenient=lenient, verbose=show)
            print(f"  {title:12s} " + "  ".join(f"{k} {v:.3f}" for k, v in figures.items()))
    print("goals: mention F1 >= 0.86, alias F1 >= 0.80")


if __name__ == "__main__":
    main()
