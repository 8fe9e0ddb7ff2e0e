"""The menus' entries and what each does: the dialogs, notes, tabs and steps behind
commands.MENUS."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from reader.loaders import supported_suffixes
from reader.notes.export import to_json, to_markdown
from reader.ui import commands
from reader.ui.file_dialogs import open_file_name, save_file_name
from reader.ui.highlights import NUMBER, QUOTE, entity_at
from reader.ui.library_window import LibraryWindow
from reader.ui.navigation import step
from reader.ui.settings_dialog import SettingsDialog
from reader.ui.shortcuts_dialog import ShortcutsDialog

if TYPE_CHECKING:
    from reader.ui.article_view import ArticleView
    from reader.ui.dossier import Dossier
    from reader.ui.legend import Legend
    from reader.ui.main_window import MainWindow
    from reader.ui.session import Session
    from reader.ui.side_panel import SidePanel


def create_actions(window: MainWindow) -> None:
    """The menus, each entry an action with its shortcut (listed in Help), in
    window.actions_by_name (the window connects them to their handlers)."""
    for menu_name, entries in commands.MENUS:
        menu = window.menuBar().addMenu(menu_name)
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            name, text, keys = entry
            action = QAction(text, window)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setObjectName(name)
            menu.addAction(action)
            window.addAction(action)  # shortcuts work with the menu bar hidden too
            window.actions_by_name[name] = action
            if name == "open_recent_menu":
                action.setMenu(window.recent_menu)
    window.actions_by_name["toggle_underlines"].setCheckable(True)
    window.actions_by_name["stop"].setEnabled(False)  # until a file is read or analysed
    for name in ("next_mention", "previous_mention"):  # greyed for an entity mentioned once
        window.dossier.steps_changed.connect(window.actions_by_name[name].setEnabled)
    window.view.selection_actions = [window.actions_by_name["add_note"]]
    # Escape closes the entity's panel from the article, the panel or a list (where a row
    # opened it), and nowhere else: the find bar, the filters and the dialogs keep theirs
    close = window.actions_by_name["close_dossier"]
    close.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    window.removeAction(close)
    for widget in (window.view, window.dossier, *window.side_panel.list_views()):
        widget.addAction(close)


def handlers(window: MainWindow) -> dict[str, Callable[[], object]]:
    """What each menu entry does, by the names in commands.MENUS."""
    view, session, dossier = window.view, window.session, window.dossier
    table: dict[str, Callable[[], object]] = {
        "open": partial(ask_open, window), "open_recent_menu": window.recent_menu.rebuild,
        "library": partial(show_library, window),
        "export_notes": partial(ask_export_notes, window),
        "analyse_again": session.reanalyse, "stop": window.status.request_cancel,
        "close_document": session.close_document, "quit": window.close,
        "close_dossier": dossier.close_panel,
        "find": window.find_bar.open, "add_note": partial(add_passage_note, window),
        "note_document": partial(add_document_note, window),
        "settings": partial(ask_settings, window),
        "zoom_in": lambda: view.zoom(1), "zoom_out": lambda: view.zoom(-1),
        "zoom_reset": lambda: view.zoom(0), "reset_layout": window.sizes.reset,
        "toggle_underlines": lambda: toggle_underlines(
            window.legend, window.actions_by_name["toggle_underlines"].isChecked()),
        "show_entity": partial(show_entity_at_cursor, window),
        "next_mention": partial(step_mention, dossier, view, session, True),
        "previous_mention": partial(step_mention, dossier, view, session, False),
        "next_entity": partial(step_to, view, session, "entity", True),
        "previous_entity": partial(step_to, view, session, "entity", False),
        "next_quote": partial(step_to, view, session, "quote", True),
        "previous_quote": partial(step_to, view, session, "quote", False),
        "shortcuts": lambda: ShortcutsDialog(window.actions_by_name.values(), window).exec(),
        "about": lambda: QMessageBox.about(window, "About Reader",
                                           commands.about(session.analysis)),
    }
    table.update({f"tab_{i}": partial(show_tab, window.side_panel, i) for i in range(5)})
    return table


def ask_open(window: MainWindow) -> None:
    document = window.session.document
    start = str(document.source_path.parent) if document and document.source_path else ""
    path = open_file_name(window, "Open an article", start, file_filter())
    if path:
        window.open_path(path)


def file_filter() -> str:
    """The Open dialog's filter: the articles Reader reads, else any file."""
    patterns = " ".join(f"*{s}" for s in supported_suffixes())
    return f"Articles ({patterns});;All files (*)"


