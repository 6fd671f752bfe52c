"""Gender-sensitive terminology (GT rules), checked on real files the way a reviewer sees them.

Each test writes a proposal (Markdown, plain text or Word) or reads the labelled corpus, runs
pat-lint with the GT rules, and asserts what a user notices: which words are flagged, as
written, with which suggestions and context, and which look-alikes are left alone.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import docx
import pytest
import yaml
from click.testing import CliRunner

from pat_lint.analysis import terms
from pat_lint.config import Config, resolve_rules
from pat_lint.engine import RunOptions, lint_file
from pat_lint.model import FileResult
from pat_lint.packs import PackError, load_pack

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fixtures" / "corpus"
ALL_RULES, _ENABLED = resolve_rules(Config())
GT_RULES = tuple(rule for rule in ALL_RULES if rule.id.startswith("GT"))


# --- helpers -----------------------------------------------------------------------------------


def lint(path: Path, language: str | None = None) -> FileResult:
    """pat-lint's result for ``path`` with only the GT rules enabled."""
    return lint_file(path, RunOptions(GT_RULES, tuple(ALL_RULES), language))


def lint_text(tmp_path: Path, text: str, language: str | None = "en", suffix: str = ".md"):
    """Write ``text`` to a file and lint it."""
    path = tmp_path / f"proposal{suffix}"
    path.write_text(text, encoding="utf-8")
    return lint(path, language)


def flagged(result: FileResult) -> list[str]:
    """The matches of the GT findings, as written, in document order."""
    return [finding.match for finding in result.findings]


def write_docx(path: Path, parts: list[tuple[str, str]]) -> Path:
    """A Word file from ``(kind, text)`` parts: ``h1``, ``p`` or ``table`` (rows split by
    ``|`` and ``;``)."""
    document = docx.Document()
    for kind, text in parts:
        if kind == "h1":
            document.add_heading(text, level=1)
        elif kind == "p":
            document.add_paragraph(text)
        else:
            rows = [row.split("|") for row in text.split(";")]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    document.save(path)
    return path


# --- the term lists ------------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "minimum"), [("en", 150), ("fr", 60), ("es", 60)])
def test_term_lists_are_complete_data(language, minimum):
    term_list = terms.load_terms(language)
    assert len(term_list.terms) >= minimum
    for term in term_list.terms:
        assert term.forms and term.suggestions and term.category, term.id
        assert term.sources and all(source in term_list.sources for source in term.sources)


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_no_form_belongs_to_two_entries(language):
    owners: dict[str, str] = {}
    for term in terms.load_terms(language).terms:
        for form in term.forms:
            key = form.lower().replace("’", "'")
            owner = owners.setdefault(key, term.id)
            assert owner == term.id, f"{form!r} is in {term.id} and {owner}"


def test_every_category_is_covered_by_a_rule():
    covered = {c for rule in GT_RULES for c in getattr(rule.params, "categories", [])}
    listed = {t.category for lang in ("en", "fr", "es") for t in terms.load_terms(lang).terms}
    assert listed <= covered


def test_gender_analysis_vocabulary_is_never_a_form():
    vocabulary = {
        "women",
        "woman",
        "men",
        "man",
        "girls",
        "boys",
        "mothers",
        "widows",
        "female-headed households",
        "femmes",
        "hommes",
        "homme",
        "mujeres",
        "hombres",
        "hombre",
        "niñas",
        "niños",
        "he",
    }
    for language in ("fr", "es"):
        forms = {f.lower() for t in terms.load_terms(language).terms for f in t.forms}
        assert not forms & vocabulary
    english = {
        f.lower()
        for t in terms.load_terms("en").terms
        if t.category != "generic-pronoun"
        for f in t.forms
    }
    assert not english & vocabulary


