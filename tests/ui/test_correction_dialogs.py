"""The dossier's correction dialogs, driven as a user does: click a name, Correct, fill, OK."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from reader.analysis.model import Analysis, Entity
from reader.settings import DEFAULT_COLOURS
from reader.ui.highlights import type_name
from reader.ui.main_window import MainWindow
from tests.ui.conftest import MakeWindow, open_and_wait
from tests.ui.driving import click_text, dialog_answer, entity_named, format_at, menu_choice


def type_in(text: str, qtbot: QtBot) -> Callable[[QDialog], None]:
    """Clear the dialog's text field and type text into it."""

    def fill(dialog: QDialog) -> None:
        field = dialog.findChild(QLineEdit)
        assert field is not None
        field.selectAll()
        qtbot.keyClick(field, Qt.Key.Key_Delete)
        qtbot.keyClicks(field, text)

    return fill


def choose(item: str, qtbot: QtBot) -> Callable[[QDialog], None]:
    """Step the dialog's list down to item with the arrow keys."""

    def fill(dialog: QDialog) -> None:
        combo = dialog.findChild(QComboBox)
        assert combo is not None
        wanted = combo.findText(item)
        assert wanted >= 0, f"{item!r} is not offered"
        key = Qt.Key.Key_Down if wanted > combo.currentIndex() else Qt.Key.Key_Up
        while combo.currentIndex() != wanted:
            qtbot.keyClick(combo, key)
        assert combo.currentText() == item

    return fill


def open_dossier(qtbot: QtBot, window: MainWindow, entity: Entity) -> None:
    """Click the entity's first mention in the article; its dossier opens."""
    click_text(qtbot, window, entity.mentions[0])
    assert window.dossier.isVisible()
    assert window.dossier.entity is not None
    assert window.dossier.entity.id == entity.id
    qtbot.waitUntil(lambda: not window.dossier.correct.rect().isEmpty())  # laid out, clickable


def correct(qtbot: QtBot, window: MainWindow, entity: Entity, entry: str,
            fill: Callable[[QDialog], None] | None = None) -> None:
    """Open the entity's dossier by clicking its name, pick entry from Correct ▾, fill, OK."""
    open_dossier(qtbot, window, entity)
    menu = menu_choice(qtbot, entry)
    dialog = dialog_answer(qtbot, fill) if fill is not None else None
    with qtbot.waitSignal(window.session.analysis_changed, timeout=10_000):
        qtbot.mouseClick(window.dossier.correct, Qt.MouseButton.LeftButton)
    assert menu.answered
    assert dialog is None or dialog.answered


def reopened(qtbot: QtBot, window: MainWindow, make_window: MakeWindow) -> MainWindow:
    """Close the window, open a new one on the same notes database and the same article."""
    window.close()
    again = make_window()
    open_and_wait(qtbot, again)
    return again


def analysis_of(window: MainWindow) -> Analysis:
    analysis = window.session.analysis
    assert analysis is not None
    return analysis


def by_name(window: MainWindow, name: str) -> Entity | None:
    return next((e for e in analysis_of(window).entities if e.name == name), None)


def splittable(analysis: Analysis, text: str) -> tuple[Entity, str]:
    """An entity with an alias written in some of its mentions but not all."""
    for entity in analysis.entities:
        for alias in entity.aliases[1:]:
            written = [m for m in entity.mentions if m.of(text) == alias]
            if 0 < len(written) < len(entity.mentions) and alias != entity.name:
                return entity, alias
    raise AssertionError("no entity of the sample has a partial alias to split")


def same_type_pair(analysis: Analysis) -> tuple[Entity, Entity]:
    for label in sorted({e.label for e in analysis.entities}):
        of_label = [e for e in analysis.entities if e.label == label]
        if len(of_label) >= 2:
            return of_label[0], of_label[1]
    raise AssertionError("no two entities of one type in the sample")