def ask_export_notes(window: MainWindow) -> None:
    document, record = window.session.document, window.session.record
    if window.store is None or document is None or record is None:
        window.messages.show_message("Open a document to export its notes.", "info")
        return
    base = document.source_path.with_suffix("") if document.source_path else Path("notes")
    path, chosen = save_file_name(window, "Export notes", f"{base}-notes.md",
                                  "Markdown (*.md);;JSON (*.json)")
    if path:
        window.export_notes(Path(path), "json" if chosen.startswith("JSON") else "md")


def export_notes(window: MainWindow, path: Path, fmt: str) -> None:
    """Write the open document's notes to path as Markdown (md) or JSON (json)."""
    record, document = window.session.record, window.session.document
    if window.store is None or record is None or document is None:
        return
    write = to_json if fmt == "json" else to_markdown
    try:
        path.write_text(write(record, window.store.notes_for(record.id), document.text),
                        encoding="utf-8")
    except OSError as exc:
        window.messages.show_message(f"Could not export notes to {path}: {exc.strerror}", "error")
        return
    window.messages.show_message(f"Notes exported to {path}", "info")


def show_library(window: MainWindow) -> None:
    if window.store is None:
        window.messages.show_message("Notes are unavailable: the notes database could not be "
                                     "opened.", "info")
        return
    if window.library is None:  # one Library: asked again, the open one comes forward
        window.library = LibraryWindow(window.store)
        window.library.open_requested.connect(partial(open_from_library, window))
        # over the reader's window, as its dialogs are, not where the window manager puts a
        # window of no parent (a corner of the screen, far from the reader's window)
        window.library.move(window.frameGeometry().center() - window.library.rect().center())
    else:
        window.library.refresh()  # notes may have been added since
    window.library.show()
    window.library.raise_()
    window.library.activateWindow()


def open_from_library(window: MainWindow, path: Path) -> None:
    """Open a document chosen in the Library and bring the reader's window forward to read it
    (the Library stays open behind)."""
    window.open_path(path)
    window.raise_()
    window.activateWindow()


def add_passage_note(window: MainWindow) -> None:
    if window.notes is not None:
        window.notes.set_selection(window.view.selected_span())
        window.notes.add_passage_note()
        window.side_panel.setCurrentWidget(window.notes)


def add_document_note(window: MainWindow) -> None:
    if window.notes is not None:
        window.notes.add_document_note()
        window.side_panel.setCurrentWidget(window.notes)


def ask_settings(window: MainWindow) -> None:
    from reader.analysis.nlp import installed_pipelines

    dialog = SettingsDialog(window.settings, installed_pipelines(), window)
    if dialog.exec():
        window.change_settings(dialog.chosen())


def toggle_underlines(legend: Legend, on: bool) -> None:
    """Turn the quote and number underlines on or off together (their legend toggles follow)."""
    for kind in (QUOTE, NUMBER):
        button = legend.toggle_button(kind)
        if button is not None:
            button.setChecked(on)


def show_tab(panel: SidePanel, index: int) -> None:
    """Show a panel tab by its place and put the keyboard in it; a tab not there is ignored."""
    if index < panel.count():
        panel.setCurrentIndex(index)
        tab = panel.currentWidget()
        getattr(tab, "take_keys", tab.setFocus)()  # a list tab's list, the notes' list


def show_entity_at_cursor(window: MainWindow) -> None:
    """Open the panel of the entity named where the article's cursor is (at the start of a
    selected mention, one Go > Next entity stepped to), standing at that mention."""
    view = window.view
    selected = view.selected_span()
    offset = selected.start if selected is not None else view.cursor_offset()
    hit = entity_at(view.highlights, offset)
    if hit is None or not hit.entity_id:
        window.messages.show_message("Put the cursor on a highlighted name to show its entity "
                                     "(Go > Next entity steps to one).", "info")
        return
    window.show_entity(hit.entity_id)
    window.dossier.stand_at(offset)


def step_mention(dossier: Dossier, view: ArticleView, session: Session, forward: bool) -> None:
    """Step through the open dossier's mentions, else from entity to entity."""
    if not dossier.isVisible():
        step_to(view, session, "entity", forward)
    elif forward:
        dossier.next_mention()
    else:
        dossier.previous_mention()


def step_to(view: ArticleView, session: Session, what: str, forward: bool) -> None:
    """Select the next (or previous) entity mention or quote after the cursor, or after the
    page in sight once the reader has scrolled away from the cursor (ArticleView.step_origin).

    From a selection, the step starts at its start, so a quote inside the one selected is next.
    """
    spans = commands.spans_of(session.analysis, what)
    target = step(spans, view.step_origin(forward), forward)
    if target is not None:
        view.reveal(target, select=target)