def test_a_malformed_term_list_names_the_file_and_the_entry(tmp_path, monkeypatch):
    bad = tmp_path / "xx.yaml"
    bad.write_text(
        "terms:\n  - id: chairman\n    forms: [chairman]\n    category: x\n"
        "    source: [a]\n    colour: red\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(terms.lists, "term_list_path", lambda language: bad)
    terms.load_terms.cache_clear()
    try:
        expected = r"xx\.yaml: term 'chairman': unknown key 'colour'"
        with pytest.raises(terms.TermListError, match=expected):
            terms.load_terms("xx")
    finally:
        terms.load_terms.cache_clear()


# --- what is flagged -----------------------------------------------------------------------------


def test_gendered_nouns_are_flagged_as_written_with_suggestions_and_context(tmp_path):
    text = (
        "# 2. Background\n\n"
        "There is a serious shortage of health manpower in the region. "
        "The chairmen of the village committees will be briefed.\n\n"
        "Floods are worsened by man-made, man–made, man made and manmade drainage failures.\n\n"
        "The consultancy is budgeted at 40 Man-Days.\n"
    )
    result = lint_text(tmp_path, text)
    assert flagged(result) == [
        "manpower",
        "chairmen",
        "man-made",
        "man–made",
        "man made",
        "manmade",
        "Man-Days",
    ]
    first = result.findings[0]
    assert first.rule == "GT001" and first.name == "gendered-noun"
    assert first.category == "terminology" and first.severity.label == "warning"
    assert "workforce" in first.suggestions and "workforce" in first.message
    assert first.context == "There is a serious shortage of health manpower in the region."
    start, end = first.context_span
    assert first.context[start:end] == "manpower"
    assert (first.location.line, first.location.column) == (3, 39)
    assert first.location.section == "2. Background"


def test_inflections_and_case_variants_match(tmp_path):
    text = (
        "ILLEGAL MIGRANTS and Illegal immigrants were detained. The Chairmen's report "
        "praised the fishermen, and a Policeman escorted the Housewives.\n"
    )
    assert flagged(lint_text(tmp_path, text)) == [
        "ILLEGAL MIGRANTS",
        "Illegal immigrants",
        "Chairmen",
        "fishermen",
        "Policeman",
        "Housewives",
    ]


def test_lemmas_match_inflections_that_a_list_does_not_spell_out():
    one_form = terms.Term(
        id="illegal-migrant",
        language="en",
        forms=("illegal migrant",),
        suggestions=("irregular migrant",),
        category="migration-term",
    )
    matcher = terms.TermMatcher(terms.TermList("en", None, (one_form,)))
    doc = terms.pipeline("en")("Two Illegal migrants and one illegal migrant's family.")
    assert [doc[m.start : m.end].text for m in matcher.find(doc)] == [
        "Illegal migrants",
        "illegal migrant",
    ]


def test_lemmas_never_cross_grammatical_gender(tmp_path):
    result = lint_text(tmp_path, "La ministra inauguró el taller; la ministro también.", "es")
    assert flagged(result) == ["la ministro"]


def test_whole_words_only(tmp_path):
    text = (
        "The caseload remains manageable in Manchester and on the Isle of Man. Humanity, "
        "humanitarian partners, human-made hazards, one woman and one man, the chairperson, "
        "the Chair and the spokesperson of the committee, womankind and Mansfield.\n"
    )
    assert flagged(lint_text(tmp_path, text)) == []


def test_the_vocabulary_of_gender_analysis_is_never_flagged(tmp_path):
    english = (
        "Women and men, girls and boys, widows, midwives, pregnant women and breastfeeding "
        "mothers in female-headed households face gender-based violence; female youth and "
        "women migrant workers need maternal health care.\n"
    )
    french = (
        "Les femmes et les hommes, les filles et les garçons, les mères seules et les "
        "ménages dirigés par des femmes seront consultés ; les jeunes hommes partent "
        "davantage.\n"
    )
    spanish = (
        "Las mujeres y los hombres, las niñas y los niños y los hogares encabezados por "
        "mujeres participarán; los hombres jóvenes migran más que las mujeres.\n"
    )
    for text, language in ((english, "en"), (french, "fr"), (spanish, "es")):
        assert flagged(lint_text(tmp_path, text, language)) == [], language


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "fr",
            "Le projet respectera les droits de l'homme et les droits de l’homme.",
            ["droits de l'homme", "droits de l’homme"],
        ),
        ("fr", "Les pressions exercées par l'Homme menacent les oasis.", ["l'Homme"]),
        ("fr", "La désertification causée par l'homme progresse.", ["l'homme"]),
        (
            "fr",
            "L'expertise est estimée à 30 hommes-jours, soit 500 EUR par homme/jour.",
            ["hommes-jours", "homme/jour"],
        ),
        (
            "fr",
            "Les départs de clandestins et les migrants illégaux ont augmenté.",
            ["clandestins", "migrants illégaux"],
        ),
        (
            "fr",
            "Ils ont vécu comme clandestins, puis ont été expulsés pour séjour illégal.",
            ["clandestins", "séjour illégal"],
        ),
        ("fr", "Les messages cibleront les ménagères du quartier.", ["ménagères"]),
        ("fr", "Madame le ministre a ouvert l'atelier.", ["Madame le ministre"]),
        (
            "es",
            "La contratación de ilegales y de migrantes ilegales es frecuente.",
            ["ilegales", "migrantes ilegales"],
        ),
        (
            "es",
            "Desde que el hombre existe, ha migrado; la deforestación causada por el hombre "
            "avanza.",
            ["el hombre", "el hombre"],
        ),
        (
            "es",
            "Se requieren 500 horas-hombre y la ayuda de los hombres de negocios.",
            ["horas-hombre", "hombres de negocios"],
        ),
        (
            "es",
            "Las amas de casa, por ser el sexo débil, serán atendidas primero.",
            ["amas de casa", "el sexo débil"],
        ),
    ],
)
def test_french_and_spanish_terms(tmp_path, language, text, expected):
    assert flagged(lint_text(tmp_path, text + "\n", language)) == expected


