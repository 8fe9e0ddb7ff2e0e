"""Words that tell what a person or a body is: pronouns, titles, first names, role nouns."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from reader.document import TextSpan
from reader.paths import resource

# Titles and ranks before a person's name.
PERSON_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "president", "vice", "prime",
    "minister", "gen", "general", "sen", "senator", "rep", "representative", "gov", "governor",
    "judge", "justice", "pope", "king", "queen", "prince", "princess", "sir", "dame", "lord",
    "lady", "chancellor", "secretary", "mayor", "col", "colonel", "lt", "capt", "captain",
    "sgt", "sergeant", "adm", "admiral", "rev", "reverend", "sheikh", "ayatollah", "premier",
    "coach", "chairman", "chairwoman", "ceo", "commissioner", "ambassador", "officer",
    "detective", "inspector", "maj", "major", "cardinal", "bishop", "archbishop", "imam",
    "rabbi", "father", "brother", "sister", "emperor", "empress", "sultan", "emir", "speaker",
    "councillor", "councilman", "councilwoman", "deputy", "chief", "attorney", "mp", "mep",
})
# Lower-case particles that open a surname when it stands without the first name.
PARTICLES = frozenset({"von", "van", "de", "der", "den", "da", "del", "della", "di", "du", "le",
                       "la", "ter", "ten", "do", "dos", "das", "zu", "bin", "ibn", "ben", "al",
                       "el"})
# What follows a name for a generation ("Martin Luther King Jr.", "Charles Keating IV").
GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# How English marks a possessor ("NBC's", "Reuters'").
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
GENDERED_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "father", "brother",
                         "mister", "monsieur", "herr", "sheikh", "pope"})
FEMALE_TITLES = frozenset({"ms", "ms.", "mrs", "mrs.", "miss", "madam", "madame", "dame", "lady",
                           "queen", "princess", "sister", "mother", "frau"})
# Words for a person that tell a sex ("widow Terry Strada", "Ivanka Trump, his daughter").
MALE_ROLES = frozenset({"widower", "husband", "father", "son", "brother", "grandfather",
                        "actor", "congressman", "spokesman", "businessman", "king", "prince",
                        "boyfriend", "uncle", "nephew", "dad", "stepfather", "councilman"})
FEMALE_ROLES = frozenset({"widow", "wife", "mother", "daughter", "sister", "grandmother",
                          "actress", "congresswoman", "spokeswoman", "businesswoman", "queen",
                          "princess", "girlfriend", "aunt", "niece", "mom", "stepmother",
                          "councilwoman", "chairwoman"})
# A few frequent first names, so "he"/"she" can skip a person of the other gender.
MALE_NAMES = frozenset({
    "john", "james", "robert", "michael", "william", "david", "richard", "joseph", "thomas",
    "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul",
    "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward",
    "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen",
    "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "alexander", "frank",
    "patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "nathan",
    "henry", "douglas", "zachary", "peter", "kyle", "ethan", "walter", "noah", "jeremy",
    "christian", "keith", "roger", "terry", "austin", "sean", "gerald", "carl", "harold", "dylan",
    "arthur", "lawrence", "jordan", "jesse", "bryan", "billy", "bruce", "gabriel", "joe", "logan",
    "albert", "willie", "alan", "eugene", "russell", "vincent", "philip", "bobby", "johnny",
    "bradley", "barack", "bernie", "mike", "mitch", "vladimir", "xi", "emmanuel", "boris", "recep",
    "narendra", "ali", "mohammed", "muhammad", "ahmed", "omar", "hassan", "abdul", "jean",
    "pierre", "francois", "hans", "karl", "klaus", "juan", "carlos", "luis", "jorge", "pedro",
    "miguel", "antonio", "giuseppe", "marco", "ivan", "dmitry", "sergei", "igor", "viktor", "ted",
    "chris", "tim", "jim", "bill", "bob", "tom", "rick", "ron", "steve", "dan", "ben", "sam",
    "tony", "josh", "jeff", "greg", "matt", "nick", "ed", "andy", "pete", "doug", "rob", "jon",
    "don", "newt", "mitt", "jeb", "rudy", "chuck", "hank", "phil", "ken", "fred", "ray", "kurt",
    "rand", "reince", "harry", "hugh", "ian", "neil", "martin", "simon", "oliver", "louis",
})
FEMALE_NAMES = frozenset({
    "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah",
    "karen", "lisa", "nancy", "betty", "margaret", "sandra", "ashley", "kimberly", "emily",
    "donna", "michelle", "carol", "amanda", "dorothy", "melissa", "deborah", "stephanie",
    "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "angela", "shirley", "anna",
    "brenda", "pamela", "emma", "nicole", "helen", "samantha", "katherine", "christine", "debra",
    "rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane", "ruth", "julie",
    "olivia", "joyce", "virginia", "victoria", "kelly", "lauren", "christina", "joan", "evelyn",
    "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline", "martha", "gloria", "teresa",
    "ann", "sara", "madison", "frances", "kathryn", "janice", "jean", "abigail", "alice", "julia",
    "judy", "sophia", "grace", "denise", "amber", "doris", "marilyn", "danielle", "beverly",
    "isabella", "theresa", "diana", "natalie", "brittany", "charlotte", "marie", "kayla", "alexis",
    "lori", "hillary", "nicola", "jacinda", "kamala", "condoleezza", "ursula", "marine", "giorgia",
    "sanna", "indira", "golda", "benazir", "aung", "yulia", "kellyanne", "huma", "chelsea",
    "melania", "ivanka", "sheryl", "oprah", "hope", "kate", "katie", "liz", "beth", "jane",
    "jill", "sue", "ellen", "meg", "nikki", "debbie", "becky", "cathy", "kathy", "jen", "jenny",
    "nina", "tina", "carla", "paula", "tammy", "sally", "michele", "tulsi", "elise", "loretta",
    "valerie", "claire", "sophie", "lucy", "irene", "eva", "angelina", "maxine",
})
# Nouns for people in numbers, besides the roles below ("crew members", "voters").
PEOPLE = frozenset({"member", "voter", "resident", "worker", "employee", "student", "parent",
                    "contestant", "supporter", "protester", "citizen", "people", "person",
                    "critic", "expert", "analyst", "official", "lawmaker", "editor", "staffer",
                    "volunteer", "survivor", "victim", "witness", "family", "activist"})
# What a title written short is called in full ("Indiana Gov. Mike Pence ... the governor").
ABBREVIATED_TITLES = {
    "gov": ("governor",), "sen": ("senator", "lawmaker"), "rep": (
        "representative", "congressman", "congresswoman", "lawmaker"),
    "gen": ("general",), "lt": ("lieutenant",), "col": ("colonel",), "sgt": ("sergeant",),
    "capt": ("captain",), "prof": ("professor",), "dr": ("doctor",), "rev": ("reverend",),
    "sec": ("secretary",), "atty": ("attorney",), "adm": ("admiral",), "amb": ("ambassador",),
    "pres": ("president",), "supt": ("superintendent",), "cmdr": ("commander",),
}
# Nouns for a person's role, by which news writing goes on about somebody it has named; a
# title that is none of them ("the campaign", "the state") names a body, not a person.
ROLES = frozenset({
    "governor", "senator", "congressman", "congresswoman", "lawmaker", "president", "nominee",
    "candidate", "businessman", "businesswoman", "billionaire", "mogul", "director", "chairman",
    "chairwoman", "secretary", "minister", "mayor", "judge", "lawyer", "attorney", "ambassador",
    "general", "commander", "founder", "ceo", "executive", "host", "anchor", "author",
    "economist", "professor", "chancellor", "premier", "monarch", "king", "queen", "coach",
    "spokesman", "spokeswoman", "pope", "actor", "actress", "singer", "star", "veteran",
    "widow", "mother", "father", "activist", "prosecutor", "sheriff", "chief", "leader",
    "aide", "adviser", "advisor", "official", "strategist", "analyst", "pollster", "deputy",
    "officer", "agent", "investigator", "detective", "doctor", "physician", "nurse", "teacher",
    "manager", "representative", "delegate", "head", "owner", "partner", "colleague",
    "friend", "neighbor", "resident", "witness", "victim", "suspect", "defendant", "plaintiff",
    "spokesperson", "reporter", "journalist", "editor", "columnist", "writer", "commentator",
    "moderator", "speaker", "justice", "dean", "scientist", "researcher", "expert", "surgeon",
    "wife", "husband", "son", "daughter", "brother", "sister", "player", "captain", "pastor",
    "priest", "bishop", "archbishop", "cardinal", "rabbi", "imam", "cleric", "senior",
    "chairperson", "vice", "commissioner", "councillor", "inspector", "colonel", "admiral",
    "policeman", "policewoman", "soldier", "footballer", "goalkeeper", "athlete", "pilot",
    "farmer", "student", "worker", "employee", "survivor", "father-in-law", "model", "novelist",
    "historian", "diplomat", "envoy", "astronaut", "engineer", "architect", "banker", "trader",
    "mp", "msp", "mep",  # "the Salford MP": a member of a parliament, as "the Ohio senator"
    "correspondent",  # "BBC correspondent Ann Lee said ... our correspondent added"
})

# Nouns for a kind of body, by which news writing goes on about one it has named ("Exxon
# reported a loss. The company said"), with the entity labels such a body has.
_ORGANISATIONS = frozenset({"ORG"})
_PLACES = frozenset({"GPE"})
BODY_KINDS = {
    **dict.fromkeys(("company", "firm", "group", "agency", "department", "ministry",
                     "organization", "organisation", "union", "network", "newspaper", "paper",
                     "bank", "committee", "council", "board", "court", "team", "club", "league",
                     "university", "school", "hospital", "channel", "magazine", "airline",
                     "automaker", "retailer", "charity", "foundation", "institute", "commission",
                     "bureau", "office", "service", "party", "publication", "outlet", "insurer",
                     "lender", "carrier", "manufacturer", "startup", "broadcaster"),
                    _ORGANISATIONS),
    **dict.fromkeys(("city", "state", "country", "nation", "county", "town", "province",
                     "region", "kingdom", "republic"), _PLACES),
}

# Last words of an organisation's name ("Xcel Energy Inc.", "Defense Ministry").
ORG_SUFFIXES = frozenset({
    "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "gmbh", "ag", "sa", "nv", "bv",
    "ministry", "department", "agency", "university", "college", "party", "council",
    "committee", "commission", "company", "group", "bank", "association", "institute",
    "foundation", "federation", "union", "airlines", "airways", "authority", "board",
    "bureau", "office", "court", "parliament", "assembly", "club", "fc", "team", "organisation",
    "organization", "society", "service", "services", "school", "hospital", "police", "army",
    "navy", "force", "forces", "league", "network", "times", "post", "news", "press", "fund",
    "trust", "coalition", "alliance", "caucus", "studio", "studios", "design", "architects",
    "associates", "partners", "labs", "laboratories", "media", "records", "productions",
    "pictures", "entertainment", "collective", "holdings", "ventures", "technologies",
    "motors", "consulting", "publishing", "works", "games", "interactive", "software",
    "digital", "herald", "courant", "tribune", "journal", "gazette", "chronicle", "inquirer",
    "telegraph", "examiner", "dispatch", "bulletin", "register", "observer",
})
# Last words of a building's, a venue's or a street's name: "Madison Square Garden" is no person.
FACILITY_SUFFIXES = frozenset({
    "garden", "gardens", "center", "centre", "arena", "square", "hall", "stadium", "park",
    "avenue", "street", "road", "boulevard", "bridge", "building", "tower", "towers", "memorial",
    "airport", "station", "theater", "theatre", "museum", "library", "church", "cathedral",
    "palace", "plaza", "mall", "hotel", "casino", "field", "coliseum", "auditorium", "pavilion",
})
# Nouns for a place, that say what "the city of X" is.
PLACE_NOUNS = frozenset({
    "city", "town", "village", "region", "province", "state", "county", "district",
    "capital", "country", "island", "islands", "port", "republic", "territory", "suburb",
    "municipality", "oblast", "prefecture", "neighbourhood", "neighborhood", "area",
})
# Last words of a law's name.
LAW_HEADS = frozenset({"act", "code", "treaty", "accord", "amendment", "charter", "bill", "law",
                       "directive", "resolution", "statute", "ordinance"})
# Common nouns that, set beside a name, say it names an organisation.
ORG_NOUNS = frozenset({
    "company", "firm", "operator", "carrier", "airline", "agency", "organisation",
    "organization", "charity", "union", "retailer", "manufacturer", "maker", "automaker",
    "carmaker", "startup", "insurer", "lender", "bank", "broadcaster", "newspaper", "network",
    "conglomerate", "group", "supplier", "utility", "nonprofit", "ministry", "department",
    "regulator", "watchdog", "brand", "chain",
})
# Words for a kind of firm that news sets right before the firm's name ("Automaker Rivian",
# "the insurer Aviva"): the name after one is a firm's.
FIRM_KINDS = frozenset({
    "retailer", "automaker", "carmaker", "chipmaker", "drugmaker", "planemaker", "toymaker",
    "steelmaker", "truckmaker", "phonemaker", "insurer", "reinsurer", "lender", "broadcaster",
    "conglomerate", "supplier", "startup", "manufacturer", "miner", "refiner", "publisher",
    "streamer", "brewer", "grocer", "homebuilder", "shipbuilder", "e-retailer", "wholesaler",
    "distributor", "bottler", "distiller", "outfitter", "regulator", "watchdog",
})

_NOT_PERSON_ENDS = ORG_SUFFIXES | FACILITY_SUFFIXES | PLACE_NOUNS | LAW_HEADS


def surname(name: str) -> str:
    """A person's name's last word, past a generation after it ("Stan Pate IV" is Pate, "Brent
    Bozell, Jr." Bozell); "" for no words."""
    words = [w.rstrip(",") for w in name.split()]
    while len(words) > 1 and words[-1].lower() in GENERATIONS:
        words.pop()
    return words[-1] if words else ""


def not_a_person(name: str) -> bool:
    """Whether a name's last word makes it a body's, a place's, a building's or a law's:
    "Madison Square Garden", "Jackson County", "Lincoln Memorial", "Franklin Fund"."""
    words = name.split()
    return len(words) > 1 and words[-1].lower().rstrip(".") in _NOT_PERSON_ENDS


# Last words that make a speaker a person ("the club's new coach"), and words no name is.
_DESCRIBING = ROLES | PERSON_TITLES | PEOPLE | MALE_ROLES | FEMALE_ROLES
_NO_NAMES = GENDERED_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS | {"i", "we", "you"}


def described_person(speaker: str) -> bool:
    """Whether a speaker no entity stands for is still a person: a role or title ends it ("the
    club's new coach", "the Ealing MP"), or it is a bare name ("Walker"), not a thing that
    speaks ("a letter", "the report")."""
    words = speaker.split()
    if not words:
        return False
    last = words[-1].lower().rstrip(".")
    if last in _DESCRIBING:
        return True
    return all(w[:1].isupper() for w in words) and words[0].lower() not in (
        "the", "a", "an", "this", "that") and not not_a_person(speaker) and \
        last not in _NO_NAMES


@cache
def _registered_names() -> dict[str, str]:
    """First names that US birth records (1920-2000, public domain) give one sex 95% of the
    time or more, as name -> "m" or "f" (resources/first_names.tsv)."""
    lines = resource("first_names.tsv").read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if "\t" in line)


