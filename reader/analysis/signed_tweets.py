"""Tweets an article embeds, signed "— Name (@handle) Month D, YYYY": direct quotes by Name."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from reader.analysis.quote_frames import Draft
from reader.analysis.speakers import SpeakerResolver
from reader.document import TextSpan

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
# the signature an embedded tweet ends with: a dash, the author's name, handle and date
_SIGNATURE = re.compile(r"[―—–-][ \t]*([^\n()―—–]{1,60}?)[ \t]*\(@\w{1,15}\)[ \t]*" + _MONTH
                        + r"[ \t]+\d{1,2},[ \t]+\d{4}")
# what the tweet ends with that nobody says: links and attached pictures
_LINKS = re.compile(r"(?:\s*(?:https?://\S+|pic\.twitter\.com/\S+))+\s*$")
_TAG = re.compile(r"<[^<>\n]*>")  # "<tweet id=...>" around a tweet, as some archives keep it


def signed_tweets(doc: Doc, text: str, resolver: SpeakerResolver) -> Iterator[Draft]:
    """ "Polls close at eight. Vote early! — Dana Ortiz (@dana_o) May 4, 2021": the tweet's
    words, before the signature on its line or, with the signature alone on its line, the
    paragraph above, are a direct quote by the name signed."""
    for match in _SIGNATURE.finditer(text):
        content = _tweet(text, match.start())
        name = doc.char_span(*match.span(1), alignment_mode="expand")
        if content is None or name is None:
            continue
        yield Draft(content, "direct", speaker=resolver.resolve(name.start, name.end))


def _tweet(text: str, signature: int) -> TextSpan | None:
    """Where the tweet signed at signature stands, without its links."""
    line_start = text.rfind("\n", 0, signature) + 1
    start, end = line_start, signature
    if not text[line_start:signature].strip():  # the signature on a line of its own
        end = line_start
        while end > 0 and text[end - 1].isspace():
            end -= 1
        start = text.rfind("\n", 0, end) + 1
    tag = _TAG.match(text, start)
    start = tag.end() if tag else start
    words = _LINKS.sub("", text[start:end])
    stripped = words.lstrip()
    start += len(words) - len(stripped)
    stripped = stripped.rstrip()
    if not any(c.isalpha() for c in stripped):
        return None
    return TextSpan(start, start + len(stripped))