# --- what is not flagged: the look-alikes ------------------------------------------------------

LOOKALIKES = {
    "official-name": [
        ("en", "The Manpower Planning Directorate and the Ministry of Manpower were consulted."),
        ("en", "The Labour Ombudsman's Office and the Office of the Ombudsman will review it."),
        ("en", "A review by the Directorate of Health Manpower and Training found gaps."),
        (
            "fr",
            "Le Conseil des droits de l'homme et la Commission nationale des droits de "
            "l'homme du Niger ont été consultés.",
        ),
        ("fr", "Le programme s'appuie sur la Déclaration universelle des droits de l'homme."),
        (
            "es",
            "La Unidad Central de Redes de Inmigración Ilegal y la Asociación de Hombres de "
            "Negocios de Tapachula apoyan el proyecto.",
        ),
    ],
    "company": [
        (
            "en",
            "Northgate Manpower Solutions Ltd and Everest Gateway Manpower Services Pvt. Ltd "
            "signed the code of conduct.",
        ),
        ("en", "Logistics are handled by Nineveh Manpower and Logistics Co. in Mosul."),
        ("es", "Los alimentos se comprarán a Supermercados El Ama de Casa, S. de R.L."),
    ],
    "newspaper": [
        ("en", "A 2022 article in The Spokesman-Review described the association's work."),
    ],
    "honorific": [
        ("en", "His Excellency the Minister and His Majesty's Government support the project."),
        ("en", "His Royal Highness the Crown Prince and His Holiness the Patriarch attended."),
        ("en", "His Excellency the Governor of the Region has given his support to the communes."),
    ],
    "surname": [
        ("en", "The evaluation will be led by Dr Esther Fireman with Mr Workman."),
        ("en", "Interviews were conducted by Ms Rachel Foreman and Laura Fireman."),
        ("fr", "M. Pierre Lhomme et Mme Hadiza Prudhomme coordonneront les activités."),
        ("es", "La Sra. Daniela Hombrados y la Dra. Lucía Hombrebueno coordinarán."),
    ],
    "neutral-word": [
        ("en", "The chairperson, the Chair and the spokesperson met human rights groups."),
        (
            "fr",
            "Les réseaux clandestins, le travail clandestin et les tâches ménagères persistent.",
        ),
        ("fr", "Un hommage sera rendu aux victimes ; les homologues maliens participeront."),
        (
            "es",
            "La minería ilegal, las mercancías ilegales y los cobros ilegales afectan la región.",
        ),
        ("es", "La verificación se hará mediante un programa de casa en casa."),
        ("en", "Businessmen and businesswomen from the diaspora will invest."),
        ("es", "El hombre suele migrar primero, mientras la mujer queda a cargo del hogar."),
    ],
    "named-man-pronoun": [
        ("en", "Mr Okafor will chair the committee; he has ten years' experience."),
        (
            "en",
            "The Team Leader, Mr Chikondi Banda, is based in Chipata. He will be supported by "
            "a protection officer.",
        ),
        (
            "en",
            "Dr Ahmed Daher, director of the regional hospital, chairs the health committee; "
            "he has agreed to second two nurses.",
        ),
        (
            "en",
            "The mayor of Saint-Louis, Mr Mansour Ndiaye, chairs the committee; he has made "
            "relocation a priority of his second term.",
        ),
        ("en", "Moussa Hamani leads the unit; he speaks Zarma and Fulfulde."),
    ],
    "quoted-title": [
        (
            "en",
            "A household study, 'Manpower Export and the Left-Behind Family', documented debts.",
        ),
        ("en", 'The report "Illegal Migrants in the Gulf" was widely cited.'),
        ("fr", "Le rapport « Les droits de l'homme à la frontière » a été publié en 2022."),
        ("es", "El reportaje «Ilegales» mostró la saturación del dispositivo."),
    ],
    "other-language": [
        ("en", 'A volunteer told the team, "Nunca he visto tantos cayucos", describing 2023.'),
        ("es", "He trabajado diez años en la frontera y lo he visto todo."),
    ],
}


@pytest.mark.parametrize(
    ("kind", "language", "text"),
    [(kind, lang, text) for kind, cases in LOOKALIKES.items() for lang, text in cases],
)
def test_lookalikes_are_not_flagged(tmp_path, kind, language, text):
    assert flagged(lint_text(tmp_path, text + "\n", language)) == [], kind


