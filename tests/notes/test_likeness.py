"""Sketches of a document's words: an edited version is alike, another article is not."""

from __future__ import annotations

from reader.notes.likeness import SAME_DOCUMENT, SKETCH_SIZE, likeness, sketch

STORY = (
    "The river authority said on Tuesday that the old weir above the town would be replaced "
    "before the spring floods. Engineers found cracks in the stone last winter, and the "
    "council voted in March to borrow the money. Residents of the lower streets, whose cellars "
    "flooded twice in five years, asked for a wall along the quay as well. The authority said "
    "a wall would be studied once the weir was built. Work is due to begin in October and to "
    "last eighteen months, during which the towpath will be closed. A footbridge downstream "
    "will stay open. The mayor called the plan long overdue and thanked the engineers."
)
OTHER = (
    "A bakery on the market square has won the regional bread prize for the third year "
    "running. Its owner, who took over from her father a decade ago, credits a starter kept "
    "alive since the shop opened. Judges praised the crust and the open crumb of the rye loaf. "
    "The prize brings a small grant, which she plans to spend on a second oven so that the "
    "shop can bake through the night before weekend markets."
)


def test_an_edited_version_is_alike() -> None:
    edited = ("Update: the council confirmed the loan on Wednesday.\n\n"
              + STORY.replace("eighteen months", "two years").replace("long overdue", "overdue"))
    assert likeness(sketch(STORY), sketch(edited)) >= SAME_DOCUMENT
    assert likeness(sketch(STORY), sketch(STORY)) == 1.0


def test_another_article_is_not_alike() -> None:
    assert likeness(sketch(STORY), sketch(OTHER)) < 0.1


def test_a_sketch_is_small_and_empty_text_has_none() -> None:
    assert len(sketch(STORY * 50).split()) <= SKETCH_SIZE
    assert likeness(sketch(""), sketch(STORY)) == 0.0
