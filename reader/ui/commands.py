"""The window's menus as a table, and the small decisions behind its commands (no widgets)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from reader import __version__
from reader.analysis.corrections import correction_for
from reader.analysis.model import Analysis, Entity
from reader.document import Document, TextSpan
from reader.errors import NotesError
from reader.ui.highlights import NUMBER, QUOTE, type_order

Entry = tuple[str, str, tuple[str, ...]] | None  # (name, text, shortcuts); None is a separator

MENUS: tuple[tuple[str, tuple[Entry, ...]], ...] = (
    ("&File", (
        ("open", "&Open…", ("Ctrl+O",)),
        ("open_recent_menu", "Open &Recent", ()),
        ("library", "&Library…", ("Ctrl+L",)),
        ("export_notes", "&Export notes…", ("Ctrl+Shift+X",)),
        None,
        ("analyse_again", "&Analyse again", ("Ctrl+R",)),
        ("stop", "&Stop reading or analysing", ("Ctrl+.",)),  # the status bar's Cancel
        ("close_document", "&Close", ("Ctrl+W",)),
        None,
        ("quit", "&Quit", ("Ctrl+Q",)),
    )),
    ("&Edit", (
        ("find", "&Find…", ("Ctrl+F",)),
        ("add_note", "Add &note on the selection", ("Ctrl+Shift+N",)),
        ("note_document", "Note on the &document", ("Ctrl+Shift+D",)),
        None,
        ("settings", "&Settings…", ("Ctrl+,",)),
    )),
    ("&View", (
        ("zoom_in", "Zoom &in", ("Ctrl++", "Ctrl+=")),
        ("zoom_out", "Zoom &out", ("Ctrl+-",)),
        ("zoom_reset", "&Actual size", ("Ctrl+0",)),
        ("toggle_underlines", "&Underline quotes and numbers", ("Ctrl+U",)),
        ("reset_layout", "&Reset the panels' sizes", ()),
        None,
        ("tab_0", "&Entities", ("Alt+1",)),
        ("tab_1", "E&vents", ("Alt+2",)),
        ("tab_2", "&Quotes", ("Alt+3",)),
        ("tab_3", "N&umbers", ("Alt+4",)),
        ("tab_4", "No&tes", ("Alt+5",)),
    )),
    ("&Go", (
        # Enter in the article (ArticleView.entity_requested): a shortcut of the window would
        # take Enter from a dialog whenever the keyboard's place lagged behind in the article
        ("show_entity", "&Show the entity at the cursor\tEnter", ()),
        ("next_mention", "&Next mention of the entity", ("F3",)),
        ("previous_mention", "&Previous mention of the entity", ("Shift+F3",)),
        ("close_dossier", "&Close the entity's panel", ("Esc",)),  # in the article or panel
        ("next_entity", "Next &entity", ("Ctrl+E",)),
        ("previous_entity", "Previous e&ntity", ("Ctrl+Shift+E",)),
        ("next_quote", "Next &quote", ("Ctrl+J",)),
        ("previous_quote", "Previous q&uote", ("Ctrl+Shift+J",)),
    )),
    ("&Help", (
        ("shortcuts", "&Keyboard shortcuts", ("F1", "Ctrl+/")),
        ("about", "&About Reader", ()),
    )),
)


RECENT_TITLE = 60  # characters of an article's title in File > Open Recent


def push_recent(recent: Sequence[str], path: Path, limit: int) -> tuple[str, ...]:
    """The list with path first (resolved), each path once, at most limit long."""
    key = str(path.resolve())
    return (key, *[p for p in recent if p != key])[:limit]


def recent_entries(recent: Sequence[str]) -> list[tuple[Path, bool]]:
    """(path, exists) for each recent file, so a missing one can be marked."""
    return [(Path(p), Path(p).is_file()) for p in recent]


def recent_labels(entries: Sequence[tuple[Path, bool]],
                  titles: Mapping[str, str] | None = None) -> list[str]:
    """Menu texts for recent files: numbered for the keyboard (&1 to &9, then 1&0), the
    article's title where the notes database knows it (titles, by path) with the file's name
    after it, a name that several share followed by its folder's, a missing file marked; an '&'
    in a name shown as itself, not taken for a mnemonic."""
    names = Counter(path.name for path, _ in entries)
    labels = []
    for number, (path, exists) in enumerate(entries, start=1):
        name = path.name if names[path.name] == 1 else f"{path.name} — {path.parent.name}"
        title = " ".join((titles or {}).get(str(path), "").split())
        if title and title not in (path.stem, path.name):  # a file with no headline: its name
            cut = title if len(title) <= RECENT_TITLE else title[: RECENT_TITLE - 1] + "…"
            name = f"{cut} ({name})"
        name = name.replace("&", "&&") + ("" if exists else " (missing)")
        mnemonic = f"&{number}" if number < 10 else "1&0" if number == 10 else str(number)
        labels.append(f"{mnemonic} {name}")
    return labels


def document_titles(store: Any) -> dict[str, str]:
    """The title of each document the notes database has seen, by its path; none where there
    is no database or it cannot be read (the menu then shows file names)."""
    if store is None:
        return {}
    try:
        return {record.path: record.title for record in store.documents(with_notes_only=False)
                if record.title}
    except NotesError:
        return {}


def hidden_after(previous: Sequence[str], present: Sequence[str],
                 hidden_now: Sequence[str]) -> tuple[str, ...]:
    """Hidden entity types after a legend change: types not in this article keep their state."""
    return tuple(sorted((set(previous) - set(present)) | set(hidden_now)))


# what an analysis lists, one and many, in the order of the side panel's tabs (notes last)
LISTED = (("entity", "entities"), ("event", "events"), ("quote", "quotes"),
          ("number", "numbers"), ("note", "notes"))


def listed_counts(analysis: Analysis) -> tuple[int, int, int, int]:
    """How many entities, events, quotes and numbers an analysis found, in LISTED's order."""
    return (len(analysis.entities), len(analysis.events), len(analysis.quotes),
            len(analysis.numbers))