def test_reference_lists_are_not_flagged_in_any_format(tmp_path):
    entries = [
        "COMESA Secretariat (2019). Border Post Manpower Audit. Lusaka.",
        "Ortiz, L. Migrantes ilegales en la frontera sur. Ciudad de Guatemala, 2015.",
        "Mankind and Microbes: Tuberculosis Along the Migration Routes, Geneva, 2020.",
    ]
    body = "The project is described below.\n\n"
    markdown = body + "## 9. References\n\n" + "".join(f"- {e}\n" for e in entries)
    plain = body + "Bibliography\n------------\n\n" + "\n\n".join(entries) + "\n"
    word = write_docx(
        tmp_path / "refs.docx",
        [("p", "The project is described below."), ("h1", "References")]
        + [("p", e) for e in entries],
    )
    assert flagged(lint_text(tmp_path, markdown)) == []
    assert flagged(lint_text(tmp_path, plain, suffix=".txt")) == []
    assert flagged(lint(word, "en")) == []
    # a citation-shaped line is a reference even without a heading
    assert (
        flagged(
            lint_text(
                tmp_path,
                "- Hope Bridge Alliance (2021). Trapped at Sea: "
                "Fishermen, Brokers and Debt. Phnom Penh.\n",
            )
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # terms of reference are not a reference list
        (
            "## Annex 3: Terms of Reference\n\nThe consultant will assess the role of middlemen.",
            ["middlemen"],
        ),
        # prose that cites a year is not a reference entry
        (
            "This was confirmed by the Ministry of Labour (2021). "
            "Many illegal migrants lack papers.",
            ["illegal migrants"],
        ),
        ("According to UNHCR (2022), illegal migrants face detention.", ["illegal migrants"]),
        # Title Case headings: a capitalised neighbour is not a name, "Project" not a company
        ("## 2. Somali Fishermen and Coastal Livelihoods", ["Fishermen"]),
        ("## 4. Manpower and Project Management", ["Manpower"]),
        ("## 4. Ministry of Manpower Coordination", []),
        # a reference list introduced by a label paragraph
        ("Sources consulted:\n\n- Ahmed, K. Illegal Migrants and the State. Cairo, 2018.", []),
    ],
)
def test_headings_and_citations_are_judged_from_their_shape(tmp_path, text, expected):
    assert flagged(lint_text(tmp_path, text + "\n")) == expected


# --- languages -------------------------------------------------------------------------------


def test_each_block_is_checked_with_its_own_language(tmp_path):
    text = (
        "The project works with migrant workers and their families along the corridor, and it "
        "is implemented with the support of the regional authorities and the civil society.\n\n"
        "It will train the staff of the labour offices, and it will also fund legal aid for the "
        "workers who return with wage claims or who were deceived by their recruiters.\n\n"
        "The results will be shared with the donors and with the government at the end of each "
        "year, and they will be published on the website of the project.\n\n"
        "Los trabajadores dicen que he visto a muchos hombres de negocios en la frontera y que "
        "las redes cobran por el paso de los migrantes.\n\n"
        "Selon les autorités, les départs de clandestins et les hommes-jours de travail sont en "
        "hausse dans la région et pour les familles.\n"
    )
    result = lint_text(tmp_path, text, language=None)
    assert result.language == "en"
    assert flagged(result) == ["hombres de negocios", "clandestins", "hommes-jours"]


def test_spanish_he_is_never_a_pronoun_finding(tmp_path):
    text = (
        "He trabajado en tres casas de familia. Lo he dicho muchas veces: nunca he recibido "
        "un contrato, y he vuelto sin nada a mi comunidad de origen.\n"
    )
    assert flagged(lint_text(tmp_path, text, language=None)) == []
    assert flagged(lint_text(tmp_path, text, language="es")) == []


# --- generic pronouns -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Each prospective worker must present his passport, and in practice he relies on an "
            "agent.",
            ["his", "he"],
        ),
        ("Every victim who is identified will have his needs assessed.", ["his"]),
        ("The duty officer must satisfy himself that entry conditions are met.", ["himself"]),
        ("Anyone who wishes to register must bring his passport.", ["his"]),
        ("If a migrant falls ill, the nurse will refer him to the clinic.", ["him"]),
        (
            "Each returnee shall submit an application. Assistance is provided once, provided he "
            "has not benefited before.",
            ["he"],
        ),
        ("A fisher who must leave his house will be offered a plot.", ["his"]),
        # not generic
        ("Each participant must bring his or her card and his/her certificate.", []),
        ("Each father in the parenting group will share his experience.", []),
        ("The Minister of Labour confirmed that he will attend the launch.", []),
        ("Mr Banda joined IOM in 2015. He has since led three border projects.", []),
        ("Professor Kofi Mensah will lead; his team has evaluated similar projects.", []),
        ("Workers receive training. They can then apply.", []),
        ("The head of the delegation, a career diplomat, presented his credentials.", []),
        ("Each head of household must present his ration card.", ["his"]),
        ("He Xiaoming will lead the survey, and access to HE institutions is limited.", []),
        ("The report says he was right.", []),  # no antecedent in the text: left alone
    ],
)
def test_generic_pronouns_follow_their_antecedent(tmp_path, text, expected):
    result = lint_text(tmp_path, text + "\n")
    assert flagged(result) == expected
    assert all(f.rule == "GT002" and f.suggestions for f in result.findings)


