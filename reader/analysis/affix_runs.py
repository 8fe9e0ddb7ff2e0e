"""Long runs of punctuation broken up for the tokenizer, character for character.

spaCy's tokenizer peels a word's leading and trailing punctuation one mark at a time, copying the
rest of the word each time: a run of n marks costs n times the word's length. A line of 10,000
'=' took 37 s to tokenize, and 2,000 ')' after a word of 100,000 letters 150 s. No word of prose
has 32 marks in a row, so in such a run every 16th mark becomes a space: the text keeps its length
and every offset, and each piece costs at most 15 peels.
"""

from __future__ import annotations

import re

RUN = 32  # marks in a row that no prose has ("================", "!!!!!!!!")
_PIECE = 16
_RUNS = re.compile(rf"(?:[^\w\s]|_){{{RUN},}}")


def broken_runs(text: str) -> str:
    """text with a space for every 16th mark of each run of 32 or more ('!' * 40 -> 15 marks, a
    space, 15 marks, a space, 8 marks); text itself when it has no such run."""
    if _RUNS.search(text) is None:
        return text
    return _RUNS.sub(_broken, text)


def _broken(match: re.Match[str]) -> str:
    marks = list(match.group())
    for at in range(_PIECE - 1, len(marks), _PIECE):
        marks[at] = " "
    return "".join(marks)
