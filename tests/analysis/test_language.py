"""The English check: English news passes, other languages in Latin letters do not."""

from __future__ import annotations

import pytest

from reader.analysis.language import looks_english
from reader.paths import sample_article
from tests.analysis.test_gold_corpus import ARTICLES

PORTUGUESE = ("A prefeitura anunciou nesta segunda-feira que as obras na ponte principal da cidade "
              "vão começar em março. Segundo o secretário de obras, o trânsito será desviado "
              "durante seis meses e os moradores poderão usar ônibus gratuitos. A oposição "
              "criticou o prazo e pediu mais informações sobre o custo total do projeto, que "
              "ainda não foi divulgado pela administração municipal nem pelos vereadores.")
INDONESIAN = ("Pemerintah kota mengumumkan pada hari Senin bahwa pembangunan jembatan utama akan "
              "dimulai pada bulan Maret. Menurut kepala dinas pekerjaan umum, lalu lintas akan "
              "dialihkan selama enam bulan dan warga dapat menggunakan bus gratis. Pihak oposisi "
              "mengkritik jadwal tersebut dan meminta informasi lebih lanjut tentang biaya proyek "
              "yang belum diumumkan oleh pemerintah kota maupun anggota dewan.")
GERMAN = ("Die Stadtverwaltung hat am Montag angekündigt, dass die Arbeiten an der Hauptbrücke "
          "im März beginnen. Nach Angaben des Baudezernenten wird der Verkehr sechs Monate lang "
          "umgeleitet, und die Anwohner können kostenlose Busse nutzen. Die Opposition kritisierte "
          "den Zeitplan und forderte weitere Auskünfte über die Gesamtkosten des Projekts, die "
          "weder die Verwaltung noch der Stadtrat bisher genannt haben.")


RUSSIAN = ("Городская администрация объявила в понедельник, что работы на главном мосту начнутся "
           "в марте. По словам руководителя, движение будет перекрыто на полгода, а жители "
           "смогут пользоваться бесплатными автобусами. Оппозиция раскритиковала сроки и "
           "потребовала сообщить полную стоимость проекта, которую пока не назвали ни в "
           "администрации, ни в городском совете, ни в министерстве.")
RECIPE = ("Meal plan for the week\n\nBreakfast\n\nOats with berries [1 cup oats, ½ cup berries, "
          "1 tsp honey]\n\nLunch\n\nChicken salad with spinach, tomato, cucumber, feta and "
          "olive oil dressing\n\nDinner\n\nSalmon fillet, brown rice, steamed broccoli, lemon "
          "wedge\n\nSnack\n\nGreek yogurt, almonds, apple slices\n\nTip: cook the rice on "
          "Sunday and keep it in the fridge for the whole week.")


@pytest.mark.parametrize("text", [PORTUGUESE, INDONESIAN, GERMAN, RUSSIAN])
def test_other_languages_are_not_english(text: str) -> None:
    assert not looks_english(text)


def test_english_news_is_english() -> None:
    texts = [path.read_text(encoding="utf-8")
             for path in [sample_article(), *sorted(ARTICLES.glob("*.txt"))]]
    assert len(texts) > 10
    assert all(looks_english(text) for text in texts)


def test_an_english_list_with_few_function_words_is_english() -> None:
    assert looks_english(RECIPE)


BOX_SCORES = ("Girls basketball\n\nLake Ridge d. Pine Hill 61-40\n\nPine Hill 9 12 8 11 - 40\n\n"
              "Lake Ridge 15 18 14 14 - 61\n\nLake Ridge (2-0): Okafor 21 points. Brandt 12 "
              "points. Marsh 9 points. Quinlan 7 points. Ruiz 6 points. Tate 4 points.\n\n"
              "Pine Hill (0-2): Delaney 14 points. Hoskins 10 points. Varga 8 points. Lund 4 "
              "points. Pryor 4 points.\n\nBoys soccer\n\nCedar Bay 3, Harbor View 1\n\n"
              "Goals: Mendez 2, Farrow; Kline. Saves: Gant 7, Osei 5. Records: Cedar Bay 4-1, "
              "Harbor View 2-3.")


def test_box_scores_in_english_are_english() -> None:
    """Scores and names hold few function words of any language: no reason to warn."""
    assert looks_english(BOX_SCORES)


def test_a_short_text_is_given_the_benefit_of_the_doubt() -> None:
    assert looks_english("Berlin, Montag.")
    assert looks_english("")


# One sentence in each of six languages: too short for the share of function words, but each
# holds several words no English sentence does.
SHORT_OTHER = [
    "Le gouvernement a annoncé lundi que le pont principal sera fermé pendant six mois.",
    "Le maire a présenté sa démission hier soir.",
    "« Nous ne céderons pas », a déclaré le ministre de l'Intérieur mardi.",
    "“Nous ne céderons pas”, a déclaré le ministre de l’Intérieur.",
    "Die Regierung hat am Montag angekündigt, dass die Brücke im März geschlossen wird.",
    "El alcalde dijo el lunes que las obras del puente empezarán en marzo.",
    "Il sindaco ha detto lunedì che i lavori sul ponte principale inizieranno a marzo.",
    "O prefeito disse na segunda-feira que as obras na ponte vão começar em março.",
    "Het kabinet heeft op maandag besloten dat de brug in maart dicht gaat.",
]


@pytest.mark.parametrize("text", SHORT_OTHER)
def test_a_short_text_in_another_language_is_not_english(text: str) -> None:
    assert not looks_english(text)


# Short English that shows some of those signs: names with particles, accented names and
# loanwords, foreign words quoted, scores.
SHORT_ENGLISH = [
    "Storm closes ferry\n\nThe Halden ferry did not sail on Monday.",
    "Van der Berg, De Jong and Da Silva named in Dutch squad for Los Angeles",
    "Ursula von der Leyen met Luiz Inácio Lula da Silva and Jorge dos Santos in São Paulo.",
    "Jean de la Fontaine and Juan del Castillo met in San José.",
    "The crowd chanted 'liberté, égalité, fraternité' outside the Élysée.",
    "Macron called it “une question de confiance pour la France”.",
    'Nadal beat Djokovic 6-4, 6-3 at Roland Garros. "C\'est la vie," he said.',
    "The motto, Je ne regrette rien, was painted on the wall of the café.",
    "The café owner said the fiancée's résumé was a cliché.",
    "Müller 2, Ramírez, Sánchez; Le Pen 45%, Mélenchon 22%, Zemmour 7% (Ifop).",
    "Jean-Luc Mélenchon's La France Insoumise won 72 seats, Le Monde reported.",
    "Der Spiegel and Le Figaro led with the vote; El País had it on page two.",
    "Angela Merkel met Emmanuel Macron. Angela Merkel met Emmanuel Macron.",
    "Merkel met Macron; two die as van hits bus on A9; UN and SA rule out a faux pas",
    "Berlin, Montag.",
    "",
]


@pytest.mark.parametrize("text", SHORT_ENGLISH)
def test_short_english_is_english(text: str) -> None:
    assert looks_english(text)
