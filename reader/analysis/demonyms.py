"""Nationality words and other names of countries, so "Russian" can join Russia's alias group."""

from __future__ import annotations

# One country a line: its name, then the words for its people or things (plural forms are derived).
_TABLE = """\
Afghanistan: Afghan, Afghani
Albania: Albanian
Algeria: Algerian
Andorra: Andorran
Angola: Angolan
Argentina: Argentine, Argentinian, Argentinean
Armenia: Armenian
Australia: Australian, Aussie
Austria: Austrian
Azerbaijan: Azerbaijani, Azeri
Bahamas: Bahamian
Bahrain: Bahraini
Bangladesh: Bangladeshi
Barbados: Barbadian
Belarus: Belarusian, Belarussian
Belgium: Belgian
Belize: Belizean
Benin: Beninese
Bhutan: Bhutanese
Bolivia: Bolivian
Bosnia: Bosnian
Botswana: Botswanan, Motswana
Brazil: Brazilian
Brunei: Bruneian
Bulgaria: Bulgarian
Burkina Faso: Burkinabe
Burundi: Burundian
Cambodia: Cambodian
Cameroon: Cameroonian
Canada: Canadian
Chad: Chadian
Chile: Chilean
China: Chinese
Colombia: Colombian
Congo: Congolese
Costa Rica: Costa Rican
Croatia: Croatian, Croat
Cuba: Cuban
Cyprus: Cypriot
Czech Republic: Czech
Denmark: Danish, Dane
Djibouti: Djiboutian
Dominican Republic: Dominican
Ecuador: Ecuadorian, Ecuadorean
Egypt: Egyptian
El Salvador: Salvadoran, Salvadorean
England: English
Eritrea: Eritrean
Estonia: Estonian
Ethiopia: Ethiopian
Fiji: Fijian
Finland: Finnish, Finn
France: French
Gabon: Gabonese
Gambia: Gambian
Georgia: Georgian
Germany: German
Ghana: Ghanaian
Greece: Greek
Guatemala: Guatemalan
Guinea: Guinean
Guyana: Guyanese
Haiti: Haitian
Honduras: Honduran
Hungary: Hungarian
Iceland: Icelandic, Icelander
India: Indian
Indonesia: Indonesian
Iran: Iranian
Iraq: Iraqi
Ireland: Irish
Israel: Israeli
Italy: Italian
Ivory Coast: Ivorian
Jamaica: Jamaican
Japan: Japanese
Jordan: Jordanian
Kazakhstan: Kazakh, Kazakhstani
Kenya: Kenyan
Kosovo: Kosovar
Kuwait: Kuwaiti
Kyrgyzstan: Kyrgyz
Laos: Lao, Laotian
Latvia: Latvian
Lebanon: Lebanese
Lesotho: Basotho
Liberia: Liberian
Libya: Libyan
Liechtenstein: Liechtensteiner
Lithuania: Lithuanian
Luxembourg: Luxembourgish, Luxembourger
Madagascar: Malagasy
Malawi: Malawian
Malaysia: Malaysian
Maldives: Maldivian
Mali: Malian
Malta: Maltese
Mauritania: Mauritanian
Mauritius: Mauritian
Mexico: Mexican
Moldova: Moldovan
Monaco: Monegasque
Mongolia: Mongolian
Montenegro: Montenegrin
Morocco: Moroccan
Mozambique: Mozambican
Myanmar: Burmese, Myanmar
Namibia: Namibian
Nepal: Nepali, Nepalese
Netherlands: Dutch
New Zealand: New Zealander, Kiwi
Nicaragua: Nicaraguan
Niger: Nigerien
Nigeria: Nigerian
North Korea: North Korean
North Macedonia: Macedonian
Norway: Norwegian
Oman: Omani
Pakistan: Pakistani
Palestine: Palestinian
Panama: Panamanian
Papua New Guinea: Papua New Guinean
Paraguay: Paraguayan
Peru: Peruvian
Philippines: Filipino, Philippine, Filipina
Poland: Polish, Pole
Portugal: Portuguese
Qatar: Qatari
Romania: Romanian
Russia: Russian
Rwanda: Rwandan
Samoa: Samoan
Saudi Arabia: Saudi, Saudi Arabian
Scotland: Scottish, Scot, Scots
Senegal: Senegalese
Serbia: Serbian, Serb
Sierra Leone: Sierra Leonean
Singapore: Singaporean
Slovakia: Slovak, Slovakian
Slovenia: Slovenian, Slovene
Somalia: Somali
South Africa: South African
South Korea: South Korean, Korean
South Sudan: South Sudanese
Spain: Spanish, Spaniard
Sri Lanka: Sri Lankan
Sudan: Sudanese
Suriname: Surinamese
Sweden: Swedish, Swede
Switzerland: Swiss
Syria: Syrian
Taiwan: Taiwanese
Tajikistan: Tajik
Tanzania: Tanzanian
Thailand: Thai
Togo: Togolese
Tonga: Tongan
Trinidad and Tobago: Trinidadian
Tunisia: Tunisian
Turkey: Turkish, Turk
Turkmenistan: Turkmen
Uganda: Ugandan
Ukraine: Ukrainian
United Arab Emirates: Emirati
United Kingdom: British, Briton
United States: American
Uruguay: Uruguayan
Uzbekistan: Uzbek
Venezuela: Venezuelan
Vietnam: Vietnamese
Wales: Welsh
Yemen: Yemeni
Zambia: Zambian
Zimbabwe: Zimbabwean
"""

