"""The `reader` command: open the window, or analyse and export headlessly."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from reader import __version__
from reader.errors import ReaderError

COMMANDS = ("analyze", "notes")


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Read the news closely: an article with its entities highlighted, beside "
        "the events, quotes and numbers it gives. Other commands: "
        "`reader analyze PATH...` prints the analysis as JSON lines; "
        "`reader notes export FILE` prints a document's notes.",
    )
    parser.add_argument("file", nargs="?", type=Path,
                        help="article to open (txt, md, html, pdf, docx, epub)")
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    parser.add_argument("--model", help="spaCy pipeline to use (default: the best one installed)")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help="open FILE (or the sample), wait for the analysis, "
                        "save a PNG of the window, exit")
    return parser


def _analyze_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reader analyze",
                                     description="Print one JSON object per article, one per line.")
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                        help="an article file; - reads one from standard input (text or HTML)")
    parser.add_argument("--model", help="spaCy pipeline to use (default: the best one installed)")
    parser.add_argument("--published", metavar="YYYY-MM-DD",
                        help="the articles' publication date, when the file does not give one")
    parser.add_argument("--no-cache", action="store_true",
                        help="do not read or write the analysis cache")
    return parser


def _notes_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="reader notes", description="Work with your notes.")
    sub = parser.add_subparsers(dest="action", required=True)
    export = sub.add_parser("export", help="print a document's notes")
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("--format", choices=("md", "json"), default="md")
    return parser


def _fail(path: Path | str, reason: str) -> None:
    print(f"reader: {path}: {reason}", file=sys.stderr)


def _report(error: ReaderError) -> None:
    print(f"reader: {error}", file=sys.stderr)


def _cmd_analyze(argv: Sequence[str]) -> int:
    args = _analyze_parser().parse_args(argv)
    from reader.analysis.run import analyze_paths

    status = 0
    try:
        for path, result in analyze_paths(args.paths, model=args.model, published=args.published,
                                          use_cache=not args.no_cache):
            if isinstance(result, ReaderError):
                _report(result)
                status = 1
                continue
            warning = result["language"]["warning"]
            if warning:
                _fail(path, f"warning: {warning}")
            print(json.dumps(result, ensure_ascii=False), flush=True)
    except ReaderError as error:
        _report(error)
        return 1
    return status


def _cmd_notes(argv: Sequence[str]) -> int:
    args = _notes_parser().parse_args(argv)
    from reader.notes.export import export_notes_for_file

    try:
        sys.stdout.write(export_notes_for_file(args.file, args.format))
    except ReaderError as error:
        _report(error)
        return 1
    return 0


def _cmd_gui(argv: Sequence[str]) -> int:
    args = _gui_parser().parse_args(argv)
    from reader.ui.app import run

    try:
        return run(args.file, model=args.model, screenshot=args.screenshot)
    except ReaderError as error:
        _report(error)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="reader: %(levelname)s: %(message)s")
    if argv and argv[0] == "analyze":
        return _cmd_analyze(argv[1:])
    if argv and argv[0] == "notes":
        return _cmd_notes(argv[1:])
    return _cmd_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
