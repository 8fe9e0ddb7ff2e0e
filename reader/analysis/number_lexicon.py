"""Word tables for reading figures: currencies, units, qualifiers, dates and code-like contexts."""

from __future__ import annotations

CURRENCY_SYMBOLS = {
    "$": "USD", "us$": "USD", "usd$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD",
    "ca$": "CAD", "hk$": "HKD", "nz$": "NZD", "s$": "SGD", "r$": "BRL", "nt$": "TWD",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY",
    "₴": "UAH", "₪": "ILS", "₦": "NGN", "₱": "PHP", "฿": "THB", "₫": "VND", "rs": "INR",
    "rs.": "INR",
}
ISO_CURRENCIES = frozenset({
    "USD", "EUR", "GBP", "JPY", "CNY", "INR", "RUB", "CAD", "AUD", "CHF", "HKD", "SEK", "NOK",
    "DKK", "KRW", "BRL", "MXN", "ZAR", "TRY", "UAH", "NZD", "SGD", "PLN", "ILS", "SAR", "AED",
    "NGN", "EGP", "PKR", "TWD", "THB", "IDR", "MYR", "PHP", "VND", "ARS", "CLP", "COP", "KES",
})
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yuan": "CNY", "renminbi": "CNY", "rmb": "CNY",
    "yen": "JPY", "rupee": "INR", "rupees": "INR", "rouble": "RUB", "roubles": "RUB",
    "ruble": "RUB", "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH",
    "won": "KRW", "franc": "CHF", "francs": "CHF", "peso": "MXN", "pesos": "MXN", "rand": "ZAR",
    "lira": "TRY", "shekel": "ILS", "shekels": "ILS", "riyal": "SAR", "riyals": "SAR",
    "dirham": "AED", "dirhams": "AED", "naira": "NGN", "krona": "SEK", "kronor": "SEK",
    "krone": "NOK", "kroner": "NOK", "zloty": "PLN", "ringgit": "MYR", "rupiah": "IDR",
    "baht": "THB", "dong": "VND", "cent": "cents", "cents": "cents", "pence": "pence",
}
# "Australian dollars", "Hong Kong dollars": the nation decides which dollar.
DOLLAR_NATIONS = {"us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD",
                  "canadian": "CAD", "kong": "HKD", "zealand": "NZD", "singapore": "SGD",
                  "taiwan": "TWD", "taiwanese": "TWD"}