def test_a_pronoun_antecedent_may_be_in_the_previous_block(tmp_path):
    text = "- Each applicant completes the form.\n- He then signs the consent sheet.\n"
    assert flagged(lint_text(tmp_path, text)) == ["He"]


# --- antecedents in real prose ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unspecified person, however long the clause between
        ("Any applicant who loses a card must report it to his case worker.", ["his"]),
        ("A farmer whose crop fails will receive a voucher so that he can replant.", ["he"]),
        (
            "Each trainee who completes the course will collect his certificate at the district "
            "office.",
            ["his"],
        ),
        # the antecedent two sentences back
        (
            "Each applicant must fill in the form. The form is available at the district office. "
            "It must be signed before he submits it.",
            ["he"],
        ),
        # the head of the phrase, not its first word; one role per unit is unspecified
        (
            "The Chief Technical Adviser will be recruited internationally. He will report to "
            "the Country Director.",
            ["He"],
        ),
        (
            "The programme recommended that the chairman of every unit should present his annual "
            "accounts.",
            ["chairman", "his"],
        ),
        (
            "The Minister of Labour, Mr Banda, said that the chairman of each union will present "
            "his plan.",
            ["chairman", "his"],
        ),
        ("Every person intercepted at the border must be told of his rights.", ["his"]),
        # a named man: by his names, by his surname alone, after a title, in apposition
        ("Karim Haddad came back in 2022 and opened a repair shop. Last year he hired two.", []),
        (
            "Dr Ilan Varga leads the team. The pilot ran in four districts. The review was "
            "positive. Varga says he will extend it.",
            [],
        ),
        ("The programme is led by Dr Ilan Varga; in his view the pilot worked.", []),
        (
            "Captain Lars Henning, the harbour master of Port Brenn, ordered the inspection. He "
            "told the partners that his inspectors board one vessel in ten.",
            [],
        ),
        # a male-only group
        (
            "The crew, fourteen men from Lamun, had not been paid, and each of them had handed "
            "his passport to the captain.",
            [],
        ),
        # a particular man the text recounts
        ("A returnee interviewed in Kassala said he had been detained twice.", []),
        (
            "A returnee who has spent years abroad often finds that his skills are not recognised.",
            ["his"],
        ),
        # inclusive forms, never
        ("Each worker must show his or her contract; s/he keeps a copy of his/her payslip.", []),
    ],
)
def test_pronouns_are_judged_by_their_nearest_person_antecedent(tmp_path, text, expected):
    assert flagged(lint_text(tmp_path, text + "\n")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Name of site supervisor and his signature: ____\n", ["his"]),
        ("Person contacted and his phone number:\n", ["his"]),
        ("| Field | Value |\n|---|---|\n| Name of returnee and his current address | |\n", ["his"]),
        # a bare noun in running text is not enough
        (
            "Supervisor visits to the four sites were frequent this year; his report is here.\n",
            [],
        ),
    ],
)
def test_form_fields_and_short_lines_are_the_authors_voice(tmp_path, text, expected):
    assert flagged(lint_text(tmp_path, text)) == expected


