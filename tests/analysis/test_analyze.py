"""analyze / analyze_many: chunking, offsets back in document coordinates, order, progress."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest

from reader.analysis import analyze, analyze_many, chunks
from reader.analysis.chunks import chunk_spans, entities_within, shift
from reader.analysis.model import Entity, Quote
from reader.document import Document, TextSpan

PARAGRAPH = ("Prime Minister Jacinda Ardern visited Christchurch on Monday. \"We will rebuild,\" "
             "Ardern said. The Red Cross said 40 volunteers had arrived in Christchurch.")


def document(text: str) -> Document:
    return Document(text=text, blocks=(), format="txt")


def test_chunks_cover_the_text_and_cut_after_paragraphs() -> None:
    text = "\n\n".join(f"Paragraph {i} " + "word " * 30 for i in range(200))
    spans = chunk_spans(text, size=1000)
    assert spans[0].start == 0
    assert spans[-1].end == len(text)
    assert all(a.end == b.start for a, b in itertools.pairwise(spans))
    assert all(len(s) <= 1000 for s in spans)
    assert all(text[s.start : s.end].startswith("Paragraph") for s in spans)


def test_a_text_without_breaks_is_still_cut() -> None:
    spans = chunk_spans("x" * 2500, size=1000)
    assert [len(s) for s in spans] == [1000, 1000, 500]


def test_shift_moves_every_span_field() -> None:
    quote = Quote(span=TextSpan(5, 9), kind="direct", speaker_span=TextSpan(0, 3))
    moved = shift(quote, 100)
    assert (moved.span, moved.speaker_span, moved.kind) == (TextSpan(105, 109),
                                                           TextSpan(100, 103), "direct")


def test_entities_within_keeps_local_mentions_in_local_offsets() -> None:
    entity = Entity("e1", "Ardern", "PERSON", ("Ardern",),
                    (TextSpan(5, 11), TextSpan(105, 111), TextSpan(205, 211)))
    (local,) = entities_within([entity], TextSpan(100, 200))
    assert local.mentions == (TextSpan(5, 11),)
    assert entities_within([entity], TextSpan(20, 90)) == ()


def test_analysis_is_sorted_and_in_document_offsets(nlp: Any) -> None:
    text = PARAGRAPH + "\n\n" + PARAGRAPH
    analysis = analyze(document(text), nlp)
    assert analysis.sentences[0].start == 0
    assert analysis.sentences == tuple(sorted(analysis.sentences))
    ardern = next(e for e in analysis.entities if "Ardern" in e.name)
    assert [m.of(text) for m in ardern.mentions] == ["Jacinda Ardern", "Ardern"] * 2
    for records in (analysis.quotes, analysis.numbers, analysis.events):
        spans = [r.span for r in records]
        assert spans == sorted(spans)
        assert all(0 <= s.start < s.end <= len(text) for s in spans)


def test_a_long_text_is_chunked_and_entities_join_across_chunks(
        nlp: Any, monkeypatch: Any) -> None:
    size = 2000  # the real chunk size is 50,000 characters: the same code, a smaller text
    monkeypatch.setattr(chunks, "CHUNK_CHARS", size)
    text = "\n\n".join([PARAGRAPH] * (size // len(PARAGRAPH) + 5))
    seen: list[tuple[int, int]] = []
    analysis = analyze(document(text), nlp, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]
    ardern = next(e for e in analysis.entities if e.name == "Jacinda Ardern")
    assert ardern.mentions[-1].start > size
    assert {m.of(text) for m in ardern.mentions} == {"Jacinda Ardern", "Ardern"}
    late = [q for q in analysis.quotes if q.span.start > size and q.kind == "direct"]
    assert late
    assert all(q.span.of(text) == "We will rebuild" for q in late)
    assert all(q.speaker_entity in {e.id for e in analysis.entities} for q in late)
    assert {n.span.of(text) for n in analysis.numbers} == {"40"}
    assert {analysis.numbers[0].span.start + len(PARAGRAPH) + 2} & {
        n.span.start for n in analysis.numbers}


def test_the_pieces_of_a_quote_in_a_later_chunk_are_in_document_offsets(
        nlp: Any, monkeypatch: Any) -> None:
    size = 2000
    monkeypatch.setattr(chunks, "CHUNK_CHARS", size)
    text = "\n\n".join([PARAGRAPH] * (size // len(PARAGRAPH) + 5)) + (
        '\n\n"We lost," Mayor Ana Ruiz said on Monday. "But we are not beaten."')
    analysis = analyze(document(text), nlp)
    (joined,) = [q for q in analysis.quotes if q.pieces]
    assert joined.span.start > size
    assert [p.of(text) for p in joined.pieces] == ["We lost", "But we are not beaten."]


def test_analyze_many_gives_each_document_its_own_analysis_in_order(nlp: Any) -> None:
    texts = ["Angela Merkel spoke in Berlin.", "", PARAGRAPH, ""]
    many = list(analyze_many([document(t) for t in texts], nlp))
    assert [a.sha256 for a in many] == [document(t).sha256 for t in texts]
    assert many[1].entities == ()
    assert many[1].sentences == ()
    assert many[2] == analyze(document(PARAGRAPH), nlp)


def test_a_figure_said_in_a_quote_is_claimed_by_its_resolved_speaker(nlp: Any) -> None:
    text = ('Analyst Grace Holloway follows the chip market. "I think sales reach at least '
            '40 million units by spring," she says. The firm shipped 12 million units in May.')
    analysis = analyze(document(text), nlp)
    claims = {n.span.of(text): n.claimant for n in analysis.numbers}
    assert claims["at least 40 million"] == "Grace Holloway"
    assert claims["12 million"] is None


def test_the_i_of_a_direct_quote_does_what_the_quote_says(nlp: Any) -> None:
    text = ('Maria Keane ran the bakery for twenty years. "I grabbed the cash box and the cat," '
            "Keane said on Monday.")
    analysis = analyze(document(text), nlp)
    grabbed = next(e for e in analysis.events if e.action == "grabbed")
    keane = next(e for e in analysis.entities if e.name == "Maria Keane")
    assert (grabbed.who, grabbed.who_entity) == ("Maria Keane", keane.id)


@pytest.mark.parametrize(("text", "action", "who"), [
    # a mixed quote: the "I" inside its marks is its speaker
    ('Lena Hardwick, who chairs the orchard trust, said the frost was "the worst since I '
     'planted the first row of pear trees."', "planted", "Lena Hardwick"),
    # a speaker described, not named: the description does what the quote says
    ('The storm closed the ferry port. "I moved every boat into the inner basin," said the '
     "ferry captain.", "moved", "the ferry captain"),
])
def test_the_i_of_a_quote_is_its_speaker_named_or_described(nlp: Any, text: str, action: str,
                                                             who: str) -> None:
    analysis = analyze(document(text), nlp)
    event = next(e for e in analysis.events if e.action == action)
    assert event.who == who


def test_the_i_of_a_quote_a_thing_states_stays_i(nlp: Any) -> None:
    text = ('The council published a letter from the contractor. "I finished the bridge in '
            'March," the letter states.')
    analysis = analyze(document(text), nlp)
    event = next(e for e in analysis.events if e.action == "finished")
    assert event.who == "I"


# A paragraph of my own in French: the English pipeline would read its capitalised words as
# names ("Selon", "Les") and its figures as English numbers.
FRENCH = ("Le conseil municipal a voté mardi soir le nouveau budget de la ville, qui prévoit une "
          "hausse des dépenses pour les écoles et les transports. Selon le maire, les travaux "
          "sur la ligne de tramway commenceront au printemps et dureront deux ans. Les élus de "
          "l'opposition ont dénoncé un manque de concertation avec les habitants du quartier "
          "nord, qui attendent depuis longtemps une nouvelle piscine.")


def test_a_text_not_in_english_is_not_analysed(nlp: Any) -> None:
    french, english = analyze_many([document(FRENCH), document(PARAGRAPH)], nlp)
    assert not french.english
    assert (french.entities, french.quotes, french.numbers, french.events, french.sentences) == (
        (), (), (), (), ())
    assert english.english
    assert english.entities
    assert english.quotes


WRAPPED = ("Ferry fares to rise\n\n"
           "\"The deck is rotten and the cables are rusting, and we cannot wait any\n"
           "longer,\" said Maria Keller, the harbour master. She added that the work\n"
           "would take six months.\n")


def test_a_plain_text_paragraph_wrapped_at_its_lines_is_read_as_one(
        nlp: Any, tmp_path: Path) -> None:
    """A .txt paragraph its writer's editor wrapped is read on over its line breaks: a quote
    runs to its closing mark, a clause to its end, and every offset stays the file's."""
    from reader.loaders import load

    path = tmp_path / "ferry.txt"
    path.write_text(WRAPPED, encoding="utf-8")
    document = load(path)
    analysis = analyze(document, nlp)
    said = {q.span.of(document.text).replace("\n", " "): q.speaker for q in analysis.quotes}
    assert said == {
        "The deck is rotten and the cables are rusting, and we cannot wait any longer":
            "Maria Keller",
        "that the work would take six months": "Maria Keller",
    }
    assert analysis.sha256 == document.sha256