_UNIT_FORMS = {
    "km": ("km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"),
    "m": ("metre", "metres", "meter", "meters"),
    "cm": ("cm", "centimetre", "centimetres", "centimeter", "centimeters"),
    "mm": ("millimetre", "millimetres", "millimeter", "millimeters"),
    "miles": ("mile", "miles", "mi"), "ft": ("ft", "feet", "foot"),
    "inches": ("inch", "inches"), "yards": ("yard", "yards"),
    "kg": ("kg", "kgs", "kilogram", "kilograms", "kilo", "kilos"),
    "g": ("g", "gram", "grams", "gramme", "grammes"), "mg": ("mg", "milligram", "milligrams"),
    "tonnes": ("tonne", "tonnes", "t"), "tons": ("ton", "tons"), "lb": ("lb", "lbs"),
    "oz": ("oz", "ounce", "ounces"), "litres": ("litre", "litres", "liter", "liters", "l"),
    "ml": ("ml", "millilitre", "millilitres", "milliliter", "milliliters"),
    "cups": ("cup", "cups"), "tbsp": ("tbsp", "tbs", "tablespoon", "tablespoons"),
    "tsp": ("tsp", "teaspoon", "teaspoons"),
    "gallons": ("gallon", "gallons"), "barrels": ("barrel", "barrels", "bbl"),
    "acres": ("acre", "acres"), "hectares": ("hectare", "hectares", "ha"),
    "km/h": ("km/h", "kph", "kmh"), "mph": ("mph",), "knots": ("knot", "knots"),
    "m/s": ("m/s",),
    "degrees": ("degree", "degrees", "°"), "°C": ("°c", "celsius", "centigrade"),
    "°F": ("°f", "fahrenheit"), "kW": ("kw",), "MW": ("mw", "megawatt", "megawatts"),
    "GW": ("gw", "gigawatt", "gigawatts"), "kWh": ("kwh",), "MWh": ("mwh",),
    "GB": ("gb", "gigabyte", "gigabytes"), "MB": ("mb", "megabyte", "megabytes"),
    "TB": ("tb", "terabyte", "terabytes"), "GHz": ("ghz",), "MHz": ("mhz",),
    "KB": ("kb", "kilobyte", "kilobytes"), "PB": ("petabyte", "petabytes"),
    "kbit": ("kilobit", "kilobits"), "Mbit": ("megabit", "megabits"),
    "Gbit": ("gigabit", "gigabits"), "kbps": ("kbps",), "Mbps": ("mbps",), "Gbps": ("gbps",),
    "megapixels": ("megapixel", "megapixels"), "calories": ("calorie", "calories", "kcal"),
    "years": ("year", "years", "yr", "yrs"), "months": ("month", "months"),
    "weeks": ("week", "weeks"), "days": ("day", "days"), "hours": ("hour", "hours", "hrs"),
    "minutes": ("minute", "minutes", "mins"), "seconds": ("second", "seconds", "secs"),
    "decades": ("decade", "decades"), "centuries": ("century", "centuries"),
    "percentage points": ("percentage-point", "percentage-points"),
    "bp": ("bp", "bps", "basis-point", "basis-points"),
    "cu ft": ("cu.ft.", "cu.ft", "cu-ft"), "hp": ("hp", "horsepower"),
}
UNITS = {form: unit for unit, forms in _UNIT_FORMS.items() for form in forms}
# Units written glued to the digits ("10km", "2GB", "500m"); "m" alone means metres there.
GLUED_UNITS = {**{form: unit for form, unit in UNITS.items() if len(form) <= 4}, "m": "m"}
UNIT_PREFIXES = frozenset({"square", "sq", "cubic", "nautical", "metric"})
# The time a rate is measured over, abbreviated after a slash: "km/h", "m/s".
RATE_TIMES = {"h": "h", "hr": "h", "s": "s", "sec": "s"}
def unit_name(prefix: str, unit: str) -> str:
    """ "square" "km" -> "km²", "nautical" "miles" -> "nautical miles", "metric" "tons" ->
    "tonnes" (a ton alone is the short or long ton of the writer's country)."""
    if prefix == "metric" and unit == "tons":
        return "tonnes"
    if prefix in ("square", "sq"):
        return f"{unit}²" if unit in ("km", "m", "cm", "mm") else f"square {unit}"
    if prefix == "cubic":
        return f"{unit}³" if unit in ("km", "m", "cm", "mm") else f"cubic {unit}"
    return f"nautical {unit}" if prefix == "nautical" else unit


TIME_UNITS = frozenset({"years", "months", "weeks", "days", "hours", "minutes", "seconds",
                        "decades", "centuries"})
PERCENT_WORDS = frozenset({"%", "percent", "pct", "pc", "per cent", "percentage point",
                           "percentage points"})

# Qualifiers written before a figure, longest first when matched.
QUALIFIERS_BEFORE: dict[tuple[str, ...], str] = {}
for _qualifier, _phrases in {
    "about": ("about", "around", "approximately", "approx.", "approx", "roughly", "nearly",
              "almost", "some", "an estimated", "estimated", "close to", "circa", "ca.",
              "just about", "in the region of", "on the order of", "an approximate",
              "nigh on", "something like", "more or less", "give or take"),
    "at least": ("at least", "no fewer than", "no less than", "not less than",
                 "not fewer than", "a minimum of", "minimum of", "at the very least",
                 "as few as"),
    "more than": ("more than", "over", "above", "upwards of", "upward of", "in excess of",
                  "greater than", "higher than", "exceeding", "north of", "just over",
                  "well over", "well above", "just above", "slightly more than",
                  "a little more than", "a little over", "far more than", "much more than",
                  "well in excess of", "larger than", "longer than", "bigger than"),
    "at most": ("at most", "no more than", "not more than", "a maximum of", "maximum of",
                "at the most", "at a maximum", "a max of"),
    "less than": ("less than", "fewer than", "under", "below", "just under", "just below",
                  "well under", "well below", "lower than", "just shy of", "shy of",
                  "slightly less than", "a little less than", "smaller than", "shorter than"),
    "up to": ("up to", "as many as", "as much as", "as high as", "as large as",
              "as long as", "as far as", "as great as", "as old as"),
}.items():
    for _phrase in _phrases:
        QUALIFIERS_BEFORE[tuple(_phrase.split())] = _qualifier
QUALIFIERS_AFTER = {("or", "more"): "at least", ("or", "above"): "at least",
                    ("or", "over"): "at least", ("and", "up"): "at least",
                    ("or", "so"): "about", ("odd",): "about", ("or", "less"): "at most",
                    ("or", "fewer"): "at most", ("or", "under"): "at most",
                    ("plus",): "more than", ("+",): "more than"}