def summary(analysis: Analysis) -> str:
    if not analysis.english:
        return "Not analysed: the text does not look like English"
    return " · ".join(counted(count, *nouns)
                      for count, nouns in zip(listed_counts(analysis), LISTED, strict=False))


def dated(document: Document | None) -> tuple[str, str]:
    """The status bar's word on the day the article is dated (text, tooltip): the day its
    relative dates ("Monday", "yesterday") are counted from, or that it has none."""
    if document is None:
        return "", ""
    if document.published is None:
        return "No date of publication", (
            "The article gives no date of its own (in its page, its file or a date line), so "
            "the days it names (“Monday”, “yesterday”) are not placed on the calendar")
    day = date.fromisoformat(document.published)
    return f"Published {day.day} {_MONTHS[day.month - 1]} {day.year}", (
        "The days the article names (“Monday”, “yesterday”) are counted from this date, found "
        "in its page, its file or its date line")


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


_VERB_FIRST = ("is ", "has ", "cannot ", "looks ")  # a loader's reason goes on from the file
_FILE_KINDS = re.compile(r"^(is not a valid (?:PDF|DOCX|EPUB))\b")


def refusal(path: str, reason: str) -> tuple[str, str]:
    """The message bar's words for a file that would not open, and its tooltip (the full path):
    "broken.pdf could not be opened. It is not a valid PDF file." The CLI keeps path: reason."""
    name = Path(path).name or path
    if reason == "no such file":
        sentence = "It does not exist"
    elif reason.startswith(_VERB_FIRST):
        sentence = "It " + _FILE_KINDS.sub(r"\1 file", reason)
    else:
        sentence = reason[:1].upper() + reason[1:]
    return f"{name} could not be opened. {sentence.rstrip('.')}.", path


def counted(count: int, one: str, many: str) -> str:
    """'1 entity', '0 entities', '11 entities'."""
    return f"{count} {one if count == 1 else many}"


def nothing_listed(noun: str, analysis: Analysis | None, filter_text: str = "",
                   waiting: str = "") -> str:
    """What a side panel list with no rows says: before an analysis, what it waits for
    (waiting: nothing without an article); that the text was not analysed; that the filter
    matches none of them; else that the article has none."""
    if analysis is None:
        return waiting
    if not analysis.english:
        return "Not analysed: the text does not look like English"
    if filter_text.strip():
        return f"No {noun} match “{filter_text.strip()}”"
    return f"No {noun} found in this article"


def nothing_to_underline(analysis: Analysis | None, waiting: str) -> dict[str, str]:
    """Why the legend's Quotes and Numbers toggles have nothing to underline, by kind ('' when
    there is something): before an analysis, what it is waiting for; then as the side panel's
    empty lists say it (not English; none found in this article)."""
    if analysis is None:
        return {QUOTE: waiting, NUMBER: waiting}
    return {kind: "" if found else nothing_listed(noun, analysis)
            for kind, noun, found in ((QUOTE, "quotes", analysis.quotes),
                                      (NUMBER, "numbers", analysis.numbers))}


def merge_choices(entity: Entity, entities: Sequence[Entity]) -> list[Entity]:
    """The entities another may be merged into, as the merge dialog lists them: those of its
    own type first (a person is merged with a person), then by type, each in name order, not
    in the order the text names them (73 of them, 'Helen' offered first for 'Elise Matthesen')."""
    others = [e for e in entities if e.id != entity.id]
    return sorted(others, key=lambda e: (e.label != entity.label, type_order(e.label),
                                         e.name.casefold()))