def _pdf(path: Path, pages: list[list[str]]) -> Path:
    """A reportlab PDF with these lines on these pages (one line each, as typeset)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    for lines in pages:
        y = 780
        for line in lines:
            canvas.setFont("Helvetica", 11)
            canvas.drawString(72, y, line)
            y -= 14 if line else 0
            y -= 0 if line else 14
        canvas.showPage()
    canvas.save()
    return path


def test_a_pronoun_across_a_line_or_page_break_in_text_and_pdf(tmp_path):
    filler = ["The project works in four districts of the northern region with its partners."]
    wrapped = (
        "Each trainee who completes the course will\ncollect his certificate at the district "
        "office.\n\nThe programme is led by Dr Ilan Varga. The pilot ran for two years\nin four "
        "districts. In his view the pilot worked.\n"
    )
    assert flagged(lint_text(tmp_path, wrapped, suffix=".txt")) == ["his"]
    pdf = _pdf(
        tmp_path / "wrapped.pdf",
        [
            filler * 48 + ["", "Each trainee who completes the course will collect"],
            [
                "his certificate at the district office within a month of the test.",
                "",
                "The programme is led by Dr Ilan Varga. The pilot ran for two years in four",
                "districts and reached 1,200 households. In his view the pilot worked well.",
            ],
        ],
    )
    result = lint(pdf, "en")
    assert [(f.match, f.location.page) for f in result.findings] == [("his", 1)]


def test_pronouns_in_list_items_and_word_table_cells(tmp_path):
    listed = "- Each applicant completes the form.\n- Mr Banda checks it.\n- He then signs it.\n"
    assert flagged(lint_text(tmp_path, listed)) == []
    path = write_docx(
        tmp_path / "cells.docx",
        [
            ("p", "Placements in the first year:"),
            (
                "table",
                "Employer|Remarks;Kanoro Steel|Each apprentice must have his timesheet signed;"
                "Mbezi Utility|Mr Okafor, the site manager, signs his own sheets",
            ),
        ],
    )
    result = lint(path, "en")
    assert [(f.match, f.location.row, f.location.col) for f in result.findings] == [("his", 2, 2)]


# --- reproduced legal text ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "Article 14 of the Overseas Employment Act 2011 provides:\n\n> (1) Where a worker is "
            "repatriated before the end of his contract, the agent shall refund to him the fee.\n\n"
            "In practice, a skipper who takes on a crew rarely shows each fisher his agreement.\n",
            ["his"],
        ),
        (
            "en",
            "The legal basis exists. Article 9 of the Labour Migration Regulations provides:\n\n"
            "Article 9. An employer shall not charge a worker any fee for his recruitment.\n\n"
            "(2) Nor shall the employer withhold from him his passport.\n\n"
            "When a worker returns early, he is often unable to repay the loan.\n",
            ["he"],
        ),
        (
            "en",
            "Section 5 of the Labour Code states: every employer shall pay his workers on time.",
            [],
        ),
        # no legal instrument named: the author's own list
        ("en", "The project provides: training for each worker and his family.", ["his"]),
        (
            "fr",
            "La loi n° 11-19 reste appliquée. Son article 52 dispose :\n\n> Est puni d'une amende "
            "tout transporteur qui débarque des étrangers en situation illégale.\n\n"
            "Le projet ne parlera jamais de migrants illégaux.\n",
            ["migrants illégaux"],
        ),
        (
            "es",
            "El artículo 9 de la Ley contra la Explotación Sexual establece:\n\n"
            "Se entenderá por prostitución infantil toda utilización de una persona menor de "
            "edad.\n\nEl proyecto combatirá la prostitución infantil en la frontera.\n",
            ["prostitución infantil"],
        ),
    ],
)
def test_reproduced_legal_text_is_not_the_authors_voice(tmp_path, language, text, expected):
    assert flagged(lint_text(tmp_path, text, language)) == expected


def test_reproduced_legal_text_in_a_word_file(tmp_path):
    path = write_docx(
        tmp_path / "law.docx",
        [
            ("p", "Article 9 of the Labour Migration Regulations of 2019 provides:"),
            ("p", "Article 9. An employer shall not charge a worker any fee for his recruitment."),
            ("p", "When a migrant worker returns before the contract ends, he is often in debt."),
        ],
    )
    assert [(f.match, f.location.paragraph) for f in lint(path, "en").findings] == [("he", 3)]


# --- names that contain a term ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The regional weekly The Coastal Fisherman published a series of articles.", []),
        ("en", "In March the port authority detained the longliner Fisherman's Hope.", []),
        (
            "en",
            "The independent office of the Ombudsman for Children of Ilvania called for it.",
            [],
        ),
        (
            "en",
            "The Labour Ombudsman for Overseas Workers of Sarneth received 1,312 complaints.",
            [],
        ),
        ("en", "Marek Dravin, Minister of Labour and Manpower Development, described it.", []),
        ("en", "Felix Oduya, Chairman of the Hiring Committee, opened the meeting.", []),
        ("en", "It was published in The Hill Farmer and Herdsman, a monthly farm newspaper.", []),
        ("en", "The current Ombudsman, Mr Andrei Vasko, returned to the issue.", []),
        # capitals that prove nothing
        ("en", "Training will be offered to 300 Fishermen in Kisumu and Homa Bay.", ["Fishermen"]),
        (
            "en",
            "Support for Fishermen and Farmers in the Lake Region starts in 2025.",
            ["Fishermen"],
        ),
        (
            "en",
            "ILLEGAL MIGRANTS and Illegal immigrants were detained.",
            ["ILLEGAL MIGRANTS", "Illegal immigrants"],
        ),
        (
            "en",
            "| Indicator | Target |\n|---|---|\n| Number of Fishermen Trained | 300 |",
            ["Fishermen"],
        ),
        (
            "fr",
            "Ces dispositions remontent à la Convention internationale relative à la répression "
            "de la traite des blanches de 1910.",
            [],
        ),
        (
            "fr",
            "Le marché est dominé par trois hommes d'affaires de Tadrouk, MM. Issouf Alzouma et "
            "Mahamadou Kané.",
            [],
        ),
        ("es", "El Defensor del Pueblo y la Comisión de Derechos Humanos recibieron la queja.", []),
        # a title given to a named woman stays a finding, name or not
        (
            "fr",
            "Le rapport a été présenté à Madame le ministre de la Justice.",
            ["Madame le ministre"],
        ),
        (
            "es",
            "El 22 de febrero, la ministro de Desarrollo Social, Lic. Marta Julia Coyoy, inauguró "
            "el taller.",
            ["la ministro"],
        ),
    ],
)
def test_names_that_contain_a_term(tmp_path, language, text, expected):
    assert flagged(lint_text(tmp_path, text + "\n", language)) == expected


def test_spanish_possessives_are_not_gendered(tmp_path):
    text = "Cada solicitante que pierda su tarjeta debe informar a su trabajador social.\n"
    assert flagged(lint_text(tmp_path, text, "es")) == []


def test_a_name_cut_across_two_blocks_keeps_its_exemption(tmp_path):
    text = (
        "Le projet sera mis en oeuvre avec la Commission nationale des droits de\n\n"
        "l'Homme et du Citoyen, qui a signé un accord avec le projet.\n\n"
        "Chaque responsable doit respecter\n\nl'Homme et la nature.\n"
    )
    assert flagged(lint_text(tmp_path, text, "fr", suffix=".txt")) == ["l'Homme"]


PROSE = ROOT / "fixtures" / "prose"


@pytest.mark.skipif(not PROSE.is_dir(), reason="prose fixtures not built")
def test_a_company_name_in_a_pdf_table_row_split_by_a_page_break():
    # LibreOffice breaks the row "Brightwell Manpower Services Ltd" across two pages
    result = lint(PROSE / "en-p03-vocational-training-progress.pdf", "en")
    assert "Manpower" not in flagged(result)


# --- term lists grown from real texts ----------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "The headman of each village and a draftsman attended.", ["headman", "draftsman"]),
        ("en", "Services rarely reach lesbians, gay men and transsexuals.", ["transsexuals"]),
        ("fr", "Des jeunes homosexuels et transsexuels ont été écartés.", ["transsexuels"]),
        ("es", "Los transexuales denuncian discriminación.", ["transexuales"]),
        ("es", "Se trata de una especie hermafrodita protogínica.", []),
        ("es", "Se atendió a una persona hermafrodita de 19 años.", ["hermafrodita"]),
        ("en", "The grouper is a hermaphrodite species.", []),
        ("en", "Services are open to hermaphrodites.", ["hermaphrodites"]),
    ],
)
def test_terms_found_in_real_texts(tmp_path, language, text, expected):
    assert flagged(lint_text(tmp_path, text + "\n", language)) == expected


# --- repeated rows -----------------------------------------------------------------------------


def test_identical_findings_in_repeated_rows_are_grouped(tmp_path):
    rows = ";".join(["Site|Name of site supervisor and his signature"] * 5)
    path = write_docx(
        tmp_path / "form.docx", [("p", "Sign-off sheet"), ("table", "Site|Field;" + rows)]
    )
    result = lint(path, "en")
    assert [(f.match, f.location.row) for f in result.findings] == [("his", 2)]
    assert "rows 3, 4, 5 and 6" in result.findings[0].message
    text = "- The chairman signs.\n- The chairman of the board signs.\n"
    assert [f.message.endswith("chairperson") for f in lint_text(tmp_path, text).findings] == [
        True,
        True,
    ]


# --- Word files, JSON and rule packs -------------------------------------------------------------


def test_word_findings_point_to_paragraphs_and_table_cells(tmp_path):
    path = write_docx(
        tmp_path / "proposal.docx",
        [
            ("h1", "3. Management"),
            (
                "p",
                "The chairman of each committee will convene the meetings. The Chair of the "
                "Steering Committee is the Secretary of the Ministry.",
            ),
            ("table", "Activity|Resources;Outreach|manpower and vehicles"),
        ],
    )
    result = lint(path, "en")
    assert [
        (f.match, f.location.paragraph, f.location.table, f.location.row, f.location.col)
        for f in result.findings
    ] == [
        ("chairman", 2, None, None, None),
        ("manpower", 2, 1, 2, 2),
    ]
    assert result.findings[0].location.section == "3. Management"


def test_json_output_carries_the_finding_a_reviewer_needs(tmp_path):
    from pat_lint.cli import cli

    path = tmp_path / "proposal.md"
    path.write_text(
        "Workers can end up as illegal migrants in the destination country.\n", encoding="utf-8"
    )
    selection = ",".join(rule.id for rule in GT_RULES)
    run = CliRunner().invoke(
        cli, ["check", str(path), "--format", "json", "--language", "en", "--select", selection]
    )
    assert run.exit_code == 1, run.output
    finding = json.loads(run.output)["files"][0]["findings"][0]
    assert finding["rule"] == "GT004" and finding["name"] == "dehumanising-migration-term"
    assert finding["category"] == "terminology" and finding["severity"] == "error"
    assert finding["match"] == "illegal migrants"
    assert finding["suggestions"][0] == "irregular migrants"
    start, end = finding["context_span"]
    assert finding["context"][start:end] == "illegal migrants"
    assert finding["location"]["line"] == 1 and finding["location"]["column"] == 23


def test_a_new_rule_of_an_existing_type_needs_no_python(tmp_path):
    pack = tmp_path / "extra.yaml"
    pack.write_text(
        yaml.safe_dump(
            {
                "rules": [
                    {
                        "id": "XT001",
                        "name": "stereotype-spanish-only",
                        "check": "substitution",
                        "category": "terminology",
                        "severity": "info",
                        "message": "stereotype: {match}",
                        "params": {"categories": ["stereotype"], "languages": ["es"]},
                        "docs": {"why": "w", "example": "e", "instead": "i", "references": ["r"]},
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    rule = load_pack(pack)[0]
    path = tmp_path / "p.md"
    path.write_text(
        "Las amas de casa recibirán capacitación en huertos familiares.\n", encoding="utf-8"
    )
    result = lint_file(path, RunOptions((rule,), tuple(ALL_RULES), "es"))
    assert [(f.rule, f.match, f.message) for f in result.findings] == [
        ("XT001", "amas de casa", "stereotype: amas de casa")
    ]


def test_rule_params_are_validated(tmp_path):
    pack = tmp_path / "bad.yaml"
    pack.write_text(
        yaml.safe_dump(
            {
                "rules": [
                    {
                        "id": "XT002",
                        "name": "bad-params",
                        "check": "substitution",
                        "category": "terminology",
                        "severity": "info",
                        "message": "m",
                        "params": {"categories": "stereotype"},
                        "docs": {"why": "w", "example": "e", "instead": "i", "references": ["r"]},
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(PackError, match="param 'categories' must be a list of a string"):
        load_pack(pack)


# --- speed ---------------------------------------------------------------------------------------


def test_spacy_is_not_loaded_at_start_up():
    code = (
        "import sys\nfrom pat_lint.config import Config, resolve_rules\n"
        "resolve_rules(Config())\nprint('spacy' in sys.modules)"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert run.stdout.strip() == "False"


def test_term_lists_and_matchers_are_built_once_per_language():
    assert terms.load_terms("fr") is terms.load_terms("fr")
    assert terms.matcher("es") is terms.matcher("es")


# --- the labelled corpus -------------------------------------------------------------------------


def _corpus_items() -> list[tuple[dict, Path]]:
    items = []
    for source in sorted((CORPUS / "src").glob("*.src.md")):
        front = yaml.safe_load(source.read_text(encoding="utf-8").split("---", 2)[1])
        extension = {"pdf-lo": "pdf", "pdf-rl": "pdf"}.get(front["format"], front["format"])
        built = CORPUS / f"{front['id']}.{extension}"
        if built.exists():
            items.append((front, built))
    return items


CORPUS_ITEMS = _corpus_items()


@pytest.mark.skipif(not CORPUS_ITEMS, reason="corpus not built (python fixtures/build_fixtures.py)")
@pytest.mark.parametrize(("front", "built"), CORPUS_ITEMS, ids=[f["id"] for f, _ in CORPUS_ITEMS])
def test_corpus_terms_are_flagged_and_lookalikes_are_not(front, built):
    labels = front.get("labels") or {}
    result = lint(built)
    norm = _normalise
    expected = Counter(norm(term["match"]) for term in labels.get("terms") or [])
    found = Counter(norm(finding.match) for finding in result.findings)
    assert found == expected
    for lookalike in labels.get("not_flag") or []:
        for finding in result.findings:
            assert not _overlaps(finding, lookalike["text"]), (lookalike, finding.match)


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().lower()


def _overlaps(finding, phrase: str) -> bool:
    """Whether the finding's own span lies inside an occurrence of ``phrase`` in its context."""
    words = [re.escape(w) for w in re.sub(r"[\"'’«»]", " ", phrase).split()]
    pattern = re.compile(r"[\W_]*".join(words), re.IGNORECASE)
    start, end = finding.context_span
    return any(
        m.start() < end and start < m.end()
        for m in pattern.finditer(finding.context.replace("’", "'"))
    )


def test_a_findings_context_sentence_runs_past_titles_and_abbreviations(tmp_path):
    """The sentence shown around a finding is not cut after "Lic.", "Dr." or an initial."""
    from pat_lint.config import Config, resolve_rules
    from pat_lint.engine import RunOptions, lint_file

    path = tmp_path / "p.md"
    path.write_text(
        "# Informe\n\nEl 22 de febrero, la ministro de Desarrollo Social, Lic. Marta Julia "
        "Coyoy, inauguró el centro con el Dr. J. Pérez. Luego habló la alcaldesa.\n",
        encoding="utf-8",
    )
    all_rules, enabled = resolve_rules(Config())
    result = lint_file(path, RunOptions(tuple(enabled), tuple(all_rules), "es"))
    [finding] = [f for f in result.findings if f.match == "la ministro"]
    assert finding.context == (
        "El 22 de febrero, la ministro de Desarrollo Social, Lic. Marta Julia Coyoy, inauguró "
        "el centro con el Dr. J. Pérez."
    )