# Prepositions that are qualifiers only in front of a plain figure ("over 3 years" is time).
SPATIAL_QUALIFIERS = frozenset({"over", "under", "above", "below", "around", "about"})
# Words after which "over"/"under" before a duration is a qualifier ("for over six years").
DURATION_LEADS = frozenset({"for", "of", "after", "in", "is", "was", "were", "are", "be",
                            "been", "lasted", "aged", "took", "takes", "spent", "lasting"})
# Verbs whose "about"/"over" is a preposition ("talked about 5 issues").
PREPOSITION_VERBS = frozenset({"talk", "think", "speak", "worry", "care", "know", "learn",
                               "hear", "read", "write", "ask", "argue", "fight", "dispute",
                               "disagree", "complain", "joke", "come", "bring", "go", "set",
                               "hand", "take", "turn", "run", "look", "lean", "fly", "jump"})
# Verbs that make "from X to Y" a change between two figures rather than a range.
CHANGE_VERBS = frozenset({
    "rise", "increase", "grow", "climb", "jump", "soar", "surge", "fall", "drop", "decline",
    "decrease", "slip", "slide", "plunge", "tumble", "sink", "cut", "reduce", "raise", "lift",
    "lower", "boost", "shrink", "expand", "go", "move", "swing", "rebound", "recover", "double",
    "triple", "halve", "narrow", "widen", "change", "shift", "revise", "upgrade", "downgrade",
    "trim", "slash", "hike", "push", "bring", "ease", "dip", "edge", "leap", "spike", "balloon",
    "gain", "lose", "add", "shed", "advance", "rally", "slump",  # market reports: "gained 8p"
})
RANGE_DASHES = frozenset({"-", "–", "—", "‒"})

MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
    "sep.", "sept.", "oct.", "nov.", "dec.",
})
CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", "o’clock", "gmt",
                         "utc", "bst", "est", "edt", "pst", "pdt", "cet", "cest", "hrs", "h",
                         "msk", "ist", "jst"})
# Era words before a year-like number: "in 2009", "since 1990".
DATE_WORDS = frozenset({"century", "centuries", "millennium", "ad", "bc", "bce", "ce", "a.d.",
                        "b.c."})
# Nouns that make the figure after them a name or a label: "Flight 574", "Route 66".
ID_NOUNS = frozenset({
    "no", "no.", "nos", "nos.", "number", "num", "#", "flight", "route", "highway", "road",
    "page", "pages", "chapter", "article", "section", "room", "platform", "gate", "terminal",
    "level", "grade", "version", "model", "channel", "episode", "season", "act", "rule",
    "resolution", "bill", "item", "figure", "fig", "fig.", "table", "paragraph", "clause",
    "amendment", "district", "ward", "precinct", "lot", "block", "apartment", "suite", "unit",
    "building", "floor", "bus", "train", "line", "lane", "exit", "junction", "interstate",
    "category", "class", "type", "phase", "stage", "group", "division", "squad", "battalion",
    "brigade", "regiment", "corps", "fleet", "army", "vol", "vol.", "volume", "issue", "tier",
    "series", "mark", "mk", "game", "match", "round", "day", "week", "year", "verse", "psalm",
    "case", "file", "code", "zone", "sector", "area", "region", "station", "pier", "dock",
    "berth", "hangar", "runway", "seat", "row", "box", "ext", "ext.", "extension",
    "window", "door", "hall", "street", "avenue", "pp", "pp.", "p.", "post", "posts", "sections",
    "articles", "chapters", "rooms", "routes", "flights", "gates", "platforms", "lines",
    "versions",
})
# Words of ID_NOUNS that are never verbs, whatever the tagger says ("bringing it to version 5").
NOUNS_ONLY = frozenset({"version", "versions"})
# Capitalised words after an ordinal in digits that make it part of a name: "17th Street",
# "82nd Airborne", "5th Circuit", "2nd Congressional District".
ORDINAL_NAME_HEADS = frozenset({
    "street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "boulevard", "blvd",
    "blvd.", "drive", "place", "lane", "terrace", "parkway", "precinct", "district", "ward",
    "circuit", "congressional", "amendment", "airborne", "infantry", "division", "regiment",
    "brigade", "battalion", "fleet", "army", "corps", "cavalry", "armored", "armoured",
    "marines", "squadron", "wing", "panzer", "artillery"})
RANK_WORDS = frozenset({"no.", "nos.", "number", "#", "num."})
PLACE_LABELS = frozenset({"ORG", "PRODUCT", "FAC", "WORK_OF_ART", "LAW", "EVENT"})


def year_like(text: str) -> bool:
    """Four digits that read as a year ("2019"), not a count of a thousand or more."""
    return len(text) == 4 and text.isdigit() and 1000 <= int(text) <= 2100