@cache
def _world_names() -> dict[str, str]:
    """First names the birth records lack or give both sexes, curated by hand: names of other
    countries ("Rahul", "Fatima", "Kwame", "Thibaut"), names of either sex ("Pat", "Casey",
    "Lindsey", marked "u"), and the family names that open a name written family name first ("Wang",
    "Nguyen", "u" too), as name -> "m", "f" or "u" (resources/first_names_world.tsv)."""
    lines = resource("first_names_world.tsv").read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t", 1) for line in lines if "\t" in line)


def name_gender(first: str, *, registered: bool = True) -> str | None:
    """ "m" or "f" for a first name that tells one ("Kevin", "Melanie"), else None: the lists
    above first (a name in both tells nothing), then the names curated by hand (a name they
    give either sex tells nothing, though the birth records give it mostly one: "Lindsey"),
    then, if registered, the birth records."""
    first = first.lower()
    male, female = first in MALE_NAMES, first in FEMALE_NAMES
    if male or female:
        return None if male and female else "m" if male else "f"
    sex = _world_names().get(first)
    if sex is None and registered:
        sex = _registered_names().get(first)
    return sex if sex in ("m", "f") else None


def first_name(word: str, *, registered: bool = True) -> bool:
    """Whether a word is a first name (of either sex or of both: "Pat", "Jean") or the family
    name that opens a name written family name first ("Wang"): the curated lists, then, if
    registered, the birth records (which hold words: "Summer", "Will")."""
    word = word.lower()
    return word in MALE_NAMES or word in FEMALE_NAMES or word in _world_names() \
        or (registered and word in _registered_names())


def title_sex(text: str, spans: Iterable[TextSpan]) -> str | None:
    """ "m" or "f" from the title written before a name's mentions ("Mr. Obama"), when the
    first titled mention tells one."""
    for span in spans:
        before = text[max(0, span.start - 6) : span.start].split()
        sex = title_word_sex(before[-1].lower()) if before else None
        if sex is not None:
            return sex
    return None


def title_word_sex(word: str) -> str | None:
    """ "m" for a man's title ("mr", "sir"), "f" for a woman's ("ms", "lady"), else None."""
    return "m" if word in MALE_TITLES else "f" if word in FEMALE_TITLES else None
