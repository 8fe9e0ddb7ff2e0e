"""Products named beside their maker: a carmaker's models ("Ford Mustang", "Nissan's Altima")."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from reader.analysis.cities import is_city
from reader.analysis.demonyms import country_name, country_of_demonym
from reader.analysis.person_words import POSSESSIVES, first_name, not_a_person

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Makers of cars whose names are no first name, place or common word ("Lincoln", "Mini",
# "Genesis", "Smart", "Dodge" and "Ram" are left out).
CARMAKERS = frozenset({
    "Ford", "Chevrolet", "Chevy", "GMC", "Buick", "Cadillac", "Chrysler", "Jeep", "Tesla",
    "Rivian", "Toyota", "Lexus", "Honda", "Acura", "Nissan", "Infiniti", "Mazda", "Subaru",
    "Mitsubishi", "Suzuki", "Hyundai", "Kia", "BMW", "Audi", "Volkswagen", "VW", "Porsche",
    "Volvo", "Polestar", "Bentley", "Ferrari", "Lamborghini", "Maserati", "Fiat", "Peugeot",
    "Renault", "Citroen", "Citroën", "Skoda", "Škoda", "Opel", "Vauxhall", "Saab", "Geely",
    "BYD", "Dacia", "Lada", "Mahindra", "Pontiac", "Oldsmobile", "Plymouth", "Hummer", "Scion",
    "McLaren", "Bugatti",
})
# Last words of a maker's own name: "Kestrel Motors", "Tata Motor".
_MAKER_ENDS = frozenset({"Motors", "Motor", "Automotive", "Automobiles"})
# Nouns for what a carmaker makes.
VEHICLE_NOUNS = frozenset({
    "car", "sedan", "suv", "truck", "pickup", "hatchback", "coupe", "crossover", "minivan",
    "van", "convertible", "roadster", "wagon", "model", "vehicle", "ev", "supercar",
})
# Last words of a maker's body, event or ground rather than a model: "Ford Foundation",
# "Honda Classic", "Toyota Racing" (besides those of not_a_person).
_NOT_MODEL_ENDS = frozenset({"motor", "racing", "credit", "financial", "classic", "cup",
                             "open", "championship", "prix", "raceway", "speedway", "dealers",
                             "dealership", "north", "south", "east", "west", "europe", "usa",
                             "factory", "plant", "amphitheater", "amphitheatre"})


def maker_product(span: Span) -> bool:
    """ "Ford Mustang", "Nissan Altima" (the model may split them), "Nissan's Altima", "Nissan
    models like the Altima and Maxima": a name right after a carmaker's name or its
    possessive, or listed as a maker's models, names a product, not a person or a place."""
    doc = span.doc
    if _maker(span[0]) and len(span) > 1:
        return _model_name(span) and _model_name(span[1:])
    if any(_maker(t) for t in span):
        return False  # "GM's Chevrolet": a maker's own brand
    # a maker beside it first, which rules out nearly every name, then the name's own words
    return ((_after_maker(span.start, doc) and not _owning_other(span))
            or _after_maker(_first_conjunct(span), doc) or listed_under(span, VEHICLE_NOUNS)) \
        and _model_name(span)


def _after_maker(start: int, doc: Doc) -> bool:
    """Whether the word at start follows a carmaker's name or its possessive."""
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.text in POSSESSIVES and before.i > 0:
        before = doc[before.i - 1]
    elif before is not None and not before.whitespace_:
        return False
    return before is not None and _maker(before)


def _first_conjunct(span: Span) -> int:
    """Where the name the span is listed after starts ("Altima" of "Nissan's Altima and
    Maxima"), or 0 when it is listed after none."""
    doc, root = span.doc, span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root == span.root:
        return 0
    start = root.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
        start -= 1
    return start if root.is_title and _model_name(doc[start : root.i + 1]) else 0


def before_vehicle_noun(span: Span) -> bool:
    """ "the Vantor sedan", "a Mustang performance car": a name the model took for a person or
    a place, right before a noun for a vehicle (perhaps after one word of its own), is the
    vehicle's model."""
    doc = span.doc
    after = [t for t in doc[span.end : span.end + 2] if t.is_lower]
    if not after or after[0].pos_ not in ("NOUN", "ADJ") or not any(
            t.lemma_ in VEHICLE_NOUNS and t.pos_ == "NOUN" for t in after[:2]):
        return False  # no vehicle after it, the test that rules out most names, asked first
    return span[0].ent_type_ in ("PERSON", "GPE", "LOC", "NORP") and _model_name(span) \
        and not any(_maker(t) for t in span)