def find_entity(analysis: Analysis, old: Entity) -> Entity | None:
    """The entity of a new analysis that continues an old one: same id, else same name."""
    return analysis.entity(old.id) or next(
        (e for e in analysis.entities if e.name == old.name), None) or next(
        (e for e in analysis.entities if set(old.mentions) & set(e.mentions)), None)


def entity_notes(store: Any, record: Any, entity: Entity,
                 notes_panel: Any) -> list[tuple[str, TextSpan | None]]:
    """The notes on an entity, as (text, passage) pairs: those made on it, from the store when
    it can list them, then those on a passage within one of its mentions ('Enron' selected and
    noted), where the notes panel found them in the text."""
    if store is None or record is None:
        return []
    target = f"entity:{entity.name}"
    found = []
    for note in store.notes_for(record.id):
        if note.target == target:
            found.append((note_line(note.body),
                          note.anchor.span if note.anchor is not None else None))
    for item in notes_panel.notes() if notes_panel is not None else ():
        span = item.resolved.span if item.resolved is not None else None
        if item.note.kind == "passage" and span is not None and any(
                mention.start <= span.start and span.end <= mention.end
                for mention in entity.mentions):
            found.append((note_line(item.note.body), span))
    return found


def note_line(body: str) -> str:
    """A note in one line, for a list: its first line, or "(empty note)" (a blank row read as
    nothing there)."""
    lines = body.strip().splitlines()
    return lines[0] if lines else "(empty note)"


def make_correction(kind: str, values: dict[str, Any]) -> Any:
    """The core's Correction record for a dossier request."""
    entity: Entity = values["entity"]
    other: Entity | None = values.get("other")
    return correction_for(kind, entity, name=values.get("name"),
                                 other=other, alias=values.get("alias"),
                                 label=values.get("label"))


ABOUT = ("<p><b>Reader</b> {version}: read the news closely. The people, places and "
         "organisations of an article highlighted, beside the events, quotes and numbers it "
         "gives.</p><p>Everything stays on this computer.</p>{pipeline}")


def about(analysis: Analysis | None) -> str:
    """Help > About: what Reader is, its version, and the language pipeline that analysed the
    open article (what a report of a wrong quote or name needs to say)."""
    pipeline = (f"<p>This article was analysed with {analysis.pipeline_name} "
                f"{analysis.pipeline_version}.</p>" if analysis else "")
    return ABOUT.format(version=__version__, pipeline=pipeline)


PANEL_LEAST = 442  # px: the side panel's least width where the window has room (as it was)
DRAGGED_LEAST = 320  # px: the least the reader can drag it to, its lists' columns still in sight
ROOMY = 900  # px: from this window width up
NARROW = 760  # px: from this width down the article keeps ARTICLE_SHARE of it
ARTICLE_SHARE = 0.55


def panel_least(width: int) -> int:
    """The least width of the side panel in a window this wide: PANEL_LEAST (the width its
    lists' columns are fitted for) from ROOMY up; in a narrow window no more than leaves the
    article ARTICLE_SHARE, giving way evenly in between (no jump as the window is resized)."""
    if width >= ROOMY:
        return PANEL_LEAST
    narrow = round(min(width, NARROW) * (1 - ARTICLE_SHARE))
    if width <= NARROW:
        return narrow
    return round(narrow + (PANEL_LEAST - narrow) * (width - NARROW) / (ROOMY - NARROW))


def panel_floor(width: int) -> int:
    """The least width the reader can drag the side panel to in a window this wide."""
    return min(DRAGGED_LEAST, panel_least(width))


def spans_of(analysis: Analysis | None, what: str) -> list[TextSpan]:
    """The spans Go > Next steps through: every entity mention, or every quote."""
    if analysis is None:
        return []
    if what == "quote":
        return [q.span for q in analysis.quotes]
    return [m for e in analysis.entities for m in e.mentions]


def note_target(record: object) -> str:
    """The notes store's target for an item: entity by name, else by span."""
    if isinstance(record, Entity):
        return f"entity:{record.name}"
    kind = {"Quote": "quote", "NumberMention": "number", "Event": "event"}.get(
        type(record).__name__, "passage")
    span: TextSpan = getattr(record, "span", TextSpan(0, 0))
    return f"{kind}:{span.start}-{span.end}"


_SPAN_TARGET = re.compile(r"^(quote|number|event):(\d+)-(\d+)$")


def target_span(target: str, length: int) -> TextSpan | None:
    """The passage a quote, number or event target names ("quote:120-245"), if in range."""
    match = _SPAN_TARGET.match(target)
    if match is None:
        return None
    start, end = int(match.group(2)), int(match.group(3))
    return TextSpan(start, end) if start < end <= length else None
