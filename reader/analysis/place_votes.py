"""The votes for a place: "Mountain View, CA", "the county of Surrey", "in Fresno, California",
"a 34-year-old from Leeds"; and the places the news names that the model takes for people."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.analysis.cities import is_city
from reader.analysis.demonyms import country_name
from reader.analysis.person_words import PLACE_NOUNS, POSSESSIVES, first_name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# Marks after a possessive that end its phrase: the possessive owns nothing ("Macy's, Kohl's
# and Sears", "bought from Lowe's.").
PHRASE_ENDS = frozenset({",", ".", ";", ":", ")", "!", "?"})

# The postal codes of the US states, written after a city ("Mountain View, CA").
US_STATE_CODES = frozenset({
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
    "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
    "VA", "WA", "WV", "WI", "WY", "DC",
})

US_STATES = frozenset({
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
    "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
    "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
    "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee",
    "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
})

# The counties of Britain and Ireland most named in the news (England's ceremonial counties,
# Wales's principal areas, Scotland's and Northern Ireland's best known), places the model may
# take for people ("Surrey") or bodies; those that are first names ("Kent", "Devon") a first
# name keeps a person's.
UK_COUNTIES = frozenset({
    "bedfordshire", "berkshire", "buckinghamshire", "cambridgeshire", "cheshire", "cornwall",
    "cumbria", "derbyshire", "devon", "dorset", "essex", "gloucestershire", "hampshire",
    "herefordshire", "hertfordshire", "kent", "lancashire", "leicestershire", "lincolnshire",
    "merseyside", "norfolk", "northamptonshire", "northumberland", "nottinghamshire",
    "oxfordshire", "rutland", "shropshire", "somerset", "staffordshire", "suffolk", "surrey",
    "sussex", "east sussex", "west sussex", "warwickshire", "wiltshire", "worcestershire",
    "yorkshire", "north yorkshire", "south yorkshire", "west yorkshire", "east yorkshire",
    "greater manchester", "tyne and wear", "west midlands", "anglesey", "gwynedd", "powys",
    "ceredigion", "pembrokeshire", "carmarthenshire", "monmouthshire", "glamorgan",
    "vale of glamorgan", "torfaen", "caerphilly", "rhondda", "gwent", "clwyd", "denbighshire",
    "flintshire", "fife", "lothian", "aberdeenshire", "ayrshire", "lanarkshire", "perthshire",
    "antrim", "armagh", "fermanagh", "tyrone", "county durham",
})

def known_place(name: str) -> bool:
    """A city, a US state, a county of Britain or Ireland or a country."""
    folded = name.casefold()
    return is_city(name) or folded in US_STATES or folded in UK_COUNTIES \
        or country_name(name) is not None

# Titles that stand before a person's name and never before a place's: "Mr Boston" is a man
# called after the city ("Prince George" and "General Santos" are places too).
NAME_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lady", "lord"})

def placed(span: Span, text: str, before: list[Token], after: list[Token], first: str) -> bool:
    """ "the city of X", "X-based", "Mountain View, CA": the words around say X (the span,
    whose text is text) is a place; so does the name of a capital, a large city, a US state or a
    country that is no first name ("Kyiv", "northern Mali", which the model may take for a
    person's; not "Chad") and that no "Mr", "Mrs" or "Dr" stands before ("Mr Washington")."""
    return (first == "of" and len(before) > 1 and before[1].lower_ in PLACE_NOUNS) or (
        len(after) == 2 and after[0].text in "-–" and after[1].lower_ in ("based", "born")) or (
        len(span) == 1 and text in US_STATE_CODES and first == "," and len(before) > 1
        and before[1].is_title) or (known_place(text) and not first_name(span[0].text)
                                    and first not in NAME_TITLES) \
        or _in_country(span) or _home_after_age(before) or _region_after_place(span, after)

def _region_after_place(span: Span, after: list[Token]) -> bool:
    """ "a school in Dover, Kent.": a US state or a British county after a place and a
    comma, ending the phrase, is the region that place is in, though its name is a first name
    too ("Kent", "Devon", "Georgia")."""
    doc, start = span.doc, span.start
    if start < 2 or doc[start - 1].text != "," or \
            span.text.casefold() not in US_STATES | UK_COUNTIES:
        return False
    place = doc[start - 2]
    if place.ent_type_ not in ("GPE", "LOC") and not known_place(place.text):
        return False
    return not after or after[0].text in _PLACE_ENDS or after[0].is_space or _set_off(after[0])

def _home_after_age(before: list[Token]) -> bool:
    """ "Jane Doe, 32, of Franklin": after a person's name and age set off by commas (the first
    one may be left out), "of" and a name tell where the person lives, a place (before is the
    words before, nearest first)."""
    if len(before) < 3 or before[0].lower_ != "of" or before[1].text != ",":
        return False
    age, doc = before[2], before[2].doc
    if not (age.text.isdigit() and 0 < int(age.text) < 120 and age.i > 1):
        return False
    name = doc[age.i - 2] if doc[age.i - 1].text == "," else doc[age.i - 1]
    return name.is_title  # "Jane Doe, 32, of" or, the comma left out, "Jane Doe 32, of"

def _in_country(span: Span) -> bool:
    """ "Toulouse, France.", "flown to Salina, Kansas for", "Harlow, Essex.": capitalised words
    followed by a comma and the name of a country, a US state or a British county that ends the
    phrase, or is set off by a second comma, are a place in it; not where the country goes on
    ("Christie, New Jersey governor", "Lee, Singapore's leader"), opens a clause ("In Group G,
    Belgium faced") or a list goes on ("Europe, Britain and"), nor a name opening with a first
    name."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "," \
            or not all(t.text[:1].isupper() for t in span) \
            or first_name(span[0].text):
        return False
    for end in range(span.end + 2, min(len(doc), span.end + 4) + 1):
        words = doc[span.end + 1 : end]
        if country_name(words.text) is None \
                and words.text.casefold() not in US_STATES | UK_COUNTIES:
            continue
        after = doc[end] if end < len(doc) else None
        return after is None or after.text in _PLACE_ENDS or after.is_space \
            or (after.pos_ == "ADP" and after.text not in POSSESSIVES) or _set_off(after)
    return False

def _set_off(comma: Token) -> bool:
    """ "from Camberley, Surrey, on Tuesday": a comma after the county, state or country closes
    it off when a lower-case word that goes on no list comes next ("Estonia, Latvia, and")."""
    doc = comma.doc
    return comma.text == "," and comma.i + 1 < len(doc) and doc[comma.i + 1].is_lower \
        and doc[comma.i + 1].lower_ not in ("and", "or", "nor")

_PLACE_ENDS = PHRASE_ENDS - {","}