# Nouns for what a firm makes besides cars, that a name set beside one is the model of: "the
# Chrome browser", "web browser Safari", "Tiger, the newest version of the system".
PRODUCT_NOUNS = frozenset({
    "browser", "software", "feature", "version", "device", "phone", "smartphone", "handset",
    "laptop", "notebook", "computer", "tablet", "console", "camera", "headphones", "earbuds",
    "processor", "chip", "engine", "aircraft", "airliner", "jet", "plane", "drone",
    "satellite", "rocket", "spacecraft", "kernel", "gadget", "smartwatch", "router",
    "keyboard", "telescope", "supercomputer",
    # craft that are given names of their own: "the ferry Kestrel", "a ship named Aurora"
    "ship", "vessel", "ferry", "boat", "yacht", "tanker", "freighter", "liner", "tugboat",
    "submarine", "warship", "frigate", "destroyer", "steamer", "barge", "cutter",
    "locomotive", "airship", "helicopter", "glider", "rover",
})
# Participles a name is given by ("a ship named Aurora", "the yacht, dubbed Lady Grace,").
_NAMING = frozenset({"name", "call", "dub", "christen", "rename"})


def beside_product_noun(span: Span) -> bool:
    """ "the Chrome browser", "the new Safari 4.0 web browser", "web browser Safari", "Tiger,
    the newest version of ...": a name the model took for a person or a place, right before a
    noun for a product (perhaps after its version number and one word), right after one, or set
    beside one, is the product's name."""
    doc = span.doc
    if span[0].ent_type_ not in ("PERSON", "GPE", "LOC") or country_of_demonym(span.text):
        return False  # "French jets", "American computer makers": a people's word
    end = span.end
    while end < len(doc) and end < span.end + 2 and doc[end].like_num:
        end += 1  # "Safari 4.0"
    after = [t for t in doc[end : end + 2] if t.is_lower]
    before = doc[span.start - 1] if span.start > 0 else None
    root = span.root
    apposed = [t for t in root.children if t.dep_ == "appos"]
    if root.dep_ == "appos":
        apposed.append(root.head)
    if root.dep_ == "oprd" and root.head.lemma_.lower() in _NAMING and root.head.dep_ == "acl":
        apposed.append(root.head.head)  # "the new vessel, named Kestrel,"
    beside = (bool(after) and after[0].pos_ in ("NOUN", "ADJ") and any(
        _product_noun(t) for t in after[:2])) \
        or (before is not None and before.is_lower and _product_noun(before)) \
        or any(_product_noun(t) for t in apposed)
    return beside and _model_name(span) and not any(_maker(t) for t in span)


def _product_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in PRODUCT_NOUNS


def _maker(token: Token) -> bool:
    return token.text in CARMAKERS or (token.text in _MAKER_ENDS and token.ent_type_ == "ORG"
                                       and token.i > 0 and token.doc[token.i - 1].is_title)


def _model_name(span: Span) -> bool:
    """Capitalised words (or a designation) that are no person's name opening with a first
    name, no place, and do not end in a word of a body, a building or an event."""
    if not all(t.is_title or t.is_upper or any(c.isdigit() for c in t.text) for t in span):
        return False
    text = span.text
    last = span[-1].lower_
    return not first_name(span[0].text) and not not_a_person(f"X {text}") \
        and last not in _NOT_MODEL_ENDS and not is_city(text) and country_name(text) is None


def _owning_other(span: Span) -> bool:
    """ "Toyota's Georgetown plant": the name is a lower-case noun's modifier, that noun not a
    vehicle; the name is what the noun belongs to (a place, a plant), no model."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.is_lower and after.pos_ == "NOUN" \
        and after.lemma_ not in VEHICLE_NOUNS


_LISTING = frozenset({"like", "including", "as"})


def listed_under(span: Span, nouns: Collection[str]) -> bool:
    """ "models like the Altima and Maxima", "retailers, including Best Buy": a name listed
    (perhaps after others) after a plural or singular noun of nouns (lemmas)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    if root.dep_ != "pobj" or root.head.lower_ not in _LISTING:
        return False
    listing = root.head
    return any(t.lemma_.lower() in nouns and t.pos_ == "NOUN"
               for t in (listing.head, listing.head.head))