# Other names a country goes by in the news, mapped to the name in _TABLE.
COUNTRY_VARIANTS: dict[str, str] = {
    "us": "United States", "u.s.": "United States", "usa": "United States",
    "u.s.a.": "United States", "america": "United States",
    "united states of america": "United States", "the united states": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom", "uae": "United Arab Emirates",
    "holland": "Netherlands", "the netherlands": "Netherlands", "burma": "Myanmar",
    "côte d'ivoire": "Ivory Coast", "czechia": "Czech Republic", "prc": "China",
    "people's republic of china": "China", "russian federation": "Russia",
    "republic of korea": "South Korea", "dprk": "North Korea", "the philippines": "Philippines",
    "the gambia": "Gambia", "the bahamas": "Bahamas",
}


# Faiths, which are a people's beliefs, not a body: "Islam's holiest site" is no organisation's.
RELIGIONS = frozenset({"Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Sikhism",
                       "Jainism", "Taoism", "Shinto", "Confucianism", "Zoroastrianism",
                       "Catholicism", "Protestantism", "Mormonism", "Anglicanism", "Methodism",
                       "Lutheranism", "Evangelicalism", "Bahaism", "Rastafarianism"})


# Peoples that are no nation of the table above, named alone or in the plural: a group
# (NORP), never a person or a body ("portraying Latinos as", "a million Uighurs").
PEOPLES = frozenset({"latino", "latina", "latinx", "hispanic", "uighur", "uyghur", "kurd",
                     "pashtun", "rohingya", "hutu", "tutsi", "bedouin", "berber", "yazidi",
                     "druze", "alawite", "sunni", "shiite", "sephardi", "ashkenazi"})


def people_word(word: str) -> bool:
    """Whether a word names one of those peoples or its members ("Latinos", "Kurd")."""
    folded = word.casefold()
    return folded in PEOPLES or (folded.endswith("s") and folded[:-1] in PEOPLES)


def _plural(word: str) -> str:
    if word.endswith(("ese", "ss", "sh", "ch", "i", "s")):
        return word  # the Chinese, the Swiss, the French, the Iraqi people... stay as they are
    return word + "s"


def _parse(table: str) -> dict[str, str]:
    demonyms: dict[str, str] = {}
    for line in table.splitlines():
        country, _, words = line.partition(":")
        for word in (w.strip() for w in words.split(",")):
            demonyms[word.casefold()] = country
            demonyms[_plural(word).casefold()] = country
    return demonyms


DEMONYMS: dict[str, str] = _parse(_TABLE)  # casefolded nationality word -> country name
COUNTRIES: frozenset[str] = frozenset(line.partition(":")[0] for line in _TABLE.splitlines())
_BY_FOLD = {country.casefold(): country for country in COUNTRIES}


def country_of_demonym(word: str) -> str | None:
    """The country a nationality word names ("Russians" -> "Russia"), or None."""
    return DEMONYMS.get(word.casefold())


def country_name(name: str) -> str | None:
    """The standard name of a country written in any usual way ("U.S." -> "United States")."""
    folded = name.casefold()
    if folded in COUNTRY_VARIANTS:
        return COUNTRY_VARIANTS[folded]
    return _BY_FOLD.get(folded.removeprefix("the "))