def test_rename_through_its_dialog_survives_reopening(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    open_and_wait(qtbot, window)
    putin = entity_named(window, "Vladimir V. Putin")
    correct(qtbot, window, putin, "Rename…", type_in("Vladimir Putin", qtbot))
    assert window.dossier.name.text() == "Vladimir Putin"

    again = reopened(qtbot, window, make_window)
    renamed = entity_named(again, "Vladimir V. Putin")
    assert renamed.name == "Vladimir Putin"
    assert set(renamed.mentions) == set(putin.mentions)
    assert by_name(again, "Vladimir V. Putin") is None
    assert "Vladimir Putin" in {e.name for e in again.side_panel.entities.model.records}


def test_cancelling_the_rename_dialog_changes_nothing(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    open_and_wait(qtbot, window)
    putin = entity_named(window, "Vladimir V. Putin")
    open_dossier(qtbot, window, putin)
    menu = menu_choice(qtbot, "Rename…")
    dialog = dialog_answer(qtbot, type_in("Someone Else", qtbot), accept=False)
    qtbot.mouseClick(window.dossier.correct, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.answered and QApplication.activeModalWidget() is None)
    assert menu.answered
    assert window.session.corrections() == []
    assert window.dossier.name.text() == putin.name


def test_the_merge_dialog_offers_the_same_type_first_in_name_order(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """Merging a person offered every other entity in the order the text names them, the
    first one preselected ('Helen (Person)' for 'Elise Matthesen', among 73): the likely
    choice could be anywhere. Now the entities of its own type come first, in name order."""
    putin = entity_named(sample_window, "Vladimir V. Putin")
    offered: list[str] = []

    def look(dialog: QDialog) -> None:
        combo = dialog.findChild(QComboBox)
        assert combo is not None
        offered.extend(combo.itemText(i) for i in range(combo.count()))

    open_dossier(qtbot, sample_window, putin)
    menu = menu_choice(qtbot, "Merge with…")
    dialog = dialog_answer(qtbot, look, accept=False)
    qtbot.mouseClick(sample_window.dossier.correct, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.answered)
    assert menu.answered
    people = [o for o in offered if o.endswith("(Person)")]
    assert people, "the sample names another person"
    assert offered[: len(people)] == sorted(people, key=str.casefold)
    assert len(offered) > len(people)


def test_merge_through_its_dialog_survives_reopening(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    open_and_wait(qtbot, window)
    keep, gone = same_type_pair(analysis_of(window))
    correct(qtbot, window, keep, "Merge with…",
            choose(f"{gone.name} ({type_name(gone.label)})", qtbot))

    again = reopened(qtbot, window, make_window)
    merged = by_name(again, keep.name)
    assert merged is not None
    assert set(merged.mentions) == set(keep.mentions) | set(gone.mentions)
    assert gone.name in merged.aliases
    assert by_name(again, gone.name) is None
    assert format_at(again, gone.mentions[0].start)[1] == merged.id


def test_splitting_an_alias_out_through_its_dialog_survives_reopening(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    open_and_wait(qtbot, window)
    text = window.session.document.text  # type: ignore[union-attr]
    entity, alias = splittable(analysis_of(window), text)
    correct(qtbot, window, entity, "Split an alias out…", choose(alias, qtbot))

    again = reopened(qtbot, window, make_window)
    split = by_name(again, alias)
    rest = by_name(again, entity.name)
    assert split is not None
    assert rest is not None
    assert set(split.mentions) == {m for m in entity.mentions if m.of(text) == alias}
    assert set(rest.mentions) == set(entity.mentions) - set(split.mentions)
    assert alias not in rest.aliases


def test_dropping_an_entity_survives_reopening(qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    open_and_wait(qtbot, window)
    entity = min(analysis_of(window).entities, key=lambda e: (e.mention_count, e.first_position))
    correct(qtbot, window, entity, "Not an entity (drop)")
    assert not window.dossier.isVisible(), "the dossier of a dropped entity closes"

    again = reopened(qtbot, window, make_window)
    assert by_name(again, entity.name) is None
    for mention in entity.mentions:
        assert format_at(again, mention.start)[1] is None
    assert entity.name not in {e.name for e in again.side_panel.entities.model.records}


def test_changing_the_type_through_its_dialog_survives_reopening(
        qtbot: QtBot, make_window: MakeWindow) -> None:
    window = make_window()
    open_and_wait(qtbot, window)
    entity = entity_named(window, "Vladimir V. Putin")
    new_label = "ORG"
    correct(qtbot, window, entity, "Change type…", choose(type_name(new_label), qtbot))
    assert type_name(new_label) in window.dossier.info.text()

    again = reopened(qtbot, window, make_window)
    retyped = by_name(again, entity.name)
    assert retyped is not None
    assert retyped.label == new_label
    assert format_at(again, entity.mentions[0].start) == (DEFAULT_COLOURS[new_label], retyped.id)


def test_split_is_greyed_for_an_entity_with_no_other_name(
        qtbot: QtBot, sample_window: MainWindow) -> None:
    """Split an alias out… on an entity known by one name did nothing at all when chosen: no
    dialog, no word why. It is greyed for such an entity, and offered for one with aliases."""
    analysis = analysis_of(sample_window)
    single = next(e for e in analysis.entities if set(e.aliases) <= {e.name})
    several = next(e for e in analysis.entities if set(e.aliases) - {e.name})
    menu = sample_window.dossier.correct.menu()
    split = next(a for a in menu.actions() if a.text() == "Split an alias out…")
    open_dossier(qtbot, sample_window, single)
    assert not split.isEnabled()
    open_dossier(qtbot, sample_window, several)
    assert split.isEnabled()
