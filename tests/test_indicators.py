"""Indicators and sex-disaggregation (SD001, SD002): what a reviewer sees on real files.

Built corpus files of every format (docx, LibreOffice and reportlab PDF, Markdown, text) are
used when they exist (``python fixtures/build_fixtures.py``); small proposals are written to
``tmp_path`` for the rest. Classification is checked on indicators written for this test, not
taken from the corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pat_lint.analysis.indicators import breakdowns, classify
from pat_lint.checks import ParamError
from pat_lint.checks.indicators import IndicatorParams
from pat_lint.config import Config, resolve_rules
from pat_lint.engine import RunOptions, lint_file

CORPUS = Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
ALL_RULES, ENABLED = resolve_rules(Config())
SD_RULES = tuple(rule for rule in ALL_RULES if rule.id.startswith("SD"))


def lint(path: Path, language: str | None = None, rules=SD_RULES):
    return lint_file(path, RunOptions(tuple(rules), tuple(ALL_RULES), language))


def corpus_file(name: str) -> Path:
    path = CORPUS / name
    if not path.exists():
        pytest.skip(f"{name} not built (python fixtures/build_fixtures.py)")
    return path


def texts(result) -> list[str]:
    return [indicator.text for indicator in result.indicators]


def flagged(result, rule: str = "SD001") -> list[str]:
    """Matches of a rule's findings, in document order (the order of the indicator list)."""
    matches = [finding.match for finding in result.findings if finding.rule == rule]
    order = texts(result)
    return sorted(matches, key=lambda match: order.index(match) if match in order else -1)


def framework_table(folder: Path, *indicators: str) -> Path:
    """A Markdown results framework with one row per indicator, as written."""
    rows = "".join(f"| {indicator} | 0 | 100 |\n" for indicator in indicators)
    path = folder / "framework.md"
    path.write_text(
        "# Results framework\n\n| Indicator | Baseline | Target |\n|---|---|---|\n" + rows,
        encoding="utf-8",
    )
    return path


def facts(result, text: str) -> dict:
    return next(i.to_dict() for i in result.indicators if i.text == text)


# --- extraction from real files ---------------------------------------------------------------


def test_docx_logframe_indicator_column_in_fourth_place():
    """en-03: "Key indicators" is the 4th of 6 columns; one cell holds two indicators."""
    result = lint(corpus_file("en-03-osbp-border-management.docx"))
    found = texts(result)
    assert len(found) == 11
    assert found[0] == "Average clearance time for commercial trucks at the OSBP (hours)"
    two = [
        "Number of border officials trained in document examination",
        "Number of document examination workstations installed",
    ]
    assert found[4:6] == two
    cells = [facts(result, text)["location"] for text in two]
    assert cells[0]["row"] == cells[1]["row"] and cells[0]["col"] == cells[1]["col"] == 4
    # headers, means of verification, intervention logic and targets are never indicators
    for text in (
        "Key indicators",
        "Means of verification",
        "Time release study",
        "Joint procedures formalised",
        "Impact",
        "240",
    ):
        assert text not in found
    assert flagged(result) == [
        "Number of border officials trained in document examination",
        "Number of irregular migrants referred to protection services, by nationality and age",
        "Number of smugglers arrested and prosecuted",
    ]
    finding = next(f for f in result.findings if f.rule == "SD001")
    assert (finding.location.table, finding.location.row, finding.location.col) == (1, 6, 4)
    assert finding.severity.label == "warning" and finding.category == "sex-disaggregation"


def test_pdf_table_with_indicators_in_fifth_column():
    """es-03 (LibreOffice PDF): "Indicador(es)" is the last of five columns."""
    result = lint(corpus_file("es-03-trata-madre-de-dios.pdf"))
    found = texts(result)
    assert "Número de tratantes condenados" in found
    assert "Indicador(es)" not in found and "Meta" not in found
    victims = facts(
        result,
        "Número de víctimas de trata identificadas y asistidas, desagregado "
        "por sexo, edad y nacionalidad",
    )
    assert victims["people"] and victims["disaggregated_by"] == ["sex", "age", "nationality"]
    assert (
        facts(result, "Número de plazas de acogida temporal habilitadas en Puerto Maldonado")[
            "people"
        ]
        is False
    )
    assert "Número de tratantes condenados" in flagged(result)
    condemned = next(f for f in result.findings if f.match == "Número de tratantes condenados")
    assert condemned.location.page == 4 and condemned.location.col == 5


def test_pdf_cell_split_by_the_reader_is_one_indicator():
    """en-04 (LibreOffice PDF): a cell wrapped over two blocks reads as one indicator."""
    result = lint(corpus_file("en-04-returnee-reintegration.pdf"))
    whole = "Number of returnees who obtain skills certification (women/men)"
    assert whole in texts(result)
    assert facts(result, whole)["disaggregated_by"] == ["sex"]
    assert "Number of returnees who" not in texts(result)


def test_reportlab_pdf_lists_under_a_label():
    result = lint(corpus_file("es-04-clima-corredor-seco.pdf"))
    found = texts(result)
    assert "Monto de remesas canalizadas a inversión productiva (USD)" in found
    assert "Indicadores:" not in found and "Indicadores" not in found


def test_markdown_labelled_lines_nested_lists_and_table(tmp_path: Path):
    result = lint(corpus_file("en-07-tillaberi-stabilisation.md"))
    found = texts(result)
    # a list item nested one level deeper under "Indicators:"
    assert "Number of youth employed in cash-for-work for infrastructure rehabilitation" in found
    # "**Indicator 2.1:** ..." — label and markup removed
    assert "Number of women and men participating in community dialogue forums" in found
    # two indicators in one cell of a 4th-column "Indicator(s)" table
    young = facts(result, "Number of young women receiving start-up kits")
    assert young["location"]["col"] == 4 and young["people"]
    assert young["disaggregated_by"] == ["sex"]
    leaders = next(f for f in result.findings if f.match.startswith("Number of traditional"))
    assert leaders.rule == "SD001" and leaders.location.line is not None
    assert leaders.location.column == 20  # after "**Indicator 2.3:** "


def test_text_file_labels_and_lists_in_french():
    result = lint(corpus_file("fr-07-climat-mobilite-oasis.txt"))
    found = texts(result)
    assert found[0].startswith("Nombre d'agricultrices et d'agriculteurs formés")
    assert "Nombre d'élus communaux formés à la planification climatique" in found
    assert "Nombre de coopératives féminines créées ou renforcées" in found
    assert facts(result, "Nombre de coopératives féminines créées ou renforcées")["people"] is False
    assert "Nombre d'élus communaux formés à la planification climatique" in flagged(result)
    for indicator in result.indicators:
        assert indicator.location.line and indicator.location.section


MATRIX = """\
# Project

## 5. Results matrix

| Level | Result | Baseline | Target | Performance indicator(s) |
|---|---|---|---|---|
| **Outcome 1: Migrants are protected** | | | | |
ROW_1_1
| Output 1.2 | Shelter | 0 | 40 | Number of beds reserved for women in transit centres |
| Outcome 2: Communities | Outcome 2: Communities | | | Outcome 2: Communities |

## 6. Monitoring

**Indicator 2:** Number of returnees receiving reintegration assistance. Baseline: 0; Target: 500

Indicator: % of participants who report improved knowledge (M/F)

- Outcome 3: People are safer
  - Indicators:
    - Number of women and men attending outreach events
    - Number of outreach events held
  - Activities:
    - Train 30 officials

| Indicator | Disaggregation | Target |
|---|---|---|
| Number of people reached | Sex, age | 100 |
| Number of IDPs registered | Location | 100 |

| Field | Value |
|---|---|
| Indicator 4.1 | Number of community volunteers trained |
| Baseline | 0 |
"""
MATRIX = MATRIX.replace(
    "ROW_1_1",
    "| Output 1.1 | Officials trained | 0<br>0 | 60<br>4 "
    "| Number of border officials trained in document examination<br>"
    "Number of workstations installed |",
)


def test_markdown_matrix_written_for_the_test(tmp_path: Path):
    path = tmp_path / "matrix.md"
    path.write_text(MATRIX, encoding="utf-8")
    result = lint(path, "en")
    assert texts(result) == [
        "Number of border officials trained in document examination",
        "Number of workstations installed",
        "Number of beds reserved for women in transit centres",
        "Number of returnees receiving reintegration assistance",
        "% of participants who report improved knowledge (M/F)",
        "Number of women and men attending outreach events",
        "Number of outreach events held",
        "Number of people reached",
        "Number of IDPs registered",
        "Number of community volunteers trained",
    ]
    assert flagged(result) == [
        "Number of border officials trained in document examination",
        "Number of returnees receiving reintegration assistance",
        "Number of IDPs registered",
        "Number of community volunteers trained",
    ]
    # the breakdown column of the row counts for its indicator
    assert facts(result, "Number of people reached")["disaggregated_by"] == ["sex", "age"]
    assert flagged(result, "SD002") == [
        "% of participants who report improved knowledge (M/F)",
        "Number of women and men attending outreach events",
    ]
    first = facts(result, "Number of border officials trained in document examination")
    assert first["location"]["section"] == "5. Results matrix"
    assert (first["location"]["table"], first["location"]["col"]) == (1, 5)
    returnees = next(f for f in result.findings if f.match.startswith("Number of returnees"))
    assert (returnees.location.line, returnees.location.column) == (14, 18)
    assert returnees.suggestions == ("disaggregated by sex and age",)


def test_text_proposal_in_spanish(tmp_path: Path):
    path = tmp_path / "propuesta.txt"
    path.write_text(
        "RESULTADOS E INDICADORES\n\n"
        "Indicador 1.1: Número de personas migrantes atendidas, desagregado por nacionalidad\n\n"
        "Indicador 1.2: Número de camas reservadas para mujeres en el albergue\n\n"
        "Indicadores:\n\n"
        "- Número de mujeres y hombres certificados en competencias laborales\n"
        "- Porcentaje de personas usuarias satisfechas con la atención\n"
        "  - Número de docentes capacitados en inclusión escolar de niñas y niños\n\n"
        "El proyecto trabajará con las familias.\n\n"
        "- Número de talleres realizados\n",
        encoding="utf-8",
    )
    result = lint(path, "es")
    assert texts(result) == [
        "Número de personas migrantes atendidas, desagregado por nacionalidad",
        "Número de camas reservadas para mujeres en el albergue",
        "Número de mujeres y hombres certificados en competencias laborales",
        "Porcentaje de personas usuarias satisfechas con la atención",
        "Número de docentes capacitados en inclusión escolar de niñas y niños",
        "Número de talleres realizados",
    ]  # the last list is still under the heading that names indicators (not people: no flag)
    assert flagged(result) == [
        "Número de personas migrantes atendidas, desagregado por nacionalidad",
        "Porcentaje de personas usuarias satisfechas con la atención",
        "Número de docentes capacitados en inclusión escolar de niñas y niños",
    ]
    finding = next(f for f in result.findings if f.rule == "SD001")
    assert finding.location.line == 3 and finding.location.column == 16
    assert finding.suggestions == ("desagregado por sexo y edad",)


def test_an_abbreviated_count_is_read_in_the_documents_language(tmp_path: Path):
    # "No." is English and Spanish alike: it must not make a Spanish indicator English
    path = tmp_path / "marco.md"
    path.write_text(
        "## Marco de resultados\n\n"
        "| Indicador | Línea de base | Meta |\n|---|---|---|\n"
        "| No. de funcionarios de migración capacitados en protección internacional | 0 | 120 |\n"
        "| No. de personas refugiadas que reciben transferencias monetarias | 0 | 900 |\n"
        "| No. de albergues equipados | 0 | 4 |\n",
        encoding="utf-8",
    )
    result = lint(path, "es")
    assert flagged(result) == [
        "No. de funcionarios de migración capacitados en protección internacional",
        "No. de personas refugiadas que reciben transferencias monetarias",
    ]


def test_a_statistical_tables_caption_label_is_not_the_indicator(tmp_path: Path):
    # statistical yearbooks list their tables' captions as the indicators they publish
    import docx

    document = docx.Document()
    document.add_heading("Indicateurs de suivi", level=1)
    for caption in (
        "Tableau 5.4 : Taux d'activité de la population par milieu de résidence; 2012 - 2019",
        "Tableau 1. 3: Répartition des détenus par type de détention et prison 2019 - 2023",
        "Tableau 4.2 : Nombre de demandeurs d'asile par sexe 2019-2023",
    ):
        document.add_paragraph(caption, style="List Bullet")
    path = tmp_path / "annuaire.docx"
    document.save(str(path))
    result = lint(path, "fr")
    assert texts(result) == [
        "Taux d'activité de la population par milieu de résidence; 2012 - 2019",
        "Répartition des détenus par type de détention et prison 2019 - 2023",
        "Nombre de demandeurs d'asile par sexe 2019-2023",
    ]
    # the first two count persons with no sex breakdown; the last is broken down by sex
    assert flagged(result) == texts(result)[:2]


def test_a_spanish_doublet_names_both_sexes_whichever_gender_comes_first():
    # "Médicas/os" as "Médicos/as": both sexes named, as "juezas y jueces" (written set es-rf-008)
    for text in ("Médicas/os no jubilados por 100.000 hab", "Médicos/as por 100.000 hab"):
        verdict = classify(text, "es")
        assert verdict.people and "sex" in verdict.disaggregated_by, verdict.reason
    assert "sex" in classify("Número de médicas por 100.000 hab", "es").disaggregated_by


def test_a_unit_put_on_its_own_line_in_a_cell_stays_with_its_indicator(tmp_path: Path):
    # WHO's Global Health Observatory names break before the unit: "… stunted <br> (% …)"
    path = tmp_path / "framework.md"
    path.write_text(
        "## Indicators\n\n| Indicator | Target |\n|---|---|\n"
        "| Children aged <5 years stunted <br> (% height-for-age <-2 SD) | 20 |\n"
        "| Enfants de moins de 5 ans émaciés<br>(% poids-pour-taille) | 5 |\n"
        "| Number of schools built<br>Number of teachers trained | 5 |\n"
        "| (Number of health workers trained) | 40 |\n",
        encoding="utf-8",
    )
    result = lint(path, "en")
    # a row of its own that is one parenthesis is not glued onto the row above
    assert texts(result) == [
        "Children aged <5 years stunted (% height-for-age <-2 SD)",
        "Enfants de moins de 5 ans émaciés (% poids-pour-taille)",
        "Number of schools built",
        "Number of teachers trained",
        "(Number of health workers trained)",
    ]


def test_the_unit_after_an_indicator_is_not_its_text(tmp_path: Path):
    """A statistical index puts each indicator's unit and scale after it ("(UOM:%(Percentage)),
    Scaling Factor:1": India's SDG Index column headers): a parenthesis that opens with the unit
    is dropped whole, a unit field cut like a target; a baseline in parentheses stays."""
    from docx import Document as WordDocument

    word = WordDocument()
    word.add_heading("Results framework", level=1)
    table = word.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Indicator", "Target"
    for indicator in (
        "Anaemic Pregnant Women In The Age Group Of 15 To 49 Years (%) "
        "(UOM:%(Percentage)), Scaling Factor:1",
        "Courts Per 1,00,000 Population (UOM:PerLakh(100000)), Scaling Factor:1",
        "Taux de chômage des jeunes (Unité : %)",
        "Porcentaje de alumnas matriculadas; Unidad de medida: porcentaje",
        "Number of farmers trained (2023 baseline: 2,050)",
    ):
        row = table.add_row().cells
        row[0].text, row[1].text = indicator, "100"
    path = tmp_path / "index.docx"
    word.save(str(path))
    result = lint(path, "en")
    assert texts(result) == [
        "Anaemic Pregnant Women In The Age Group Of 15 To 49 Years (%)",
        "Courts Per 1,00,000 Population",
        "Taux de chômage des jeunes",
        "Porcentaje de alumnas matriculadas",
        "Number of farmers trained (2023 baseline: 2,050)",
    ]
    assert facts(result, "Anaemic Pregnant Women In The Age Group Of 15 To 49 Years (%)")["people"]
    assert not facts(result, "Courts Per 1,00,000 Population")["people"]


def test_a_markdown_footnote_reference_is_not_part_of_the_indicator(tmp_path: Path):
    """A Word document converted to Markdown keeps its footnotes as "[^n]" references (pandoc;
    Mexico's mortality tables "Diez principales causas[^5] de muerte …"): the indicator is
    reported without them and read as written around them."""
    path = tmp_path / "indicadores.md"
    path.write_text(
        "## Indicadores\n\n"
        "- Diez principales causas[^5] de muerte desglosadas por sexo\n"
        "- Número de personas atendidas en los centros de salud[^a]\n\n"
        "[^5]: Fuente: INEGI, estadísticas de defunciones.\n"
        "[^a]: Incluye los centros comunitarios.\n",
        encoding="utf-8",
    )
    result = lint(path, "es")
    assert texts(result) == [
        "Diez principales causas de muerte desglosadas por sexo",
        "Número de personas atendidas en los centros de salud",
    ]
    # the finding points at the words as written, footnote and all
    assert flagged(result) == ["Número de personas atendidas en los centros de salud[^a]"]


def test_a_word_table_typed_without_accents_or_in_capitals_is_read_as_written(tmp_path: Path):
    # data systems that take ASCII only, and logframes typed in capitals, drop the accents:
    # "ninas y ninos" is still both sexes, "POR EDAD Y SEXO" still a sex breakdown
    import docx

    document = docx.Document()
    document.add_heading("Marco de resultados", level=1)
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Indicador", "Linea de base", "Meta"), strict=True):
        cell.text = text
    rows = (
        "Numero de ninas y ninos vacunados contra el sarampion",
        "POBLACION OCUPADA EN EL SECTOR INFORMAL, POR EDAD Y SEXO",
        "Porcentaje de adolescentes con educacion secundaria completa",
        "Numero de escuelas con agua potable",
    )
    for text in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = text, "0", "100"
    path = tmp_path / "marco.docx"
    document.save(str(path))
    result = lint(path, "es")
    assert texts(result) == list(rows)
    assert [facts(result, text)["people"] for text in rows] == [True, True, True, False]
    assert flagged(result) == ["Porcentaje de adolescentes con educacion secundaria completa"]


#: Codes written before an indicator with no separator, as the document has them, the text
#: pat-lint reports, and whether SD001 flags it.
CODES_BEFORE_INDICATORS = [
    # a Kenyan project's logframe numbering; DHIS2's TB package tag (household contacts)
    (
        "1200a. Women with adequate involvement in household and enterprise decision making",
        "Women with adequate involvement in household and enterprise decision making",
        False,
    ),
    (
        "1220a. Women actively saving in a Savings Group",
        "Women actively saving in a Savings Group",
        False,
    ),
    ("120. Farmers using improved seed", "Farmers using improved seed", True),
    ("TB-HH - Contacts screened", "Contacts screened", True),
    # WHO's HIV digital adaptation kit; the Global Fund's modular framework
    (
        "HIV.IND.2 Number of people who received PrEP at least once during the reporting period",
        "Number of people who received PrEP at least once during the reporting period",
        True,
    ),
    (
        "HIV I-9a(M) Percentage of men who have sex with men who are living with HIV",
        "Percentage of men who have sex with men who are living with HIV",
        False,
    ),
    (
        "KP-1b(M) Percentage of transgender people reached with HIV prevention programs",
        "Percentage of transgender people reached with HIV prevention programs",
        True,
    ),
    (
        "TB O-4(M) Number of notified TB cases among prisoners",
        "Number of notified TB cases among prisoners",
        False,
    ),
    # a result-chain code is one still, beside a fiscal year that is not
    ("OP 2.2 Farmers trained", "Farmers trained", True),
]


@pytest.mark.parametrize(
    "title",
    [
        # "COVID-19" is a name, not a code, even before a capital
        "COVID-19 Vaccination coverage among health workers",
        # "CO2" is what is measured, not a result code (Scotland's council benchmarks, set 511)
        "CO2 Emissions Area Wide per Capita",
        # "FY 09" is the fiscal year the figure is for, not a result code (a state agency's
        # vocational rehabilitation data points, set 617)
        "FY 09 Total Expenditures",
        "FY2019 Number of women trained",
    ],
)
def test_a_name_or_a_year_before_a_title_case_indicator_is_kept(tmp_path: Path, title: str):
    result = lint(framework_table(tmp_path, title), "en")
    assert texts(result) == [title]


def test_codes_before_an_indicator_are_not_the_indicator(tmp_path: Path):
    path = framework_table(tmp_path, *(raw for raw, _, _ in CODES_BEFORE_INDICATORS))
    result = lint(path, "en")
    assert texts(result) == [text for _, text, _ in CODES_BEFORE_INDICATORS]
    assert flagged(result) == [text for _, text, flag in CODES_BEFORE_INDICATORS if flag]


@pytest.mark.parametrize(
    ("language", "raw", "text"),
    [
        # GAFSP's core indicators in a Togolese project's framework; Madrid's SDG sub-series
        ("fr", "GAFSP#13.F Dont agricultrices", "Dont agricultrices"),
        (
            "fr",
            "GAFSP#5 Personnes soutenues accédant aux services financiers",
            "Personnes soutenues accédant aux services financiers",
        ),
        (
            "es",
            "1.2.1.1_1 Población en riesgo de pobreza relativa",
            "Población en riesgo de pobreza relativa",
        ),
        ("fr", "IND-2-005 Commerçantes appuyées", "Commerçantes appuyées"),
        # an indicator's code inside its objective's ("OE.1.I.2": objective 1, indicator 2)
        (
            "es",
            "OE.1.I.2 Número de actores entrevistados que usan la información",
            "Número de actores entrevistados que usan la información",
        ),
        # a dashboard's status mark after the indicator, bare or in parentheses
        (
            "fr",
            "Nombre d'enfants de 6 à 59 mois orientés pour la vitamine A (❌)",
            "Nombre d'enfants de 6 à 59 mois orientés pour la vitamine A",
        ),
        (
            "en",
            "Number of girls enrolled in secondary school ✅",
            "Number of girls enrolled in secondary school",
        ),
        # a table caption after the publication it comes from (a statistics office's list)
        (
            "en",
            "2009 Census Volume II Table 3: Population, 3 years and above Attending School by Sex",
            "Population, 3 years and above Attending School by Sex",
        ),
        ("en", "Vol 1b Table 1: Population by age", "Population by age"),
        (
            "en",
            "Vol 1b Table 1 Constituency Population and Density - 2009",
            "Constituency Population and Density - 2009",
        ),
        (
            "es",
            "Censo 2010 Cuadro 4: Población de 12 años y más por condición de actividad",
            "Población de 12 años y más por condición de actividad",
        ),
        # an indicator tool's catalogue codes of three digits ("COVID-19" stays: see below)
        (
            "es",
            "SUP-001 Personas que visitan los nuevos espacios urbanos naturalizados",
            "Personas que visitan los nuevos espacios urbanos naturalizados",
        ),
        ("es", "C-110 Número de voluntarios movilizados", "Número de voluntarios movilizados"),
        # a statistical series code of dotted capitals, after a numbering or alone, and a
        # survey variable's name (World Bank catalogues, Disability Data Hub)
        (
            "en",
            "SE.PRM.ENRR School enrollment, primary (% gross)",
            "School enrollment, primary (% gross)",
        ),
        (
            "en",
            "2.7_PRI.SEC.TRANSITION.RATE Progression to secondary school (% of pupils)",
            "Progression to secondary school (% of pupils)",
        ),
        (
            "en",
            "al_prim_none_dfcl_all Persons with at least primary education (%)",
            "Persons with at least primary education (%)",
        ),
        # a health ministry's sheet codes with a full stop, one or several (Chile's MINSAL)
        ("es", "F159. Tasa de mortalidad infantil", "Tasa de mortalidad infantil"),
        ("es", "F136-F137-F138. Esperanza de vida", "Esperanza de vida"),
        ("fr", "F12. Taux de mortalité infantile", "Taux de mortalité infantile"),
        # a report's row code with a hyphenated line number (Kenya's MOH 731)
        ("en", "K5-2 Currently on ARVs - All others", "Currently on ARVs - All others"),
        # French "Nb" abbreviates "nombre": the title is read in French (a dashboard's label)
        ("fr", "Nb marchands actifs", "Nb marchands actifs"),
        # a transcriber's warning mark with its note's code after the title (Kenya's health
        # sector plan copied into Markdown)
        (
            "en",
            "Proportion of children in malaria-endemic areas who slept under LLIN ⚠F3",
            "Proportion of children in malaria-endemic areas who slept under LLIN",
        ),
        # a named indicator label, and an SDG one (Costa Rica's dashboard; ILOSTAT's labels)
        (
            "es",
            "Indicador de avance de beneficiarios: Porcentaje de personas beneficiarias atendidas",
            "Porcentaje de personas beneficiarias atendidas",
        ),
        ("en", "Progress indicator: Number of women trained", "Number of women trained"),
        (
            "en",
            "SDG indicator 8.5.2 - Unemployment rate, by sex, age and persons with disabilities",
            "Unemployment rate, by sex, age and persons with disabilities",
        ),
        (
            "fr",
            "Indicateur ODD 5.5.1 : Proportion de sièges occupés par des femmes",
            "Proportion de sièges occupés par des femmes",
        ),
        ("es", "Indicador ODS 4.1.2: Tasa de finalización", "Tasa de finalización"),
        # a caption numbered by section and letter, or two tables at once (a Brussels NGO)
        ("fr", "Tableau 1.A. – Nouveaux patients signalés", "Nouveaux patients signalés"),
        # a statistical form's section before its title (Chile's REM forms)
        (
            "es",
            "SECCIÓN H: GESTANTES ESTUDIADAS PARA ESTREPTOCOCO GRUPO B",
            "GESTANTES ESTUDIADAS PARA ESTREPTOCOCO GRUPO B",
        ),
        ("es", "SECCION B.2: Personas atendidas en talleres", "Personas atendidas en talleres"),
        # a table's caption with its publisher's acronym (Spain's INE)
        (
            "es",
            "Tabla INE 60259 - Indicador AROPE por tipo de hogar",
            "Indicador AROPE por tipo de hogar",
        ),
        ("en", "Table ONS 12 - Number of people in employment", "Number of people in employment"),
        ("fr", "Tableau INSEE 4.2 : Nombre de chômeurs", "Nombre de chômeurs"),
        ("en", "Section C: Persons screened for syphilis", "Persons screened for syphilis"),
        (
            "fr",
            "Section D.1 : Femmes dépistées pour la syphilis",
            "Femmes dépistées pour la syphilis",
        ),
        # a French title typed without its first accent is read in French ("Age" is "âge")
        (
            "fr",
            "Tableau 24.B. – Age des personnes du post-suivi",
            "Age des personnes du post-suivi",
        ),
        (
            "fr",
            "Tableau 1.F/G. – Nombre de nouveaux patients au cours de l’année",
            "Nombre de nouveaux patients au cours de l’année",
        ),
        # a protection cluster's activity/indicator path and its sector tag (Venezuela's
        # earthquake-response indicators), a numbering with no space after its full stop or
        # its colon, and a result's number before the count sign (UNFPA Nepal's partners)
        (
            "es",
            "SCA12/IC1/IE1: NNA - Número de niñas, niños y adolescentes que reciben apoyo",
            "Número de niñas, niños y adolescentes que reciben apoyo",
        ),
        (
            "en",
            "SCA12/IC1/IE1: CP - Number of children receiving support",
            "Number of children receiving support",
        ),
        (
            "en",
            "6.Number of women trained in bookkeeping",
            "Number of women trained in bookkeeping",
        ),
        ("es", "2.Número de mujeres capacitadas", "Número de mujeres capacitadas"),
        (
            "fr",
            "1.1 :Nombre de personnes nouvellement enrôlées sous ARV",
            "Nombre de personnes nouvellement enrôlées sous ARV",
        ),
        (
            "en",
            "Output 1.1.1 # of adolescent girls participating in safe space programme",
            "# of adolescent girls participating in safe space programme",
        ),
        ("fr", "Produit 2.1 # de femmes formées en gestion", "# de femmes formées en gestion"),
        ("es", "Producto 2.1 # de docentes formados", "# de docentes formados"),
        # ... or its label and a colon, past a cluster's tag (OCHA's response-plan logframes)
        (
            "en",
            "Output: # of male and female CBE teachers receiving monthly stipends",
            "# of male and female CBE teachers receiving monthly stipends",
        ),
        (
            "en",
            "Output: [CP] # of girls and boys at risk who received case management services",
            "# of girls and boys at risk who received case management services",
        ),
        ("fr", "Produit : # de femmes formées en gestion", "# de femmes formées en gestion"),
        ("es", "Producto: # de docentes formados", "# de docentes formados"),
        (
            "en",
            "[Core Reach] # of boys and girls enrolled in CBE, ALC, MBE and TLS",
            "# of boys and girls enrolled in CBE, ALC, MBE and TLS",
        ),
        # a variable's name of the US Census Bureau's API before an ACS table's title, and a
        # Eurostat dataset's code after it
        (
            "en",
            "Variable B17001_002E: Population for whom poverty status is determined",
            "Population for whom poverty status is determined",
        ),
        (
            "en",
            "Employment by sex, age and citizenship (1 000) - lfsa_egan",
            "Employment by sex, age and citizenship (1 000)",
        ),
        ("fr", "Chômeurs par sexe et âge - lfsa_ugad", "Chômeurs par sexe et âge"),
        (
            "en",
            "B08006 Series: Sex of Workers by Means of Transportation to Work",
            "Sex of Workers by Means of Transportation to Work",
        ),
        (
            "en",
            "B17001 Poverty Status in the Past 12 Months by Sex by Age",
            "Poverty Status in the Past 12 Months by Sex by Age",
        ),
        # a variable's name before the title, with a colon or in capitals (INSEE's census, the
        # CAF's data dictionary)
        ("fr", "P11_FCHOM1564 : Chômeurs 15-64 ans en 2011", "Chômeurs 15-64 ans en 2011"),
        (
            "fr",
            "RSA_SOCLE_Pers_couv_yyyy : nombre de personnes couvertes par le rsa socle",
            "nombre de personnes couvertes par le rsa socle",
        ),
        (
            "fr",
            "P15_NSCOL15P_DIPLMIN Pop 15 ans ou plus non scolarisée sans diplôme",
            "Pop 15 ans ou plus non scolarisée sans diplôme",
        ),
        (
            "es",
            "POB_OCUP_MUJ : Mujeres ocupadas de 15 años y más",
            "Mujeres ocupadas de 15 años y más",
        ),
        (
            "en",
            "HH_MEMBERS : Number of persons in the household",
            "Number of persons in the household",
        ),
        # a core indicator's code before an em dash (IFAD's core indicators)
        (
            "en",
            "CI 2.2.1 — Persons with new jobs / employment opportunities",
            "Persons with new jobs / employment opportunities",
        ),
        ("fr", "IR 2.1 — Nombre de femmes formées", "Nombre de femmes formées"),
        ("es", "NNA — Número de niñas y niños atendidos", "Número de niñas y niños atendidos"),
        # a code or a numbering before a target's share (a PBF contract's targets)
        (
            "fr",
            "B.4.2 100% d'enseignants des écoles visitées sont évalués",
            "100% d'enseignants des écoles visitées sont évalués",
        ),
        ("en", "1.2.1 80% of teachers trained", "80% of teachers trained"),
        ("es", "A.1.3 100 % de docentes capacitados", "100 % de docentes capacitados"),
        # a code led by its number (a university's gender-equality framework)
        (
            "es",
            "04TRGE-09 Mujeres académicas de la planta permanente",
            "Mujeres académicas de la planta permanente",
        ),
        ("en", "01INGE-03 Senior managers trained in gender", "Senior managers trained in gender"),
        ("fr", "02VGGE-04 Cadres formés à l'égalité", "Cadres formés à l'égalité"),
        # a data element's code after its form's number (Uganda's HMIS 105)
        (
            "en",
            "105-MA07. Low birth weight babies initiated on kangaroo (KMC)",
            "Low birth weight babies initiated on kangaroo (KMC)",
        ),
        ("en", "105-AN21a. Pregnant women tested for HIV", "Pregnant women tested for HIV"),
        ("fr", "105-MA24. Nombre de nouveau-nés réanimés", "Nombre de nouveau-nés réanimés"),
        # a catalogue's identifier, and a double hyphen typed for a dash (an NHS outcomes
        # framework citing OHID Fingertips ids)
        (
            "en",
            "40501 -- Under 75 mortality rate from cancer",
            "Under 75 mortality rate from cancer",
        ),
        ("en", "CV7 -- Persons aged 65 and over vaccinated", "Persons aged 65 and over vaccinated"),
        (
            "en",
            "ID 90647 - Prevalence of depression in adults",
            "Prevalence of depression in adults",
        ),
        ("fr", "ID 1204 - Nombre de femmes dépistées", "Nombre de femmes dépistées"),
        ("es", "10231 -- Número de mujeres atendidas", "Número de mujeres atendidas"),
        # a numbering before the indicator's unit in parentheses (IFAD's core indicators in a
        # project's logframe)
        (
            "en",
            "2.2.6 (Number) Percentage of persons reporting improved physical access to markets",
            "(Number) Percentage of persons reporting improved physical access to markets",
        ),
        ("fr", "1.2.1 (Nombre) Femmes formées en gestion", "(Nombre) Femmes formées en gestion"),
        # a programme's acronym before the indicator label (an IYCF analysis package)
        ("en", "IYCF Indicator 4: Exclusive Breastfeeding", "Exclusive Breastfeeding"),
        ("es", "PAI Indicador 2: Niños vacunados con BCG", "Niños vacunados con BCG"),
        # a status mark or an emoji before the indicator, as its bullet (a catalogue of social
        # indicators written in Markdown: "✅ Taux de …", "💜 Féminicides")
        ("fr", "✅ Taux de fumeurs quotidiens", "Taux de fumeurs quotidiens"),
        ("fr", "✅ 💜 Nombre de victimes de violences", "Nombre de victimes de violences"),
        ("en", "➡️ Number of persons receiving cash", "Number of persons receiving cash"),
        (
            "es",
            "☑ Tasa de suicidio por 100.000 habitantes",
            "Tasa de suicidio por 100.000 habitantes",
        ),
        # a numbering with a full stop and a dash glued to the title (a regional monitoring
        # system's menu) and footnote letters in parentheses after the unit (a central bank's
        # key economic indicators)
        (
            "es",
            "11.-Profesores titulados, inicial (% del total)",
            "Profesores titulados, inicial (% del total)",
        ),
        ("en", "Labour force (‘000 persons) (e)(f)", "Labour force (‘000 persons)"),
        (
            "en",
            "Unemployment rate (per cent of labour force) (l)",
            "Unemployment rate (per cent of labour force)",
        ),
        (
            "en",
            "Population density (persons per sq.km.) (b)",
            "Population density (persons per sq.km.)",
        ),
        # a strategic objective's code with a hyphenated number (UNCCD's reporting manual)
        (
            "en",
            "2.2. SO 2-2 – Trends in access to safe drinking water in affected areas",
            "Trends in access to safe drinking water in affected areas",
        ),
        (
            "en",
            "SO 3-2: Number of people covered by early warning systems",
            "Number of people covered by early warning systems",
        ),
        # a visit of a care programme and its number is the indicator's own, as a dose is
        ("en", "ANC 4 Coverage", "ANC 4 Coverage"),
        ("en", "MR 2 Coverage (%)", "MR 2 Coverage (%)"),
        ("en", "DPT 1-3 Dropout rate", "DPT 1-3 Dropout rate"),
        # a programme's tag before a share's sign, as before a capital
        (
            "fr",
            "PALU - % d'enfants de moins de 5 ans ayant dormi sous MILDA",
            "% d'enfants de moins de 5 ans ayant dormi sous MILDA",
        ),
        (
            "en",
            "AP.2b - AAP - % of affected people aware of complaints mechanisms",
            "% of affected people aware of complaints mechanisms",
        ),
        # a reporting standard's disclosure number (GRI) and a table's number joined by a hyphen
        ("en", "2-7 Employees", "Employees"),
        (
            "en",
            "403-8 Workers covered by an occupational health and safety management system",
            "Workers covered by an occupational health and safety management system",
        ),
        (
            "fr",
            "41-Incidence de la Coqueluche chez les enfants de moins de 5 ans",
            "Incidence de la Coqueluche chez les enfants de moins de 5 ans",
        ),
        # a source's number in brackets, a code with a letter after its number
        (
            "es",
            "[Fuente 09] Población en Riesgo de Pobreza y/o Exclusión Social (Tasa AROPE)",
            "Población en Riesgo de Pobreza y/o Exclusión Social (Tasa AROPE)",
        ),
        (
            "es",
            "D.26.a. Trabajadores en sector agricultura (%)",
            "Trabajadores en sector agricultura (%)",
        ),
        # several note numbers in brackets after the title (MICS tabulation plans)
        (
            "fr",
            "Taux net de scolarisation primaire ajusté (TNS), total [1] [2]",
            "Taux net de scolarisation primaire ajusté (TNS), total",
        ),
        # a footnote's asterisks inside the title (performance.gov's transportation measures)
        (
            "en",
            "Passenger Vehicle Occupant Fatalities per 100 Million VMT** (NHTSA, FHWA, FMCSA)",
            "Passenger Vehicle Occupant Fatalities per 100 Million VMT (NHTSA, FHWA, FMCSA)",
        ),
    ],
)
def test_a_code_or_a_status_mark_is_not_the_indicator(
    tmp_path: Path, language: str, raw: str, text: str
):
    result = lint(framework_table(tmp_path, raw), language)
    assert texts(result) == [text]
    assert facts(result, text)["people"]


def test_a_negation_of_the_tables_language_does_not_switch_its_language(tmp_path: Path):
    # Spanish "No" opens a negated measure; English "No" abbreviates "Number" ("No of …")
    path = framework_table(
        tmp_path,
        "No matriculación por falta de dinero",
        "No de personas atendidas en el albergue",
    )
    result = lint(path, "es")
    assert texts(result) == [
        "No matriculación por falta de dinero",
        "No de personas atendidas en el albergue",
    ]
    assert facts(result, "No matriculación por falta de dinero")["people"]
    assert facts(result, "No de personas atendidas en el albergue")["people"]


def test_a_hyphenated_result_code_is_not_the_indicator(tmp_path: Path):
    path = framework_table(
        tmp_path,
        "IRI-13: Bénéficiaires directs d'activités génératrices de revenus",
        "IRI-17: Femmes ayant reçu des formations en gestion financière (%)",
    )
    result = lint(path, "fr")
    assert texts(result) == [
        "Bénéficiaires directs d'activités génératrices de revenus",
        "Femmes ayant reçu des formations en gestion financière (%)",
    ]
    assert flagged(result) == ["Bénéficiaires directs d'activités génératrices de revenus"]


@pytest.mark.parametrize(
    "prefix",
    [
        "1.a)",
        "[3]",
        "IR1.2 -",
        "OS2-I1 :",
        "Indicador 3.1.2.",
        "TX_CURR:",
        "Sub-indicator:",
        "1.-",
        "1-.",
        "H6-.",
        "P2-3a:",
        "KPI#4 -",
        "C1.2.b)",
        "__VIHTBDEP__:",
        "TARVCV12SUPPR:",
        "6:",
        "1B",
        "2 (new):",
        "IRI # 2:",
        "3.1.1:",
        "9-",
        "Reg-Int-1:",
        "INDICATOR 5.B.1:",
        "Target 3, Indicator:",
        "Outcome 2, Additional indicator:",
        "Indicateur 4.c.1 :",
        "1.2.1.a",
        "8.5.1c",
        "3.b.1",
        "12.09.01 -",  # a national development plan's reference before its name
        # a statistical series' dotted code, taken whole (UNESCO-UIS)
        "CR.3.DPIA",
        "EA.2T8.AG25T99.F.LPIA",
        "AIDEDUC.LOWINCOMECOUNT",
        "OH\u201103",  # a code's hyphen typed as Unicode's non-breaking one (Healthy People 2030)
        "AHS\u201002",
        "ICTSKILLCONNEC.AG75OROVER.F",
        "X.PPPCONST.2T4.V.FSGOV",  # a first part of one letter, with two points at least
        "[CONFIG] RMNCAH -",  # a DHIS2 metadata package's tag and a programme of six capitals
    ],
)
def test_numbering_codes_and_labels_of_real_frameworks_are_not_the_text(
    tmp_path: Path, prefix: str
):
    result = lint(framework_table(tmp_path, f"{prefix} Number of people trained"), "en")
    assert texts(result) == ["Number of people trained"]


@pytest.mark.parametrize(
    ("language", "title", "by_sex"),
    [
        (
            "es",
            "1.2.1.a Proporción de la población que vive por debajo del umbral de pobreza",
            False,
        ),
        ("es", "8.5.1c Ingreso medio por hora de empleadas y empleados, por ocupación", True),
        (
            "fr",
            "5.5.1.b Proportion de sièges occupés par des femmes dans les conseils locaux",
            True,
        ),
    ],
)
def test_a_national_sdg_numbering_with_a_letter_is_not_the_text(
    tmp_path: Path, language: str, title: str, by_sex: bool
):
    # national SDG platforms number their own indicators after the global id (Mexico)
    result = lint(framework_table(tmp_path, title), language)
    assert texts(result) == [title.split(" ", 1)[1]]
    assert result.indicators[0].people
    assert ("sex" in result.indicators[0].disaggregated_by) is by_sex


@pytest.mark.parametrize(
    "title", ["DTP3 Vaccination rate", "Penta3 coverage in district A", "TT2 Coverage"]
)
def test_an_antigen_and_its_dose_are_not_a_result_code(tmp_path: Path, title: str):
    # "DTP3" reads like "OP 2.2" or "IR1.2", but it is the vaccine the indicator is about
    # (tetanus toxoid's "TT2": Bangladesh's demographic data sheet, set 770)
    result = lint(framework_table(tmp_path, title), "en")
    assert texts(result) == [title]
    assert result.indicators[0].people


@pytest.mark.parametrize("title", ["PHQ-9 Screenings", "GAD-7 Screenings", "CD4 Testing Coverage"])
def test_a_scale_or_a_count_named_with_its_number_is_not_a_result_code(tmp_path: Path, title: str):
    # "PHQ-9" reads like "IR-1", but it is the screening scale counted (a drop-in centre's
    # indicator dictionary, set 719)
    assert texts(lint(framework_table(tmp_path, title), "en")) == [title]


@pytest.mark.parametrize("prefix", ["6.2_", "11.1-11.3_", "4_"])
def test_a_numbering_joined_by_an_underscore_is_not_the_text(tmp_path: Path, prefix: str):
    # titles derived from file names ("6.2_Quotient de mortalité …")
    result = lint(framework_table(tmp_path, f"{prefix}Number of people trained"), "en")
    assert texts(result) == ["Number of people trained"]


@pytest.mark.parametrize("quoted", ['"Number of people trained"', "“Number of people trained”"])
def test_a_title_written_inside_double_quotes_is_read_without_them(tmp_path: Path, quoted: str):
    result = lint(framework_table(tmp_path, quoted), "en")
    assert texts(result) == ["Number of people trained"]


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a footnote's mark glued to the last word (India's infrastructure KPI framework)
        ("Passenger movement#", "Passenger movement"),
        ("Exposure to unsafe drinking water@", "Exposure to unsafe drinking water"),
        # a value after a colon: a figure with its thousands or a share; a year stays
        ("No. of TVET graduates: 25,002", "No. of TVET graduates"),
        ("Share of women in management: 45%", "Share of women in management"),
        ("Employed scientists, by sex: 2019", "Employed scientists, by sex: 2019"),
        ("Number of students trained in C#", "Number of students trained in C#"),
        # a footnote's number in parentheses after the last word (France's anti-poverty
        # dashboard); a dose in the parenthesis stays
        (
            "Proportion of adults in persistent poverty (2)",
            "Proportion of adults in persistent poverty",
        ),
        ("Number of children vaccinated (Penta 3)", "Number of children vaccinated (Penta 3)"),
        # ... also after its full stop, spaced or not (a national human-rights indicator
        # matrix, set 561)
        (
            "Number of programmes promoting the reintegration of survivors. (2)",
            "Number of programmes promoting the reintegration of survivors.",
        ),
        ("Communication strategies on trafficking.(1)", "Communication strategies on trafficking."),
        # a programme tag before a duration: the duration stays (DHIS2's HIV package)
        ("HIV - 12 months on ART rate (%)", "12 months on ART rate (%)"),
        # an acronym and the words of a measure before a spaced dash are no programme tag
        (
            "GRDP Per Capita - Annual Average Growth Rate",
            "GRDP Per Capita - Annual Average Growth Rate",
        ),
    ],
)
def test_a_footnote_mark_or_a_value_after_the_indicator_is_not_its_text(
    tmp_path: Path, title: str, text: str
):
    result = lint(framework_table(tmp_path, title), "en")
    assert texts(result) == [text]


def test_an_abbreviated_count_without_its_point_stays_in_the_documents_language(tmp_path: Path):
    # "no de personas" (Bolivia's health information system): "no" is not English "No."
    result = lint(framework_table(tmp_path, "no de personas con discapacidad atendidas"), "es")
    assert [i.people for i in result.indicators] == [True]
    assert flagged(result) == ["no de personas con discapacidad atendidas"]


@pytest.mark.parametrize(
    "placeholder", ["[TBD]", "[tbc]", "[XX]", "[…]", "[16.1.3]", "[1.5.1, 11.5.1, 13.1.1]", "[3]"]
)
def test_a_placeholder_for_a_value_to_come_is_not_the_text(tmp_path: Path, placeholder: str):
    result = lint(framework_table(tmp_path, f"4.4.1 Homicide rate, by sex {placeholder}"), "en")
    assert texts(result) == ["Homicide rate, by sex"]


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "es",
            "Gráfica 5. Número de mujeres con discapacidad",
            "Número de mujeres con discapacidad",
        ),
        ("fr", "Graphe 2 : Nombre de femmes formées", "Nombre de femmes formées"),
        ("en", "Chart 3: Number of women trained", "Number of women trained"),
    ],
)
def test_a_charts_caption_label_is_not_the_indicator(
    tmp_path: Path, language: str, title: str, text: str
):
    # a dashboard's chart titles are numbered as a yearbook's tables are
    result = lint(framework_table(tmp_path, title), language)
    assert texts(result) == [text]
    assert not flagged(result)


@pytest.mark.parametrize(
    ("language", "title", "text"),
    [
        (
            "fr",
            "Répartition des personnes selon le genre à Laval, 2020 (Source: Statistique Canada)",
            "Répartition des personnes selon le genre à Laval, 2020",
        ),
        (
            "es",
            "Número de mujeres capacitadas (Fuente: registros del proyecto)",
            "Número de mujeres capacitadas",
        ),
        (
            "en",
            "Number of people trained (Means of verification: attendance lists)",
            "Number of people trained",
        ),
        # a baseline in parentheses belongs to a target statement as written
        (
            "en",
            "Number of people trained (2023 baseline: 2,050)",
            "Number of people trained (2023 baseline: 2,050)",
        ),
    ],
)
def test_a_citation_in_parentheses_after_the_indicator_is_dropped_whole(
    tmp_path: Path, language: str, title: str, text: str
):
    assert texts(lint(framework_table(tmp_path, title), language)) == [text]


def test_a_title_written_inside_square_brackets_is_read_without_them(tmp_path: Path):
    # a Markdown link's text left without its address, as in copied tables of contents
    path = tmp_path / "tables.md"
    path.write_text(
        "# Census tables\n\n## Indicators\n\n"
        "- 01. [Households by main source of drinking water and province]\n"
        "- 02. [Population with a disability by province]\n"
        "- [TBD]\n",
        encoding="utf-8",
    )
    result = lint(path, "en")
    assert texts(result) == [
        "Households by main source of drinking water and province",
        "Population with a disability by province",
    ]
    assert flagged(result) == ["Population with a disability by province"]


@pytest.mark.parametrize(
    ("language", "quoted", "title", "people"),
    [
        ("en", "'{}'", "Proportion of children under 15 in the tax register", True),
        ("en", "‘{}’", "Women's share of seats in municipal councils", True),
        ("fr", "'{}'", "Proportion d'enfants inscrits au registre fiscal", True),
        ("es", "‘{}’", "Número de escuelas con acceso a internet", False),
    ],
)
def test_a_title_written_inside_single_quotes_is_read_without_them(
    tmp_path: Path, language: str, quoted: str, title: str, people: bool
):
    # national platforms' metadata sometimes quote a whole title; an apostrophe inside stays
    result = lint(framework_table(tmp_path, quoted.format(title)), language)
    assert texts(result) == [title]
    assert result.indicators[0].people is people


@pytest.mark.parametrize("start", ["1.", "2."])
def test_a_numbering_glued_to_a_count_sign_is_not_the_text(tmp_path: Path, start: str):
    result = lint(framework_table(tmp_path, f"{start}# of facilitators oriented"), "en")
    assert texts(result) == ["# of facilitators oriented"]


@pytest.mark.parametrize("title", ["2019: Number of people trained", "3D printers installed"])
def test_a_year_label_or_a_word_with_a_digit_stays_in_the_text(tmp_path: Path, title: str):
    result = lint(framework_table(tmp_path, title), "en")
    assert texts(result) == [title]


def test_a_markdown_row_with_its_own_values_is_its_own_indicator(tmp_path: Path):
    # a title may start in lower case; written row by row, it is not the row above continued,
    # unless it is that row's "dont …" sub-row or has no values of its own
    path = tmp_path / "cadre.md"
    path.write_text(
        "## Cadre de résultats\n\n| Indicateur | Référence | Cible |\n|---|---|---|\n"
        "| Nombre de jeunes formés aux métiers du bâtiment | 0 | 400 |\n"
        "| dont femmes | 0 | 120 |\n"
        "| l'indice des richesses des ménages de la zone a augmenté | 0,42 | 0,50 |\n"
        "| Proportion des ménages ayant accès à l'eau potable, | 35 % | 60 % |\n"
        "| désagrégée par milieu de résidence | | |\n",
        encoding="utf-8",
    )
    result = lint(path, "fr")
    assert texts(result) == [
        "Nombre de jeunes formés aux métiers du bâtiment dont femmes",
        "l'indice des richesses des ménages de la zone a augmenté",
        "Proportion des ménages ayant accès à l'eau potable désagrégée par milieu de résidence",
    ]


def test_indicators_are_reported_even_when_not_flagged(tmp_path: Path):
    path = tmp_path / "p.md"
    path.write_text(
        "## Results\n\nIndicator 1: Number of SOPs adopted\n\n"
        "Indicator 2: Number of judges trained, disaggregated by sex and age\n",
        encoding="utf-8",
    )
    result = lint(path, "en")
    listed = [indicator.to_dict() for indicator in result.indicators]
    assert listed == [
        {
            "text": "Number of SOPs adopted",
            "people": False,
            "disaggregated_by": [],
            "location": listed[0]["location"],
        },
        {
            "text": "Number of judges trained, disaggregated by sex and age",
            "people": True,
            "disaggregated_by": ["sex", "age"],
            "location": listed[1]["location"],
        },
    ]
    assert listed[0]["location"]["section"] == "Results"
    assert not result.findings


# --- counts people? -----------------------------------------------------------------------------

PEOPLE = [
    # a place before a colon, then the table's title (INE Bolivia's catalogue)
    ("es", "BOLIVIA: POBLACIÓN PENAL, SEGÚN DEPARTAMENTO Y GRUPOS ETÁREOS, 2006 – 2024", True),
    (
        "es",
        "BOLIVIA: MUJERES DE 15 AÑOS O MÁS DE EDAD, QUE HAN SUFRIDO ALGÚN HECHO DE VIOLENCIA",
        True,
    ),
    ("es", "BOLIVIA: LÍNEAS DE POBREZA Y POBREZA EXTREMA EN BOLIVIANOS POR PERSONA AL MES", False),
    ("fr", "SÉNÉGAL : POPULATION CARCÉRALE SELON LA RÉGION ET LE GROUPE D'ÂGE", True),
    # ... not a word the lists know (the Gini index), nor an age after the colon
    ("es", "Gini: Ingresos laborales de las personas ocupadas", False),
    ("fr", "Groupes d'âge : 75 ans ou plus", True),
    # a service measured over persons named by a population link (CDC's chronic disease
    # indicators); a programme for persons, or tests counted, stay things
    ("en", "Cholesterol screening among adults aged >=18 Years", True),
    ("fr", "Dépistage du VIH chez les femmes enceintes", True),
    ("es", "Tamizaje de cáncer de cuello uterino en mujeres de 25 a 64 años", True),
    ("en", "Number of tests among children", False),
    ("en", "Professional Accreditation Program for Engineers and Planners established", False),
    # an age bound before the measure, a school year's number, a numbered label before a colon
    # (England's public health outcomes framework, Northern Ireland's wellbeing indicators)
    ("en", "Under 75 mortality rate from cardiovascular diseases considered preventable", True),
    ("en", "Percentage of Year 9-12 pupils with low self-efficacy", True),
    ("en", "Number of Grade 3 learners reading at benchmark", True),
    ("en", "Year 6: Prevalence of obesity (including severe obesity)", True),
    # a count of services in percent is no share of persons
    ("fr", "Nombre de consultations (%)", False),
    ("en", "Men and boys engagement programs (%)", False),
    # women of reproductive age by their acronym, the anaemic, prescribers, transactions
    ("en", "Count of WRA who have died in the last year", True),
    ("en", "Anemic at first antenatal care contact (%)", True),
    ("fr", "Nombre de prescripteurs", True),
    ("es", "Número de prescriptores", True),
    ("en", "Historical: Transactions of residents with non-residents", False),
    # a condom, and school or health-centre committees (COGES), are things
    ("fr", "Condom féminin", False),
    ("fr", "Nombre de COGES formés", False),
    ("fr", "Nombre de membres des COGES formés", True),
    # a topic before a colon gives way to a known thing after it (EIGE's indicators)
    (
        "en",
        "Domestic violence against women: state measures to eliminate domestic violence",
        False,
    ),
    (
        "es",
        "Violencia doméstica contra las mujeres: medidas del Estado para eliminar la violencia",
        False,
    ),
    ("en", "Child protection: children reached with case management", True),
    ("es", "Protección infantil: niños atendidos con gestión de casos", True),
    # those who commit violence, prisoners, and the coverage of social security
    ("en", "Number of aggressors arrested", True),
    ("fr", "Nombre d'agresseurs interpellés", True),
    ("es", "Agresores según el tipo de situación", True),
    ("es", "Promedio anual de confinados por delito de violencia doméstica", True),
    ("es", "Cobertura activa del Sistema de Seguridad Social", True),
    ("fr", "Couverture de la sécurité sociale", True),
    # INSEE's census labels and health indicators (DREES)
    ("fr", "Pop 15 ans ou plus non scol. BAC-BP en 2011", True),
    ("fr", "Taux de prématurés", True),
    ("fr", "Nombre de diabétiques âgés de 20 ans ou plus", True),
    ("en", "Number of diabetics screened", True),
    ("es", "Número de diabéticos controlados", True),
    ("fr", "Séropositivité VHC chez les toxicomanes en établissements sanitaires", True),
    ("fr", "Taux brut de recours à l'hospitalisation chez les hommes selon l'âge", True),
    ("fr", "Nombre de recours déposés", False),
    ("en", "Number of midwives", True),
    # a rate's denominator written in words
    ("es", "Tasa de infección de VIH por cada cien mil habitantes", True),
    ("fr", "Taux d'infection par le VIH pour cent mille habitants", True),
    # family and child allowances are services whose coverage counts persons
    ("es", "Cobertura de la Asignación Universal por Hijo para Protección Social", True),
    ("en", "Coverage of the child allowance", True),
    ("fr", "Couverture des allocations familiales", True),
    ("es", "Llamados atendidos por la línea 137", False),
    ("es", "Cantidad de NNyA abordados por maltrato infantil", True),
    # an English ordinal modifies the head ("3rd dose"; Zambia's HMIS)
    ("en", "DPT Hib Hep 3rd dose coverage (%) under 1", True),
    # several counts in one cell, after a dash or run on after a count sign (UNFPA's output
    # tables in Central America): the cell counts people when one of its counts does
    (
        "es",
        "# de talleres realizados por país y municipio - # de facilitadores capacitados",
        True,
    ),
    ("es", "# de talleres realizados por país y municipio # de docentes formados", True),
    ("en", "Number of workshops held - # of facilitators trained", True),
    ("en", "# of workshops held by district. # of teachers trained", True),
    ("fr", "Nombre d'ateliers organisés - # de facilitateurs formés", True),
    # ... or a second title run on with its capital (two cells of a row joined; Bolivia's
    # human-rights indicators)
    (
        "es",
        "Cobertura de la seguridad social de corto plazo Porcentaje de la población cubierta",
        True,
    ),
    ("en", "Coverage of the pension scheme Percentage of the population covered", True),
    ("fr", "Couverture du régime de retraite Proportion de la population couverte", True),
    # ... never a title written in Title Case
    ("en", "Number Of Schools With A Percentage Of Female Teachers", False),
    # lists counted are documents; a list alone may count those on it
    ("es", "Listas de diputados nacionales por elección", False),
    ("en", "Lists of national deputies by election", False),
    ("fr", "Listes des députés par élection", False),
    ("es", "Lista Nominal de Electores", True),
    # health facilities named by their acronym (Burkina Faso, DR Congo, Mali), parks
    ("fr", "Taux de CSPS ayant reçu un stock de gaz suffisant", False),
    ("fr", "Nombre de FOSA ayant reçu une supervision", False),
    ("fr", "Parcs de vaccination construits ou réhabilités par le projet", False),
    ("en", "Number of vaccination parks built", False),
    ("es", "Parques de vacunación construidos", False),
    # a short aside in parentheses before the head
    ("en", "% of (present) users satisfied with the water service", True),
    # age nouns written with numbers (SPEC: "N-year-olds")
    ("en", "Number of 5-year-olds vaccinated against measles", True),
    ("en", "% of 6-23 months old children receiving a minimum acceptable diet", True),
    ("en", "Number of 1-year old fully immunised", True),
    # a person head overruled by the unit named at the end
    ("en", "Number of beneficiaries with access to financial services (firms)", False),
    ("en", "Number of beneficiaries with access to financial services (individuals)", True),
    ("en", "Life expectancy at birth, female (years)", True),
    # measures and frameworks adopted are not persons, whoever they protect
    ("fr", "Mesures prises pour protéger les droits des femmes dans les camps", False),
    ("es", "Existencia de un marco legal que protege a las mujeres", False),
    ("es", "Organismos deportivos apoyados", False),
    ("es", "Tasa de cobertura bruta en educación primaria", True),
    # a modifier before an -ing form is no subject ("human trafficking")
    ("en", "Number of human trafficking incidents reported per 100,000 population", False),
    # a measure taken over households is theirs (C4, P5; sets 515 and 526 labelled it so; an
    # older row from a lost set had it of persons)
    ("fr", "Prévalence de l'insécurité alimentaire chez les ménages ruraux", False),
    ("es", "Tasa de informalidad laboral", True),
    # the coverage of a person service is the share of persons it reaches (SDG 3.8.1); the
    # coverage of places, products or utilities is not
    ("en", "Coverage of essential health services", True),
    ("fr", "Couverture des services de santé essentiels", True),
    ("es", "Cobertura de los servicios de salud esenciales", True),
    ("en", "Coverage (%) - Social Insurance programmes", True),
    ("es", "Tasa de cobertura de becas de estudio en la población objetivo", True),
    ("en", "Coverage of protected areas in relation to marine areas", False),
    ("en", "Mobile network coverage", False),
    # rates of persons in a condition
    ("en", "Poverty rate, as measured by the national poverty line", True),
    ("fr", "Taux d'incarcération des jeunes adultes", True),
    ("es", "Tasa de pobreza en las zonas rurales", True),
    # a people named after its country
    ("en", "Proportion of Syrians with a residence permit", True),
    ("fr", "Nombre d'Haïtiens rapatriés à la frontière", True),
    ("fr", "Valeur des biens échangés aux points de passage", False),
    # titles typed in capitals without their accents
    ("es", "PORCENTAJE DE LA POBLACION URBANA CON ACCESO A AGUA POTABLE", True),
    ("es", "NUMERO DE INSPECCIONES REALIZADAS EN LOS CENTROS DE TRABAJO", False),
    # a plural thing followed by an -ing form is the subject of a clause
    ("en", "% of HHs reporting barriers to accessing water", False),
    ("en", "Consumer spending per capita (constant US$)", False),
    # events and uses of persons, not persons
    ("es", "Pernoctaciones de turistas por habitante", False),
    ("fr", "Consommation d'alcool par habitant", False),
    ("en", "Number of migrants assisted with voluntary return", True),
    ("en", "Number of members of community committees trained", True),
    ("en", "Percentage of returnees who report a stable income", True),
    ("en", "Number of judges and prosecutors trained", True),
    ("en", "Number of smugglers prosecuted", True),
    ("en", "Number of mentors certified", True),
    ("en", "Number of health staff mentored", True),
    ("en", "Number of local officials trained in data protection", True),
    ("en", "Number of asylum seekers registered", True),
    ("en", "Number of focal points appointed", True),
    ("en", "Number of newly arrived migrants registered", True),
    ("en", "Number of women fish processors receiving ovens", True),
    ("en", "Number of beekeepers trained", True),
    ("en", "Number of local authorities trained on migration governance", True),
    ("en", "Number of shelters for women", False),
    ("en", "Number of beds reserved for women in transit centres", False),
    ("en", "Number of cases of trafficking referred", False),
    ("en", "Average time (days) between arrival and first counselling", False),
    ("en", "Amount of USD disbursed in grants", False),
    ("en", "Number of female-headed households receiving cash", False),
    ("en", "Number of health posts with separate waiting areas for women and men", False),
    ("en", "Number of women's groups supported", False),
    ("en", "Number of SOPs on victim identification adopted", False),
    ("en", "Number of trainings delivered to border officials", False),
    ("en", "Total diaspora co-investment mobilised (USD)", False),
    ("en", "Number of local authorities that adopted a migration strategy", False),
    ("fr", "Nombre de magistrats formés", True),
    ("fr", "Nombre de gardes-frontières formés", True),
    ("fr", "Pourcentage de bénéficiaires satisfaits des services", True),
    ("fr", "Nombre de points focaux genre désignés", True),
    ("fr", "Taux de satisfaction des usagers des services", True),
    ("fr", "Nombre de lits réservés aux femmes dans les centres de transit", False),
    ("fr", "Nombre de ménages dirigés par des femmes", False),
    ("fr", "Délai moyen (en jours) de traitement des dossiers", False),
    ("fr", "Nombre de cas de violences basées sur le genre référés", False),
    ("es", "Número de personas migrantes atendidas", True),
    ("es", "Cantidad de personas retornadas atendidas", True),
    ("es", "Número de fiscales y jueces capacitados", True),
    ("es", "Número de autoridades locales capacitadas en gobernanza migratoria", True),
    ("es", "Número de horas-hombre de capacitación impartidas", False),
    ("es", "Número de casas de acogida para mujeres sobrevivientes", False),
    ("es", "Tiempo promedio de espera en el puesto fronterizo (en minutos)", False),
    ("es", "Monto de capital semilla entregado a emprendedoras", False),
    # vocabulary of SDG, WDI and humanitarian indicators in every language, and words that
    # name persons and something else (read as the head of an indicator)
    ("en", "Number of voters registered in the border districts", True),
    ("en", "Consumer price index (2015 = 100)", False),
    ("fr", "Nombre d'actifs occupés dans l'agriculture", True),
    ("fr", "Nombre de forces de défense et de sécurité formées aux droits humains", True),
    # the money of persons named with no breakdown is money (SPEC; SDG labels' P4)
    ("fr", "Revenu mensuel moyen des agriculteurs", False),
    ("fr", "Effectif du cheptel vacciné", False),
    ("fr", "Nombre de lignes directrices adoptées", False),
    ("fr", "Violence domestique signalée aux services sociaux", False),
    ("es", "Esperanza de vida al nacer", True),
    ("es", "Tasa de finalización de la educación primaria", True),
    ("es", "Porcentaje del alumnado que culmina la secundaria", True),
    ("es", "Número de derechohabientes afiliados al seguro social", True),
    ("es", "Número de efectivos policiales capacitados", True),
    ("es", "Monto en efectivo entregado a los hogares", False),
    ("es", "Número de mayores de 60 años con pensión", True),
    ("es", "Mayor cobertura de los servicios de agua en zonas rurales", False),
    ("es", "Número de asistencias técnicas brindadas a cooperativas", False),
    ("es", "Ingresos fiscales recaudados por el municipio", False),
    # the subject after a short lead sentence (a scope, a measure's name)
    ("es", "Total nacional. Población ocupada, por rama de actividad. Año 2023", True),
    ("fr", "Ensemble du pays. Population active occupée selon la branche. Année 2021", True),
    ("es", "Total nacional. Número de viviendas con agua potable", False),
    ("es", "Tasa de pobreza. Proporción de hogares bajo la línea de pobreza", False),
    ("en", "Country total. Number of households with a bank account", False),
    # the population named after a colon
    ("en", "HIV status at 12 months: sex workers (%)", True),
    ("es", "Estado de vacunación a los 12 meses: niñas y niños (%)", True),
    ("fr", "Délai moyen de traitement des demandes : dossiers urgents", False),
    # the size of a population counts persons; of a farm, farms
    ("en", "Estimated size of the displaced population", True),
    ("es", "Tamaño estimado de la población migrante en tránsito", True),
    ("fr", "Taille moyenne des exploitations agricoles (ha)", False),
    ("en", "Average farm size (hectares)", False),
    # an unknown head looked through a count or a rate to persons
    ("es", "Relación entre las tasas de empleo de las mujeres y los hombres", True),
    # suspected and confirmed cases are cases, not suspects
    ("fr", "Proportion des cas suspects investigués dans les 48 heures", False),
    ("en", "Percentage of suspected cases tested within 24 hours", False),
    # contacts of a case (contact tracing) and MSM are persons
    ("en", "Percentage of contacts followed up for 21 days", True),
    ("es", "Porcentaje de contactos con seguimiento completo", True),
    ("en", "# of PoC enrolled in primary school", True),
    ("fr", "Nombre de Français vivant sous le seuil de pauvreté", True),
    # a service named before "coverage": the persons it reaches
    ("en", "Hepatitis B treatment coverage (%)", True),
    ("en", "PEP coverage among survivors of sexual violence (%)", True),
    ("en", "Water supply coverage (%)", False),
    ("es", "Cobertura de planes de seguro de salud, por región", True),
    ("fr", "Couverture vaccinale des 12-23 mois (%)", True),
    ("es", "Tasa neta de cobertura educativa en secundaria", True),
    ("es", "Cobertura forestal (% de la superficie)", False),
    # a sub-row "of which …" counts what follows
    ("fr", "Dont jeunes ruraux", True),
    ("en", "Of which persons with disabilities", True),
    ("es", "De los cuales personas migrantes", True),
    # a yes/no indicator counts nothing; full-time equivalents are jobs
    ("en", "Women-friendly spaces established in each camp (yes/no)", False),
    ("fr", "Emplois directs créés (ETP)", False),
    ("en", "Direct employment provided (FTE)", False),
    ("en", "Life expectancy at birth, female (years)", True),
    # quotation marks around a term of art; animals and person-years are not persons
    ("en", '% of "persons with specific needs" referred to services', True),
    ("en", "Number of goats and cows vaccinated against anthrax", False),
    ("fr", "Nombre de vaches et de chèvres vaccinées", False),
    ("en", "Total person-years of follow-up", False),
    # acronyms of HIV programmes' populations
    ("en", "Number of PLHIV on antiretroviral therapy", True),
    ("fr", "Nombre de PVVIH sous traitement antirétroviral", True),
    # what is counted named in final parentheses under a head that is neither a person nor a
    # thing; attack rates; a unit written first
    ("fr", "Choléra (Décès)", True),
    ("en", "Measles (deaths)", True),
    ("fr", "Rougeole - Taux d'attaque (/100000)", True),
    ("es", "Sarampión - Tasa de ataque (por 100.000)", True),
    ("fr", "(%) Enfants de 12-23 mois complètement vaccinés", True),
    ("es", "Tasa de analfabetismo", True),
    ("fr", "Couverture du diagnostic précoce chez les nourrissons exposés (%)", True),
    # the coverage of a vaccine or antigen: the children given it
    ("fr", "Taux de couverture DTC3 (%)", True),
    ("en", "MCV2 coverage among children aged 24 months", True),
    ("es", "Cobertura de SRP en niños de un año", True),
    ("en", "Coverage of national policies on migration", False),
    # an adjective of several words before the head ("at risk girls")
    ("en", "# of identified at risk girls and boys receiving case management", True),
    ("en", "Number of out of school children enrolled in catch-up classes", True),
    ("en", "Proportion of households at risk of flooding", False),
    # members said to be persons of one sex after a collective head
    ("en", "Proportion of occupational group who are women", True),
    ("fr", "Part de chaque groupe professionnel qui sont des femmes", True),
    ("es", "Proporción de cada grupo ocupacional que son mujeres", True),
    ("en", "Number of schools that are accessible", False),
    # a bare count of those a person verb names ("# supported with …")
    ("en", "# supported with emergency shelter kits", True),
    ("en", "Number reached with hygiene promotion sessions", True),
    ("en", "Number distributed through the voucher scheme", False),
    # poverty and social deprivations named as the indicator measure persons; a poverty gap
    # measures how far below the line, not how many
    ("es", "Pobreza extrema por ingresos", True),
    ("es", "Carencia por acceso a la alimentación", True),
    ("fr", "Pauvreté monétaire des ménages ruraux", True),
    ("es", "Brecha de pobreza a 3,65 dólares por día (%)", False),
    ("fr", "Écart de pauvreté au seuil national (%)", False),
    ("es", "Tasa de terminación de la educación secundaria", True),
    # acronyms of key populations
    ("en", "Number of FSW reached with HIV prevention programmes", True),
    ("es", "TS con prueba de VIH en los últimos 12 meses (%)", True),
    # an unknown head taken over a population ("among", "chez", "en"), not one of a topic
    ("en", "Completion of TB preventive treatment among children under 5 (%)", True),
    ("fr", "Achèvement du traitement préventif chez les enfants de moins de 5 ans (%)", True),
    ("es", "Finalización del tratamiento preventivo en niños menores de 5 años (%)", True),
    ("es", "Coeficiente de Gini del ingreso per cápita familiar de las personas", False),
    # a target statement's amount of change before what changes
    ("fr", "Réduction de 4 % du taux de malnutrition chez les enfants de moins de 5 ans", True),
    ("es", "Reducción de 10 puntos porcentuales de la tasa de desnutrición crónica", True),
    ("en", "Reduction of 10 percentage points in the rate of stunting among children", True),
    ("fr", "Augmentation de 20 % du volume des exportations agricoles", False),
    # gerunds that are services or practices ("retesting coverage", "breastfeeding rate")
    ("en", "HIV retesting coverage among key populations (%)", True),
    ("en", "Exclusive breastfeeding rate (% of infants under 6 months)", True),
    ("en", "Number of breastfeeding corners established in health facilities", False),
    # the registration of births and deaths counts the persons born or dead
    ("en", "Completeness of birth registration, rural (%)", True),
    ("fr", "Exhaustivité de l'enregistrement des naissances (%)", True),
    ("es", "Integridad del registro de defunciones (%)", True),
    ("en", "Number of birth registration centres opened", False),
    # a comma before a qualifier is not a list of persons (no conjunction closes it)
    ("en", "Patent applications, residents", False),
    ("en", "Number of women, men, girls and boys reached", True),
    # a service's coverage for an age band, or its share given in %: persons served; a
    # duration is not an age band
    ("en", "Vitamin A coverage 6-59 months event (%)", True),
    ("fr", "Couverture en vitamine A 6-59 mois (%)", True),
    ("es", "Consejería nutricional 6-23 meses (%)", True),
    ("en", "Counselling on physical activity during community ANC (%)", True),
    ("en", "Stock-outs of vitamin A lasting 1-3 months (%)", False),
    ("en", "Water supply coverage for 6-12 months (%)", False),
    # clients of financial services; the poor as a group, "poor" as an adjective
    ("en", "Number of active borrowers", True),
    ("es", "Acceso de los pobres a servicios financieros", True),
    ("en", "Poor quality of services reported", False),
    # persons named among the words of an unknown head's complement; femicides; revenue
    ("es", "Agregado mensual de menores fallecidos por provincia", True),
    ("es", "Número agregado mensual de feminicidios por provincia", True),
    ("fr", "Statistiques des recettes mobilisées au cours de l'année", False),
    # an adjective between a measure's head and its complement ("tasa *global* de …")
    ("es", "Tasa global de participación laboral en el municipio", True),
    ("es", "Tasa trimestral de paro en la provincia", True),
    ("fr", "Taux global d'activité dans la région", True),
    ("es", "Tasa anual de inflación en la ciudad", False),
    # victimisation, retention and child labour are shares of persons
    ("en", "Victimization rate among young adults (%)", True),
    ("fr", "Taux de victimisation dans les quartiers prioritaires", True),
    ("fr", "Taux de rétention dans les soins à 6 mois", True),
    ("es", "Tasa de trabajo infantil en zonas rurales", True),
    # age nouns: "under-5s", "under fives", "les moins de 5 ans"; the dead and killed
    ("en", "Proportion of under-5s sleeping under a treated net", True),
    ("en", "Percentage of under fives with fever in the last two weeks", True),
    ("fr", "Proportion des moins de 5 ans ayant dormi sous une moustiquaire", True),
    ("fr", "D'ici 2027, moins de 5 % des écoles sans latrines", False),
    ("fr", "Nombre de morts sur les routes du département", True),
    ("fr", "Nombre de tués dans les accidents de la circulation", True),
    # the same measures of persons in every language
    ("fr", "Taux d'alphabétisme des 16 à 65 ans", True),
    ("fr", "Niveau d'instruction atteint, population de 25 ans et plus", True),
    ("es", "Prevalencia de subnutrición en la región", True),
    ("en", "Lethality rate of cholera in the district", True),
    # a step through a service beside the service, given in %: the persons who took it
    ("en", "PrEP initiation at community sites (%)", True),
    ("fr", "Achèvement de la PEP dans les 28 jours (%)", True),
    ("es", "Inicio del tratamiento antirretroviral el mismo día (%)", True),
    ("fr", "Achèvement des travaux de réhabilitation (%)", False),
    ("es", "Finalización de obras de saneamiento (%)", False),
    # a participle with two objects after persons starts a clause ("survivors provided support")
    ("en", "Number of genocide survivors provided support for income generating activities", True),
    ("en", "Number of refugee girls given scholarships", True),
    ("en", "Number of female headed households", False),
    # grant sub-recipients are organisations
    ("en", "Number of sub recipients mentored per month", False),
    ("fr", "Nombre de sous-récipiendaires ayant soumis leurs rapports", False),
    ("es", "Número de subreceptores con informes completos", False),
    # a pregnancy rate measures women or girls
    ("en", "Teenage pregnancy rate in the district", True),
    ("es", "Tasa de embarazo adolescente en zonas rurales", True),
    ("fr", "Taux de grossesse chez les élèves du secondaire", True),
    ("en", "Number of pregnancy tests conducted", False),
    # French statistics name an age group as persons ("des 15-24 ans", "des 75 ans ou plus")
    ("fr", "Part des 15-24 ans au chômage", True),
    ("fr", "Part des 75 ans ou plus vivant seuls", True),
    # a headcount of no thing counts persons
    ("fr", "Effectif CDD au 31 décembre", True),
    ("fr", "Effectif de nationalité étrangère", True),
    # a distribution is the distribution of what follows it
    ("es", "Distribución porcentual de denuncias recibidas, por tipo de delito", False),
    ("fr", "Répartition en pourcentage des accidents selon le lieu", False),
    ("en", "Percent distribution of women age 15-49 by marital status", True),
    # net migration and the ageing index count persons
    ("en", "Net migration, five-year estimate", True),
    ("fr", "Solde migratoire de la commune", True),
    ("es", "Índice de envejecimiento de la población", True),
    # autopsies, hirings, hospital stays and care episodes are events; the accused are persons
    ("es", "Necropsias practicadas, según sexo", False),
    ("fr", "Nombre d'embauches en contrat à durée indéterminée", False),
    ("fr", "Hospitalisation chez les moins de 5 ans", False),
    ("es", "Número de atenciones en consulta externa", False),
    ("es", "Sindicados por cometer hechos delictivos", True),
    # a share of the persons of given ages
    ("en", "Saved at a financial institution, richest 60% (% ages 15+)", True),
    ("fr", "Épargne dans une institution financière (% âgés de 15 ans et plus)", True),
    ("en", "Age at first marriage (years)", False),
    # the benefits a group receives are money
    ("en", "Benefit incidence of cash transfers in the poorest quintile (%)", False),
    # positions and seats held by persons count their holders; other things occupied do not
    ("fr", "Proportion des postes de direction occupés par des femmes", True),
    ("es", "Proporción de puestos directivos ocupados por mujeres y hombres", True),
    ("en", "Number of committee seats held by youth representatives", True),
    ("fr", "Nombre de postes de santé occupés par l'armée", False),
    ("en", "Number of beds occupied by patients", False),
    # a French or Spanish plural participle of a verb done to persons, where a noun phrase
    # starts, names those persons (also a verb the lemma table lacks: "bancariser")
    ("fr", "Formés en entrepreneuriat agricole", True),
    ("fr", "Total bancarisés à la fin du projet", True),
    ("es", "Total de capacitados en gestión empresarial", True),
    ("es", "Vacunados contra el sarampión en la campaña", True),
    ("fr", "Nombre de projets financés par le fonds", False),
    # ... and in English a participle of such a verb before a preposition, where a title starts
    ("en", "Registered with the national drugs programme for the elderly", True),
    ("en", "Trained on gender-based violence case management", True),
    ("en", "Completed projects in the target districts", False),
    # capacities are things; the French language is not the French
    ("fr", "Capacités institutionnelles emploi-jeunes renforcées", False),
    ("es", "Capacidades institucionales de empleo juvenil fortalecidas", False),
    ("fr", "Apport du français à l'employabilité des jeunes diplômés", False),
    ("fr", "Nombre de Français établis hors de France", True),
    # malaria prevention in pregnancy is a service
    ("fr", "Couverture du TPIg dans les districts ciblés", True),
    ("en", "IPTp3 coverage in target districts", True),
    ("es", "Cobertura de TPI en los distritos priorizados", True),
    # an amount in a parenthesis (a poverty line) is not the unit; a price base year is
    (
        "es",
        "Proporción de la población bajo el umbral de pobreza (1.90 dólares diarios), por región",
        True,
    ),
    ("en", "Share of the population living on less than (2.15 dollars a day), by region", True),
    ("fr", "Part de la population vivant avec moins de (2,15 dollars par jour), par région", True),
    ("en", "Public spending on health per person (constant 2015 US$)", False),
    ("es", "Gasto público en salud por habitante (dólares constantes de 2015)", False),
    # a rate taken of a service is the share of persons it reaches; a rate of anything else
    # (positivity of tests, completion of works) is not
    ("en", "Hepatitis B screening rate in antenatal clinics", True),
    ("fr", "Taux d'assistance sociale selon les régions", True),
    ("es", "Tasa de tamizaje de cáncer de cuello uterino", True),
    ("en", "Test positivity rate in sentinel sites", False),
    ("fr", "Taux de positivité des tests de dépistage", False),
    ("es", "Tasa de positividad de las pruebas de VIH", False),
    ("fr", "Taux de réalisation du programme de travaux", False),
    # a composite counts people when any of its parts does (whichever comes first)
    ("en", "Number of (a) schools equipped and (b) teachers trained in inclusive education", True),
    ("fr", "Nombre a) d'écoles équipées et b) d'enseignants formés à l'éducation inclusive", True),
    (
        "es",
        "Número de (a) escuelas equipadas y (b) docentes capacitados en educación inclusiva",
        True,
    ),
    ("en", "Number of (a) schools equipped and (b) classrooms built", False),
    # ... or when a second count after a conjunction does
    (
        "es",
        "Número de unidades de atención realizadas por el centro de urgencias y número de "
        "personas atendidas en emergencia social",
        True,
    ),
    ("en", "Number of care units provided by the centre and number of persons assisted", True),
    ("fr", "Nombre de séances organisées par le centre et nombre de personnes accueillies", True),
    ("es", "Número de escuelas y porcentaje de escuelas con agua potable", False),
    # persons named by words a vocabulary check found missing in one language
    ("en", "Number of displaced receiving shelter kits", True),
    ("en", "Number of elderly receiving a social pension", True),
    ("en", "Number of elderly care facilities", False),
    ("en", "Number of traditional healers per district", True),
    ("fr", "Nombre de tradipraticiens par district", True),
    ("es", "Número de curanderos por comunidad", True),
    ("es", "Número de analfabetos en el municipio", True),
    ("fr", "Part des inactifs dans la population en âge de travailler", True),
    ("es", "Proporción de inactivos en la población en edad de trabajar", True),
    # a target's share of a number of persons; a result written as an impersonal passive
    ("es", "El 60% de 22 mujeres y 22 varones líderes formados ocupan cargos de decisión", True),
    ("fr", "60 % des 200 femmes formées déclarent utiliser leurs compétences", True),
    ("en", "60% of 200 women trained report using the skills", True),
    ("en", "60% of women trained report using the skills", True),
    ("es", "Se ha disminuido la prevalencia de desnutrición crónica en niños y niñas", True),
    ("es", "Se han capacitado 200 promotoras comunitarias", True),
    ("es", "Se ha construido un centro de salud en cada comunidad", False),
    # NGOs' "incidencia política" is advocacy, not an incidence
    ("es", "Incidencia política de las organizaciones de mujeres", False),
    # an age band written before the persons it qualifies
    ("en", "No. of 6-23 months children received micronutrient powder", True),
    ("en", "Training courses lasting 3-6 months", False),
    # the WHO/UNICEF infant and young child feeding indicators are shares of children
    ("en", "Minimum meal frequency", True),
    ("fr", "Fréquence minimale des repas", True),
    ("es", "Dieta mínima aceptable", True),
    # the coverage of a programme named by an acronym no list knows, not of places
    ("en", "MCCT coverage", True),
    ("fr", "Couverture du PTME", True),
    ("en", "GIS coverage of districts", False),
    ("en", "No. of soap distributed among PLW in the camps", False),
    # a survey label written as what the respondent did, when what follows is a service
    ("en", "Received BCG vaccine", True),
    ("en", "Attended ANC counselling", True),
    ("en", "Did not seek treatment for diarrhoea because there was no facility", True),
    ("en", "Never received family planning counselling", True),
    ("en", "Reported cases of measles", False),
    ("en", "Knowing my Achievements tests revised and applied in all public schools", False),
    # a population named first whose words run on before its comma (PMA survey tables)
    (
        "en",
        "Among women approximately six months postpartum, the percentage of those who wanted "
        "no more children",
        True,
    ),
    (
        "fr",
        "Parmi les femmes environ six mois après l'accouchement, le pourcentage de celles "
        "qui utilisent une méthode",
        True,
    ),
    ("en", "Among the districts of the region, the share of schools with water", False),
    # a second count after a conjunction and an article
    (
        "en",
        "Percent distribution of women's place of delivery and the percentage of women who "
        "delivered at a health facility",
        True,
    ),
    # a main activity tabulated over persons is their activity status; a project's are things
    ("fr", "Activités principales des femmes déplacées internes", True),
    ("en", "Main activity of household heads", True),
    ("es", "Actividad principal de las jefas de hogar", True),
    ("fr", "Activités principales du projet", False),
    # rates of persons a cross-language check found read in one language only
    ("en", "Schooling rate of children aged 6-11", True),
    ("fr", "Taux d'inactivité des 15-64 ans", True),
    ("es", "Tasa de reincidencia de adolescentes infractores", True),
    ("en", "Smoking rate", True),
    ("fr", "Tabagisme quotidien", True),
    ("es", "Tasa de emigración", True),
    # deaths under any name; material deprivation is a condition of persons
    ("es", "Número de fallecimientos atribuibles a la contaminación atmosférica", True),
    ("en", "Severe material deprivation rate", True),
    ("fr", "Taux de privation matérielle sévère", True),
    ("es", "Tasa de privación material severa", True),
    # positions broken down by what only their holders have (sex, age) count the holders; jobs
    # and places named like positions do not
    ("en", "Proportion of judicial posts, by sex", True),
    ("fr", "Proportion de postes judiciaires, par sexe", True),
    ("es", "Número de puestos directivos de la administración pública, por sexo y edad", True),
    ("es", "Número de puestos de trabajo creados, por sexo", False),
    ("fr", "Nombre de postes de santé, par sexe du responsable", False),
    ("en", "Number of health posts, by sex of the officer in charge", False),
    # an adverb before the subject ("currently married women"); school attendance rates;
    # marriages are events
    ("en", "Percentage of currently married women using a modern method", True),
    ("es", "Tasa neta de asistencia a la escuela secundaria", True),
    ("es", "Número de matrimonios infantiles denunciados", False),
    ("fr", "Nombre de mariages d'enfants signalés", False),
    # "No." before a Spanish or French count; humanitarian acronyms of persons and households
    ("es", "No. de hogares que reciben kits de higiene", False),
    ("fr", "No. de personnes ayant reçu un kit d'hygiène", True),
    ("en", "# of FHH receiving seasonal cash assistance", False),
    ("en", "# of WGBM accessing psychosocial support services", True),
    ("en", "# of juveniles diverted from detention", True),
    ("fr", "Nombre de RECO ayant déposé leur rapport mensuel", True),
    ("fr", "Proportion de PoC ayant accès aux services de santé", True),
    ("fr", "Nombre de nouveaux nés vus dans les 48 heures", True),
    # "aged"/"age" between a noun and the head qualifies it
    ("en", "# of school aged boys and girls enrolled in public schools", True),
    ("en", "Number of working age adults in paid employment", True),
    # unmet need for family planning is a share of women; the employed are persons
    ("en", "Unmet need for family planning among married women (%)", True),
    ("fr", "Besoins non satisfaits en planification familiale (%)", True),
    ("es", "Necesidad insatisfecha de planificación familiar (%)", True),
    ("es", "Ocupados por rama de actividad económica", True),
    ("es", "Viviendas ocupadas por rama de actividad", False),
    # the dependency ratio is a ratio of persons
    ("en", "Age dependency ratio, old", True),
    ("fr", "Taux de dépendance démographique", True),
    ("es", "Razón de dependencia demográfica", True),
    # "No. of" in English; households that benefit; transport volumes; condoms
    ("en", "No. of farmer groups formed", False),
    ("en", "No. of youth trained in business skills", True),
    ("en", "No. of HH beneficiaries trained in business partnership", False),
    ("en", "Number of household members trained in nutrition", True),
    ("en", "Air passenger traffic at national airports, annual", False),
    ("fr", "Trafic aérien de passagers aux aéroports, annuel", False),
    ("en", "Road traffic deaths per 100,000 population", True),
    ("en", "Number of condoms distributed", False),
    # orphans and vulnerable children (PEPFAR's OVC, French OEV); discharges are events
    ("en", "Number of OVC provided psychosocial support services", True),
    ("fr", "Nombre d'OEV ayant reçu un appui scolaire", True),
    ("es", "Egresos hospitalarios por causa", False),
    # smokers are persons; terminal efficiency and affiliation coverage measure persons;
    # residence cards are documents
    ("fr", "Proportion de fumeurs quotidiens", True),
    ("en", "Proportion of daily smokers among adults", True),
    ("es", "Eficiencia terminal en educación primaria", True),
    ("es", "Cobertura de afiliación al régimen subsidiado", True),
    ("es", "Tarjetas de residente temporal emitidas", False),
    # pregnancies count the women who are pregnant, as deliveries do; a possessive person is a
    # person
    ("en", "Percentage of pregnancies with an early check-up", True),
    ("es", "Número de embarazos registrados en el primer trimestre", True),
    ("fr", "Nombre de grossesses à risque", True),
    ("en", "Active pregnancies", True),
    ("en", "Number of residents’ reporting problems with their water supply", True),
    ("en", "Number of children's clubs formed", False),
    # actions are measures taken, whoever they are for
    ("es", "Porcentaje de acciones realizadas contra la violencia hacia mujeres y niñas", False),
    ("en", "Proportion of actions implemented to prevent violence against children", False),
    ("en", "Number of people taking action against GBV", True),
    # a French noun in -ant is not a participle; adjectives joined by a slash; repeaters;
    # rapid diagnostic tests are tests
    ("fr", "Ratio élèves-enseignant (Primaire)", True),
    ("fr", "Nombre de représentant formés", True),
    ("en", "Percentage of qualified/untrained teachers as per national standards", True),
    ("es", "Porcentaje de repetidores en primaria", True),
    ("fr", "TDR positifs chez les enfants de moins de 5 ans", False),
    ("en", "Number of RDTs performed", False),
    # a headcount reached through a distribution; age pyramids; the employed; formality
    ("fr", "Répartition des effectifs selon la durée du travail", True),
    ("fr", "Pyramide des âges par catégorie professionnelle", True),
    ("en", "Percentage of youth employed six months after training", True),
    ("en", "Number of jobs created in agriculture", False),
    ("es", "Formalidad laboral en la región", True),
    # a ratio of persons to things, whichever part of the compound comes first
    ("en", "Pupil-textbook ratio in primary schools", True),
    ("fr", "Ratio élèves-manuel au primaire", True),
    ("en", "Number of child-friendly spaces established", False),
    # the outcomes of treatment for acute malnutrition are shares of children
    ("en", "Cure rate for severe acute malnutrition", True),
    ("fr", "Taux de guérison de la malnutrition aiguë modérée", True),
    ("es", "Tasa de recuperación en el programa de nutrición", True),
    # a unit parenthesis of persons with their ages
    ("es", "% Sin ninguna educación (personas de 15 años y más)", True),
    ("en", "Literacy (people aged 15+)", True),
    ("en", "Access to services (population weighted)", False),
    # livestock; sanctions
    ("fr", "Nombre de petits ruminants vaccinés contre la PPR", False),
    ("es", "Número de sanciones ejecutadas, desagregado por sexo", False),
    # the share of a programme's benefits a group receives is money, with an article or not
    ("es", "Incidencia de los beneficios de la asistencia social en el quintil más pobre", False),
    ("fr", "Incidence des prestations sociales sur le quintile le plus pauvre (%)", False),
    # peoples named as a population group; after another noun, adjectives
    ("es", "Raizales y palenqueros", True),
    ("fr", "Autochtones ayant accès à un service de santé", True),
    ("en", "Afro-descendants (target group)", True),
    ("es", "Número de comunidades indígenas y afrocolombianas con planes de vida", False),
    ("fr", "Nombre de communautés autochtones et afrodescendantes appuyées", False),
    # assessments, returns and job placements of persons are events
    ("es", "Número de valoraciones psicológicas de solicitantes de adopción", False),
    ("es", "Retornos asistidos de personas migrantes", False),
    ("en", "Number of job placements of TVET graduates", False),
    ("es", "Número de operarios certificados en soldadura", True),
    # a short clause before a target statement's share; an age after a title is not a share
    (
        "es",
        "En los hospitales certificados, el 85% de los recién nacidos recibe contacto piel a piel",
        True,
    ),
    ("en", "In all target districts, at least 80% of pupils read at grade level", True),
    ("fr", "Élèves inscrits en début d'année, 12 ans (Secondaire)", True),
    # a year offset is not an unaccented person noun ("n" → "ne" → "né")
    ("fr", "salaire médian n-5 par branche d'activité", False),
    ("fr", "NOMBRE DE NES VIVANTS PAR MOIS", True),
    # jobs created or offered are not persons; the rate at which graduates find one is
    ("fr", "création d'emploi par province", False),
    ("es", "Ofertas de empleo registradas por sector", False),
    ("en", "Job vacancies by region", False),
    ("fr", "taux d'insertion à 6 mois par filière", True),
    ("es", "Tasa de inserción a los seis meses, por carrera", True),
    ("en", "Job placement rate at six months (%)", True),
    ("fr", "taux de NEET par milieu de résidence", True),
    # an attribute of persons tabulated over them counts them; so does a mean age taken over
    # persons (not over things)
    ("en", "Disability status of grantees, by type of grant", True),
    ("es", "Estado civil de los jefes de hogar", True),
    ("fr", "Situation matrimoniale des membres des groupements", True),
    ("en", "Average age at first marriage of women", True),
    ("es", "Edad promedio al primer parto de las mujeres de 20 a 24 años", True),
    ("fr", "Âge moyen au premier mariage des femmes", True),
    ("en", "Median age", True),
    ("fr", "Âge moyen de départ à la retraite", True),
    ("es", "Edad promedio primera relación sexual", True),
    ("en", "Average age of vehicles", False),
    ("fr", "Âge moyen du parc automobile", False),
    ("es", "Edad promedio de los vehículos", False),
    # an acronym in parentheses inside a noun phrase does not end it
    ("en", "Number of Integrated Case Management (ICM) officers deployed", True),
    ("en", "Proportion of barangays with access to a sanitary landfill", False),
    # a survey's tabulation of a characteristic only persons have; hotel occupancy is not one
    ("es", "% Rama de actividad: Industria manufacturera", True),
    ("fr", "Branche d'activité : commerce (%)", True),
    ("en", "Marital status: never married (%)", True),
    ("es", "Tasa de ocupación hotelera", False),
    # read alike in the three languages
    ("en", "Highest level of education completed, population aged 25+", True),
    ("en", "Number of returns of refugees facilitated", False),
    ("en", "Number of refugees who return voluntarily", True),
    # the use of tobacco or drugs is a behaviour of persons; alcohol is counted in litres
    ("fr", "Consommation de tabac chez les hommes de 15 ans et plus", True),
    ("es", "Consumo de drogas entre estudiantes de secundaria", True),
    ("es", "Consumo de alcohol per cápita en litros de alcohol puro", False),
    # a quantity per person, in a unit that is not persons
    ("en", "Water use per person per day (litres)", False),
    # a rate for persons; a tail that names a topic, not persons
    ("en", "Treatment success rate for patients treated for MDR-TB (%)", True),
    ("en", "Number of national population surveys - adult health", False),
    ("es", "Proporción de donaciones voluntarias de sangre (%)", False),
    # "la policía" is the institution; "policías" its officers
    ("es", "Confianza alta o muy alta en la policía", False),
    ("es", "Número de policías formados en derechos humanos", True),
    # things of SDGs 14 and 16; a feminine adjective after a head is no person
    ("es", "Acidez marina promedio", False),
    ("es", "Armas pequeñas y ligeras incautadas, registradas y rastreadas", False),
    ("fr", "Pêche illicite, non déclarée et non réglementée", False),
    # violence against persons counts its victims; a tail does not overrule a known thing
    ("es", "Violencia contra periodistas y defensores de derechos humanos", True),
    (
        "en",
        "Legal frameworks on gender equality (% of achievement) -- Area 2: violence against women",
        False,
    ),
    # a programme's clients as a whole; statistics on persons count them
    ("fr", "Évolution de la clientèle prestataire des programmes d'aide sociale", True),
    ("fr", "Statistiques sur les adultes prestataires du Programme de solidarité sociale", True),
    ("fr", "Rapport sur les activités des comités de gestion", False),
    # "under five" before a head; "under 5 years" after one
    ("en", "Under Five Mortality Rate (U5MR)", True),
    ("en", "Proportion of children under 5 years of age whose births are registered", True),
    # a French or Spanish person noun right after a thing agrees with it as an adjective
    ("es", "Construir nuevos comedores escolares en zonas rurales", False),
    ("fr", "Proportion cas contacts suivis pendant 21 jours", False),
    # an action, its verb first, counts the persons it is done to
    ("en", "Provide hygiene kits to displaced families and older persons", True),
    ("en", "Train community health volunteers in safe referral", True),
    ("en", "Provide equipment to district hospitals", False),
    ("fr", "Octroyer des bourses d'études aux élèves du secondaire", True),
    ("fr", "Doter les centres de santé de médicaments essentiels", False),
    ("es", "Entregar kits de higiene a personas desplazadas", True),
    ("es", "Capacitar a promotores comunitarios en primeros auxilios", True),
    ("es", "Asignar recursos a los gobiernos municipales", False),
    # ... past a quantity before the persons, as in English ("Train 500 midwives")
    ("fr", "Former au moins 500 agents de santé communautaires", True),
    ("fr", "Sensibiliser 2 000 leaders religieux", True),
    ("es", "Capacitar a 500 promotores de salud", True),
    ("es", "Entregar kits de higiene a 1.200 personas desplazadas", True),
    ("es", "Construir 20 escuelas rurales", False),
    ("fr", "Réhabiliter 15 centres de santé", False),
    # a target's time frame in the UN's Spanish wording ("De aquí a 2030, …")
    ("es", "De aquí a 2030, reducir el número de muertes por accidentes de tráfico", True),
    ("es", "De aquí a 2030, al menos 800 jóvenes acceden a empleo decente", True),
    # full-time equivalents beside persons count jobs
    ("en", "Number of FTE workers employed during operations and maintenance", False),
    ("fr", "Nombre de travailleurs ETP recrutés sur les chantiers", False),
    ("es", "Número de trabajadores ETC contratados", False),
    ("en", "Number of workers employed during construction", True),
    # an antigen's dose number between it and the coverage word (English head-last titles)
    ("en", "MCV 1 Vaccine Coverage", True),
    ("en", "DTP 3 coverage", True),
    ("en", "Treatment 2 years after diagnosis", False),
    # an age band written before the measure (Gapminder's series names)
    ("en", "Aged 15-24 unemployment rate (%)", True),
    ("en", "Ages 15-49 HIV prevalence", True),
    # occasions counted are no persons; treatment defaulters are
    ("en", "Number of times residents report government responding with action", False),
    ("fr", "Nombre de fois où les femmes prennent la parole en réunion", False),
    ("es", "Número de veces que las mujeres participan en asambleas", False),
    ("en", "Number of defaulters confirmed by community health assistants", True),
    # the number sign written with a period
    ("es", "N.º de personas con artículos esenciales de higiene", True),
    # an institution's staff named as its human resources
    ("es", "Recursos Humanos Municipales del Sistema Nacional de Información Municipal", True),
    ("fr", "Effectif des ressources humaines en santé", True),
    ("es", "Gasto en recursos humanos", False),
    # a bare share, then what the surveyed have or do (IASC durable-solutions indicators)
    ("en", "Proportion with documents to prove identity", True),
    ("en", "Proportion experiencing a security incident", True),
    ("fr", "Proportion ayant accès à l'électricité", True),
    ("es", "Proporción con acceso a electricidad", True),
    ("en", "Percentage meeting the national standard", False),
    # a status sign glued to a modifier ("HIV+ women"); laboratory samples are things
    ("en", "Number of HIV+ children on ART", True),
    ("en", "No. of dispatched samples whose results were returned within 14 days", False),
    ("fr", "Nombre d'échantillons analysés", False),
    ("es", "Número de muestras tomadas", False),
    # ... also in capitals, or with a final "(%)" or period after the unit
    ("en", "NUMBER OF FTE WORKERS EMPLOYED DURING OPERATIONS", False),
    ("fr", "EMPLOI DIRECT FOURNI - ÉQUIVALENT TEMPS PLEIN (ETP)", False),
    ("fr", "Emploi direct fourni - équivalent temps plein (ETP) (%)", False),
    ("en", "LIFE EXPECTANCY AT BIRTH, FEMALE (YEARS)", True),
    # a rate "per 1000 of" a population; a participle between the count and "per"
    ("en", "New HIV infections recorded per 1000 of city population", True),
    ("en", "Hospital beds per 1,000 of the population", False),
    # disaster victims as IFRC GO counts them: an adjective as a noun, as French and Spanish do
    ("en", "number of injured", True),
    ("en", "number of dead (epidemic)", True),
    ("en", "number of potentially affected", True),
    ("en", "Number of affected households", False),
    # a scale alone in parentheses is no currency
    ("es", "Número de personas subnutridas (millones)", True),
    ("es", "Gasto público en salud (millones de dólares)", False),
    # French reports counted in the plural; the ratio is singular
    ("fr", "Nombre de rapports d'informateurs", False),
    ("fr", "Rapport élèves-maître", True),
    # "en pourcentage" after the distribution: the distribution of what follows (MICS tables)
    ("fr", "Répartition en pourcentage des salariés selon le secteur", True),
    ("fr", "Distribution en pourcentage des ménages selon le type de toilettes", False),
    # an adverb before "-ing" after persons: the "-ing" is their verb
    ("en", "Farmers regularly selling to markets", True),
    # school leavers; the depth of poverty is a gap, not a count
    ("en", "Percentage of school leavers leaving with a national qualification", True),
    ("fr", "Profondeur de la pauvreté", False),
    ("es", "Profundidad de la pobreza", False),
    # a title typed partly without accents: a word the language does not know is read with them
    ("fr", "Esperance de vie à la naissance", True),
    # events, not persons: accidents, travel arrivals; accidents at work are workers' injuries
    ("en", "Number of road accidents by age group", False),
    ("fr", "Arrivées des non-résidents par nationalité et par mois", False),
    ("es", "Accidentes de tránsito por grupo de edad", False),
    ("fr", "Nombre d'accidents du travail mortels et non mortels pour 100 000 travailleurs", True),
    # a service done to things is no share of persons
    ("en", "Wastewater treatment (%)", False),
    ("fr", "Diagnostic - Echantillons avec délai microscopie de 6+ j (%)", False),
    ("fr", "Traitement des réclamations dans les délais requis (%)", False),
    ("en", "Malaria treatment (%)", True),
    # a coverage given as a rate reads as the coverage
    ("en", "Health insurance coverage rate", True),
    ("en", "Forest coverage rate", False),
    # a share given in words after a comma
    ("fr", "Accès à l'électricité, national et rural, en % de la population", True),
    ("es", "Acceso a la electricidad, en % de la población", True),
    ("en", "Health expenditure, as % of GDP", False),
    # a sector's name, a comma, then what is counted (IFRC GO's dashboards)
    ("fr", "Eau salubre et hygiène, nombre de personnes couvertes", True),
    ("es", "Agua y saneamiento, número de personas alcanzadas", True),
    ("en", "Water supply, number of boreholes rehabilitated", False),
    # a rate per person-years is a rate of persons
    ("en", "Incident HIV infections per 100 person-years of follow-up on PrEP", True),
    # dropouts counted in the plural are persons, as "dropouts"
    ("fr", "Nombre d'abandons de l'EFPT à la suite des migrations", True),
    ("es", "Número de abandonos del tratamiento antituberculoso", True),
    # a measure of what persons do, qualified by a clause with no "that": time is measured
    ("en", "Average time women spend in unpaid care work", False),
    ("en", "Distance girls walk to the nearest secondary school", False),
    ("en", "Number of women working in agro-processing", True),
    ("en", "Proportion of full time workers earning less than half the median income", True),
    # mother-to-child transmission counts the infants infected, in Spanish as in English
    ("es", "Tasa de transmisión materno infantil del VIH", True),
    ("en", "Mother-to-child transmission rate of HIV", True),
    # "Nb." and "Nbr" abbreviate "Nombre" as "No." does "Número"
    ("fr", "Nb. de femmes formées en gestion", True),
    ("fr", "Nb. de ménages ayant reçu un transfert monétaire", False),
    # typed without accents: the words the lexicon knows are read with their accents
    ("es", "Porcentaje de ninos menores de 5 anos con desnutricion cronica", True),
    ("fr", "Taux d'achevement du primaire dans les zones d'intervention", True),
    ("es", "Numero de escuelas con agua potable", False),
    # a title in capitals is read as in lower case: its capitals are no acronyms
    ("en", "COVERAGE BY PROTECTED AREAS OF IMPORTANT SITES FOR MOUNTAIN BIODIVERSITY", False),
    ("en", "BINDING COVERAGE, ALL PRODUCTS (%)", False),
    # a participle right after a French or Spanish thing agrees with it, it is no clause
    ("es", "Implementar proyectos orientados a la seguridad alimentaria", False),
    ("es", "Fortalecer sistemas integrados de información", False),
    ("fr", "Nombre de projets financés par le fonds", False),
    ("es", "Número de personas atendidas", True),
    # a dotted initialism is one word ("the U.S. population")
    ("en", "Share of the U.K. population with a fixed broadband connection", True),
    ("es", "Proporción de la población de EE.UU. con seguro médico", True),
    # treated water is not persons treated
    ("en", "Share of municipal wastewater treated before discharge", False),
    ("fr", "Part des eaux usées traitées avant rejet", False),
    ("es", "Porcentaje de aguas residuales municipales tratadas", False),
    # a participle before a count word qualifies it
    ("en", "Total reported number of partnership agreements concluded with donors", False),
    # a share of things given as the unit overrules a measure of persons
    ("en", "Incidence of cyberattacks (% of enterprises reporting at least one)", False),
    ("fr", "Incidence des pannes d'électricité (% des entreprises)", False),
    ("es", "Incidencia de la extorsión (% de las empresas encuestadas)", False),
    # "the employed" as a noun, as "the unemployed", after an adverb too
    ("en", "Share of informally employed among urban workers", True),
    ("en", "Proportion of employed holding a second job", True),
    ("en", "Number of youth employed in green sectors", True),
    # a past verb after persons starts a clause ("farmers received training"); a participle
    # before a thing qualifies it
    ("en", "Number of midwives received delivery kits", True),
    ("en", "Number of women accessed business credit", True),
    ("en", "Number of received grievances resolved within 30 days", False),
    # two modifiers joined before their head
    ("en", "New or existing agro-processing enterprises that receive matching grants", False),
    ("en", "New and existing members of savings groups", True),
    # a measure taken over persons named past a purpose clause or another complement
    ("en", "Condom use to prevent HIV transmission among young people", True),
    ("en", "Coverage estimates for routine vaccines in infants", True),
    ("fr", "Utilisation de moustiquaires pour prévenir le paludisme chez les enfants", True),
    (
        "es",
        "Uso de mosquiteros para prevenir la malaria entre los niños menores de cinco años",
        True,
    ),
    ("en", "Extent the committee is active in protection of survivors", False),
    # a short name, then a colon or dash and what is counted (indicator catalogues)
    ("en", "Labour market: percentage of young people not in employment or education", True),
    ("fr", "Paludisme - pourcentage d'enfants fébriles ayant fait l'objet d'un test", True),
    ("es", "Control prenatal: porcentaje de embarazadas con cuatro controles", True),
    ("en", "Housing: number of dwellings connected to the sewer network", False),
    # infant feeding is measured over infants, in the three languages; its promotion is an activity
    ("fr", "Allaitement exclusif des nourrissons de 0 à 5 mois", True),
    ("es", "Inicio temprano de la lactancia en maternidades públicas", True),
    ("en", "Promotion of exclusive breastfeeding in health centres", False),
    ("es", "Promoción de la lactancia en los centros de salud", False),
    # an action's recipients joined to a condition ("… y en periodo de …")
    ("es", "Entregar despensas a los adultos mayores y en periodo de recuperación", True),
    # persons right after a count word are counted, even where they may qualify a noun
    ("fr", "Ratio enseignants/élèves dans les lycées publics", True),
    # new users of a family-planning method; a profit margin
    ("en", "New family planning acceptors, injectables", True),
    ("fr", "Nouvelles acceptantes de la contraception moderne", True),
    ("fr", "Marge bénéficiaire des coopératives de transformation", False),
    # a specialty is a branch of training, whoever it benefits
    ("es", "Especialidades técnicas beneficiadas por el fondo", False),
    ("fr", "Spécialités techniques soutenues par le fonds", False),
    # views are events; a territory is a surface; senior managers are persons
    ("en", "Total number of views of archived works", False),
    ("fr", "Part du territoire en zone inondable protégée", False),
    ("fr", "Pourcentage des cadres supérieurs ayant suivi une formation sur l'égalité", True),
    # an age after "âgé de" qualifies whatever it follows
    ("fr", "Pourcentage des créances impayées âgées de plus de 5 ans", False),
    # a second conjunct after a parenthesis of the first ("… (…) and … mortality")
    ("en", "Hospital admissions (injuries and poisonings) and injury mortality", True),
    # the size of a loan is money, whoever borrows it
    ("en", "Average loan size of women borrowers", False),
    ("fr", "Montant moyen des prêts des emprunteuses", False),
    # lives counted are persons
    ("en", "Number of lives saved through emergency obstetric care", True),
    ("fr", "Nombre de vies sauvées grâce aux soins obstétricaux d'urgence", True),
    # an unlisted plural doing what persons do; a programme's acronym before a measure
    ("en", "Number of private providers receiving business grants", True),
    ("es", "PTMI tasa de retención a los 6 meses (%)", True),
    ("fr", "PTME taux de rétention à 6 mois (%)", True),
    # the coverage of tests is the share of persons tested, as for testing
    ("es", "Cobertura de las pruebas de VIH en embarazadas (%)", True),
    ("fr", "Couverture des tests de dépistage du VIH (%)", True),
    ("en", "Coverage of HIV tests among pregnant women (%)", True),
    # the probability of dying is a mortality measure
    ("en", "Probability of dying between the first and fifth birthday", True),
    ("fr", "Probabilité de décéder entre le premier et le cinquième anniversaire", True),
    ("es", "Probabilidad de morir entre el primer y el quinto cumpleaños", True),
    # the population named first, then the share (survey report definitions)
    (
        "en",
        "Among women with a live birth in the last two years, percentage who received a dose",
        True,
    ),
    (
        "fr",
        "Parmi les enfants de 12 à 23 mois, pourcentage ayant reçu toutes les vaccinations",
        True,
    ),
    ("es", "Entre los niños de 6 a 59 meses, porcentaje con anemia", True),
    # a share of persons given as a unit in words
    ("en", "School readiness (percentage of first graders who attended pre-school)", True),
    (
        "fr",
        "Préparation scolaire (pourcentage d'élèves de première année ayant fréquenté la "
        "maternelle)",
        True,
    ),
    # a measure "for" persons is taken over them; a thing "for" persons is not
    ("en", "Care seeking for children with fever", True),
    ("fr", "Recours aux soins pour les enfants ayant de la fièvre", True),
    ("es", "Búsqueda de atención para niños con fiebre", True),
    ("en", "# of distributions organised in safe spaces for adolescent girls", False),
    ("fr", "Nombre de kits livrés aux espaces sûrs pour les femmes", False),
    ("en", "Number of seats reserved for women on water user committees", False),
    ("es", "Número de escaños reservados para mujeres en los consejos comunales", False),
    # two adjectives between a head and its complement; an age group after "de"
    ("fr", "Taux brut ajusté de fréquentation au secondaire", True),
    ("es", "Tasa neta ajustada de asistencia a la educación secundaria", True),
    ("fr", "Proportion de moins de 15 ans dans la population rurale", True),
    # a negation before a measure
    ("es", "Tasa de no asistencia escolar de adolescentes de 12 a 17 años", True),
    # a rate written with a slash before its number of persons
    ("en", "Tuberculosis notification rate / 100,000 population", True),
    ("fr", "Taux de notification de la tuberculose / 100 000 habitants", True),
    ("es", "Tasa de notificación de tuberculosis / 100.000 habitantes", True),
    # passengers are a transport volume (trips), as air traffic is
    ("en", "Number of passengers carried by the rehabilitated ferry line", False),
    ("fr", "Nombre de passagers transportés par la ligne de bus rénovée", False),
    ("es", "Número de pasajeros transportados por el nuevo corredor de autobuses", False),
    # a population of animals
    ("en", "Cattle population vaccinated against anthrax", False),
    ("fr", "Population animale recensée par commune", False),
    ("es", "Población ganadera por especie y departamento", False),
    # an age group is persons
    ("en", "Completion rate, lower secondary, girls (% of relevant age group)", True),
    (
        "es",
        "Tasa de finalización de la secundaria, niñas (% del grupo de edad correspondiente)",
        True,
    ),
    ("fr", "Taux d'achèvement du primaire, filles (% du groupe d'âge concerné)", True),
    # a density is a rate of what follows it: things per inhabitant are things
    ("en", "Density of bank branches, 2018 (per 100,000 inhabitants)", False),
    ("fr", "Densité d'agences bancaires, 2018 (pour 100 000 habitants)", False),
    ("es", "Densidad de sucursales de bancos, 2018 (por 100,000 habitantes)", False),
    ("en", "Density of physicians (per 1,000 population)", True),
    # seats or posts with no holder named are not persons, even per inhabitant
    ("en", "Seats available for mass transit, 2017 (per 1,000 inhabitants)", False),
    ("fr", "Sièges disponibles dans les transports collectifs (pour 1 000 habitants)", False),
    ("es", "Asientos disponibles de transporte colectivo, 2017 (por 1,000 habitantes)", False),
    # a bare share followed by what the surveyed persons are (IASC durable-solutions surveys)
    ("en", "Proportion worried about theft, crime, or vandalism", True),
    ("en", "Proportion able to read a short sentence", True),
    ("fr", "Proportion inquiète pour sa sécurité", True),
    ("es", "Proporción preocupada por la delincuencia", True),
    ("en", "No. active on ART screened for TB at last visit in the quarter", True),
    # an age band written as one hyphenated word after the persons (CommCare indicators)
    ("en", "Proportion of children Under-1 receiving on-time scheduled check-ups", True),
    # a bare count followed by what the persons do: "attending" is no modifier of "training"
    ("en", "Number attending training and BDS sessions per quarter", True),
    ("en", "# attending literacy classes", True),
    ("en", "Average working hours of children, working only (hours per week)", False),
    # a use by persons is theirs, taken over them (DHS, MICS); other agents are not persons
    ("en", "Long-lasting insecticidal net use by children", True),
    ("fr", "Utilisation des moustiquaires par les enfants de moins de 5 ans", True),
    ("es", "Uso de mosquiteros por niños menores de 5 años", True),
    ("en", "Water use by industry", False),
    ("es", "Uso de agua por la industria", False),
    ("en", "Land owned by women", False),
    # a parenthesis inside the noun phrase, the phrase going on after it (India HMIS)
    ("en", "No. of Neonatal (0-28 days) Deaths", True),
    ("en", "No. of Over-5 (non-maternal) deaths during the time period", True),
    ("en", "Number of schools (primary) built", False),
    # what is counted, named at the end: deaths under a thing are persons who died
    ("en", "Adverse events following immunization (Deaths)", True),
    ("fr", "Accidents de la route (décès)", True),
    ("es", "Accidentes de tránsito (defunciones)", True),
    ("en", "Number of trainings (participants)", False),
    ("en", "Number of Inpatients", True),
    # graduation is a rate of persons, as enrolment is (UIS)
    ("en", "Gross graduation ratio from tertiary education", True),
    ("fr", "Taux brut de diplomation de l'enseignement supérieur", True),
    ("es", "Razón bruta de graduación de la educación terciaria", True),
    # a thing per person, its unit given in grams (Gapminder)
    ("en", "Sugar per person (g per day)", False),
    ("fr", "Sucre par personne (g par jour)", False),
    ("es", "Azúcar por persona (g por día)", False),
    # years of healthy life lost are a time (WHO GHO)
    ("en", "Household air pollution attributable DALYs (per 100 000 population)", False),
    ("fr", "AVCI attribuables à la pollution de l’air (pour 100 000 habitants)", False),
    ("es", "AVAD atribuibles a la contaminación del aire (por 100.000 habitantes)", False),
    # Spanish "nacidos vivos" are the babies born alive; births count the newborn and a
    # delivery the woman giving birth (conventions S1; twelve blind sets of vital statistics
    # and health registers); a birth's certificate stays a document
    ("es", "Porcentaje de nacidos vivos con bajo peso al nacer", True),
    ("es", "Proporción de nacidos vivos de madres adolescentes", True),
    ("es", "Tasa de mortalidad neonatal por 1.000 nacidos vivos", True),
    ("es", "Proporción de partos por cesárea", True),
    ("en", "Number of live births", True),
    ("fr", "Naissances dans l'année", True),
    ("es", "Nacimientos registrados", True),
    ("fr", "Nombre de mortinaissances fraîches", True),
    ("en", "Birth certificates issued", False),
    ("es", "Actas de nacimiento emitidas", False),
    # things counted beside persons: property crimes per inhabitant (a city observatory),
    # public roads per inhabitant, market opportunities for value-chain actors, prescriptions
    ("en", "Thefts per 100,000 inhabitants", False),
    ("es", "Tasa de hurtos por 100.000 habitantes", False),
    ("es", "Vías públicas por habitante", False),
    ("en", "Number of market opportunities identified for value chain actors", False),
    ("fr", "Nombre de cambriolages pour 1 000 logements", False),
    ("es", "Porcentaje de recetas surtidas en forma completa", False),
    ("en", "Cluster members trained", True),
    # cases of an illness counted per a number of persons are an incidence of persons (WHO
    # vaccine-preventable disease surveillance, TB and malaria programmes); court and police
    # cases are proceedings, and cases counted alone stay events
    ("en", "Confirmed measles cases (/100 000)", True),
    ("en", "Confirmed NT cases (/1000 live births)", True),
    ("en", "Confirmed malaria cases per 1000", True),
    ("en", "Notification Rate Of Tuberculosis Cases Per 1,00,000 Population", True),
    ("en", "Number of Civil Cases Pending per 100,000", False),
    ("en", "Number of cases per district", False),
    ("en", "Cases per 1,000 hectares", False),
    ("fr", "Cas confirmés de rougeole pour 100 000 habitants", True),
    ("fr", "Affaires et cas pénaux pendants pour 100 000 habitants", False),
    ("es", "Tasa de casos de dengue por 100 000 habitantes", True),
    ("es", "Casos confirmados de sarampión por 100.000 habitantes", True),
    ("es", "Casos de delitos sexuales por 100 000 habitantes", False),
    ("es", "Tasa de casos de violencia contra la mujer por cada 100 mil habitantes", False),
    # a count's abbreviation with its point ("Num.", "Núm.", "Porc.", "Nbre.", "Pct.")
    ("es", "Num. mujeres casadas o unidas", True),
    ("es", "Porc. de mujeres casadas o unidas", True),
    ("es", "Nro. de beneficiarios", True),
    ("fr", "Nbre. de bénéficiaires", True),
    ("en", "Pct. of children vaccinated", True),
    # a date between a count and what it counts (social-assistance statistics)
    (
        "fr",
        "Part au 31/12 de l'année des personnes orientées parmi les personnes soumises aux droits",
        True,
    ),
    ("en", "Number at the end of the year of persons in receipt of benefit", True),
    ("es", "Número al 31 de diciembre de personas inscritas", True),
    # a rate standardised for age is a rate of persons (NYC's health data portal)
    ("en", "Thyroid cancer, Age-adjusted rate", True),
    ("en", "Age-adjusted rate of hospitalizations", False),
    ("fr", "Cancer du poumon, taux standardisé sur l'âge", True),
    ("es", "Cáncer de pulmón, tasa estandarizada por edad", True),
    # years of schooling are a statistic of persons, as a mean age is (UNDP's HDR, national
    # education statistics); an inequality coefficient of them is not
    ("en", "Mean years of schooling (of adults)", True),
    ("es", "Años promedio de escolaridad", True),
    ("fr", "Durée moyenne de scolarisation", True),
    ("en", "GINI coefficient of years of education, 2012", False),
    ("en", "Average years to repay a loan", False),
    # case notification rates of TB programmes are rates of persons; a treatment's success rate
    # with no person named is a share of cases (SPEC P8, WDI's "% of new cases"; five blind
    # labels in sets 448, 475, 522 and 580), over patients a share of them; a pass rate is the
    # pupils'; deliveries at a place or by an operation count the women giving birth
    ("en", "Tuberculosis treatment success rate", False),
    ("en", "TB treatment success rate (new and relapse DS-TB) (%)", False),
    ("en", "Tuberculosis treatment success rate (% of new cases)", False),
    ("fr", "Taux de notification TB (p.100000)", True),
    ("fr", "Taux de succès au traitement", False),
    ("fr", "Taux de succès au BAC", True),
    ("es", "Tasa de éxito del tratamiento de la tuberculosis", False),
    ("es", "Tasa de éxito de los proyectos", False),
    ("en", "Institutional delivery coverage (%)", True),
    ("en", "Service delivery rate", False),
    # a sex adjective put after a thing is its qualifier (WHO's VPD surveillance labels)
    ("en", "Rotavirus cases Female", False),
    ("en", "Condoms female", False),
    ("en", "Teachers female", True),
    ("es", "Porcentaje de Cuerpos Académicos Consolidados", False),
    # a caption written after its figure ("45% | of females …": Wazimap's census profiles)
    ("en", "Of the youth population were born in South Africa", True),
    ("en", "Of schools have a library", False),
    # Spanish labour statistics' employment rate counts the employed; an occupancy rate of beds
    # or hotels counts places
    ("es", "Tasa de ocupación informal nacional, según grandes conurbaciones", True),
    ("es", "Tasa de ocupación de camas", False),
    ("es", "Tasa de ocupación de los hoteles", False),
    # the father is one sex; parents are not; an abortion is a pregnancy's outcome (one sex)
    ("es", "Edad promedio del padre", True),
    # a question that asks how many or what share counts what it names first (a school and
    # anganwadi monitoring app's report questions)
    ("en", "In how many schools are teachers regular?", False),
    ("en", "In how many schools were class 4 and 5 math teachers trained?", False),
    ("en", "What percentage of children claim to read English?", True),
    ("en", "How many girls dropped out of school?", True),
    ("en", "How many of the eligible individuals died?", True),
    ("fr", "Dans combien d'écoles les enseignants sont-ils formés ?", False),
    ("fr", "Combien d'enfants sont scolarisés ?", True),
    ("es", "¿En cuántas escuelas hay docentes capacitados?", False),
    ("es", "¿Qué porcentaje de niños asiste a la escuela?", True),
    ("es", "Edades de femicidas, por año", True),
    # persons named by a profession's ending (DHIS2's eye and ear care and rehabilitation
    # packages); not a thing with a like ending
    ("en", "Ophthalmologists", True),
    ("en", "Audiologists per 1,000,000 population", True),
    ("fr", "Nombre d'orthophonistes", True),
    ("fr", "Physiothérapeutes", True),
    ("es", "Fonoaudiólogos por 10.000 habitantes", True),
    ("es", "Número de catálogos publicados", False),
    ("fr", "Nombre de catalogues publiés", False),
    # the mosquitoes of a bio-assay, its controls ("témoins") included (DHIS2 entomology)
    ("fr", "Moustiques témoins morts - 24h", False),
    ("en", "Mosquitoes knocked down after 60 minutes (%)", False),
    # those present in a district who do not live there (an urban mobility map's captions)
    ("fr", "Nombre estimé de non-résidents par secteur", True),
    # the coverage of collective bargaining is the share of employees it covers (ILOSTAT)
    ("en", "Collective bargaining coverage rate (%)", True),
    ("fr", "Taux de couverture de la négociation collective (%)", True),
    ("es", "Tasa de cobertura de la negociación colectiva (%)", True),
    ("en", "Number of collective bargaining agreements signed", False),
    # a Member of Parliament is a person
    ("en", "Number of MPs submitting annual financial accountability report", True),
    # a money threshold and a length of time are no persons; the deaths of animals neither
    ("en", "Poverty line", False),
    ("fr", "Seuil de pauvreté", False),
    ("es", "Estancia media en días", False),
    ("en", "Average length of stay", False),
    ("fr", "Réduction du taux de mortalité animale au niveau des petits exploitants", False),
    ("es", "Tasa de mortalidad animal", False),
    # staff named by their role (Chile's education monitoring reports)
    ("es", "Porcentaje de directivos y/o docentes que aprueban capacitación", True),
    ("es", "Porcentaje de encargados de bibliotecas que aprueban los cursos", True),
    ("es", "Porcentaje de Principiantes que permanecen en el Sistema Escolar", True),
    ("fr", "Pourcentage de débutants qui restent dans le système scolaire", True),
    # copies of a book per student are copies
    ("es", "Número de ejemplares por estudiante disponibles en formato físico", False),
    ("en", "Number of copies per student available in print", False),
    # an acronym in capitals in a title in lower case keeps its letters ("DIA" is no "día")
    (
        "es",
        "Tasa de variación de estudiantes que superan el nivel Insatisfactorio en el"
        " diagnóstico integral de aprendizajes (DIA)",
        True,
    ),
    # a ratio counts what it names first: things per person are things
    ("en", "ATM-population ratio", False),
    ("en", "Textbook-pupil ratio", False),
    ("en", "Pupil-textbook ratio", True),
    ("en", "number of tourist arrival", False),
    # a parenthesis inside the phrase is no unit ("(poor)" names no denominator)
    ("en", "Proportion of vulnerable (poor) households served by social protection schemes", False),
    # positions said to be filled count their holders, unnamed (a staffing rate)
    ("en", "Percentage of health care positions filled in the chosen facilities", True),
    ("en", "Approved posts that are filled (%)", True),
    ("fr", "Taux de postes pourvus dans les centres de santé", True),
    ("es", "Porcentaje de puestos ocupados en los establecimientos", True),
    ("en", "Number of vacant posts", False),
    ("es", "Recuentos de votos y escaños obtenidos en las elecciones generales", False),
    # a population of animals; a thing per inhabitant, past its adjective; carbon is a thing
    ("es", "Poblaciones de aves comunes", False),
    ("fr", "Populations d'oiseaux communs", False),
    ("en", "Common bird population index", False),
    ("es", "Dotación de huertos urbanos por habitante", False),
    ("es", "Carbono secuestrado", False),
    # operations performed are procedures, as consultations are
    ("en", "Number of surgeries performed through the referral fund", False),
    ("fr", "Nombre de chirurgies réalisées", False),
    ("es", "Número de cirugías realizadas", False),
    # what the persons of a target statement do, a verb that is also a noun (ADB DMF)
    ("en", "At least 90,000 people visit renovated green urban spaces annually", True),
    ("fr", "Au moins 90 000 personnes visitent les espaces verts rénovés chaque année", True),
    ("es", "Al menos 90.000 personas visitan los espacios verdes renovados cada año", True),
    # facilities per inhabitant are facilities
    ("en", "Number of pharmacies per 10,000 inhabitants", False),
    ("fr", "Nombre de pharmacies pour 10 000 habitants", False),
    ("es", "Farmacias por cada 10 mil habitantes", False),
    # a provider of care named as such is a health worker; "provider" alone may be a firm
    ("en", "Number of health care providers trained in clinical management", True),
    ("fr", "Proportion des prestataires de santé de première ligne infectés", True),
    ("es", "Número de proveedores de salud capacitados", True),
    # persons counted in thousands, as the unit in parentheses says (INEGI, Eurostat)
    ("es", "Rezago educativo (miles de personas)", True),
    ("en", "Educational lag (thousands of people)", True),
    ("fr", "Rattrapage scolaire (en milliers de personnes)", True),
    ("fr", "Dépenses d'éducation (milliers de FCFA)", False),
    # the schooling level of persons (INEGI's «grado promedio de escolaridad»)
    ("es", "Grado promedio de escolaridad de la población de 15 años y más", True),
    ("es", "Grado promedio de escolaridad", True),
    ("fr", "Durée moyenne de scolarité", False),  # a time (SPEC §2)
    # a slash between persons and another unit gives alternatives, each counted; in a
    # formula's parenthesis it is a ratio
    ("en", "Number of individuals/families enrolled in the health insurance scheme", True),
    ("fr", "Nombre de ménages/personnes touchés par la campagne", True),
    ("es", "Número de familias/personas beneficiadas", True),
    ("es", "Índice de ocupación (camas/personas)*100", False),
    ("es", "Uso de agua/persona", False),  # a singular after the slash: a "per"
    ("en", "Number of mine/ERW victims assisted", True),  # a modifier's alternatives
    # a catalogue title's field that names persons after a topic (World Bank catalogues)
    ("en", "Primary education, pupils, national source", True),
    ("fr", "Enseignement primaire, élèves", True),
    ("es", "Educación primaria, docentes", True),
    ("en", "Interest rescheduled, official (current US$)", False),
    ("fr", "Envois de fonds des travailleurs migrants, reçus (USD courants)", False),
    # a consultation of a care programme, an education level: the persons they reach
    ("fr", "Couverture (%) en consultation postnatale 6e semaine", True),
    ("es", "Porcentaje de cobertura educacional total", True),
    ("es", "Tasa neta de Bachillerato", True),
    ("fr", "Taux net du primaire", True),
    ("es", "Número de escuelas primarias", False),
    ("en", "Coverage of postnatal consultation (%)", True),
    ("es", "Cobertura de examen de medicina preventiva (EMPA)", True),
    # effective coverage: the share of the persons with a condition who have it under control
    ("es", "Cobertura efectiva de hipertensión arterial", True),
    ("fr", "Couverture effective du diabète", True),
    ("en", "Effective coverage of hypertension treatment", True),
    # the deceased are persons; labour participation is a share of persons
    ("es", "Fallecidos por siniestros viales", True),
    ("es", "Porcentaje de participación laboral", True),
    ("es", "Tasa de tránsito inmediato a la educación superior", True),
    # low birth weight is a condition of babies, a listed phrase even after "bajo"
    ("en", "Proportion of low birth weight", True),
    ("fr", "Proportion (%) de faible poids de naissance", True),
    ("es", "Porcentaje de bajo peso al nacer", True),
    ("es", "Porcentaje de hogares bajo la línea de pobreza", False),
    # a spaced slash is a "per": a thing per person is the thing (Gapminder's short titles)
    ("en", "Oil consumption /person", False),
    ("en", "Electricity use /person", False),
    ("es", "Consumo de petróleo /persona", False),
    # aid, income shares and poverty gaps are money and measures of poverty, not persons
    ("en", "Aid received, total", False),
    ("en", "Income share of poorest 10%", False),
    ("en", "Rural poverty gap at national poverty lines (%)", False),
    ("en", "Number of people receiving aid", True),
    # the population's growth and the sex ratio measure persons in every language
    ("es", "Crecimiento demográfico", True),
    ("fr", "Croissance démographique", True),
    ("en", "Population growth (annual %)", True),
    # words one language listed and the others lacked (a review of the three lexicons side by
    # side): persons named by their role or condition, measures of persons, services
    ("en", "Number of nursing aides trained", True),
    ("en", "Number of teaching assistants", True),
    ("en", "Number of disabled receiving support", True),
    ("en", "Number of obstetricians per 100,000 population", True),
    ("fr", "Nombre de gynécologues", True),
    ("es", "Número de ginecólogos", True),
    ("fr", "Proportion de perdus de vue", True),
    ("fr", "Nombre de déposants", True),
    ("es", "Número de depositantes", True),
    ("es", "Número de desaparecidos", True),
    ("fr", "Nombre de morts et disparus", True),
    ("es", "Tasa de subocupación", True),
    ("fr", "Niveau d'études des chefs de ménage", True),
    ("es", "Nivel educativo de la población", True),
    ("en", "Adolescent pregnancy (%)", True),
    ("fr", "Taux de transmission verticale", True),
    ("es", "Diversidad alimentaria mínima", True),
    ("es", "Cobertura de cuidados paliativos", True),
    # enrolment in a scheme is a share of persons; "journalier" after a noun is "daily" (a Côte
    # d'Ivoire programme's dashboard)
    ("fr", "Taux d'enrôlement CMU", True),
    ("fr", "Revenu moyen journalier", False),
    ("fr", "Nombre de journaliers agricoles", True),
    # persons named by their age alone, a range of shares, what an education system turns out
    # (Kenya's health sector plan, South Africa's National Development Plan)
    ("en", "Proportion of under 1 year receiving DPT/Hep+HiB1", True),
    ("en", "Number of under 5 years treated for malaria", True),
    ("en", "Percentage of spending over 5 years", False),
    ("en", "Between 80 - 90 percent of learners should complete 12 years of schooling", True),
    ("en", "Produce 30 000 artisans per year.", True),
    ("en", "Between 2020 and 2025 the number of teachers trained increases", True),  # years
    ("en", "Produce 500 tonnes of maize", False),
    # premises and plots are things, whatever persons qualify them (San Martín's strategic plan)
    ("es", "Porcentaje de locales escolares públicos con los tres servicios básicos.", False),
    ("es", "Porcentaje de predios rurales de productores agropecuarios titulados.", False),
    ("es", "Porcentaje de docentes locales", True),
    # a survey label saying what the respondent works as (Chile's CASEN tabulations)
    ("es", "Trabaja como familiar no remunerado", True),
    ("en", "Works as unpaid family worker", True),
    ("fr", "Travaille comme aide familial", True),
    ("en", "Participates in coordination meetings", False),
    ("es", "Tasa de sobreedad", True),
    # a report row naming patients by their status in care (Kenya's MOH 731, a DR Congo
    # health centre's report, DHIS2 data elements)
    ("en", "Currently on ARVs - All others", True),
    ("en", "Started on IPT", True),
    ("en", "Eligible for ART", True),
    ("en", "Currently in care (includes transfers)", True),
    ("fr", "Sous ARV", True),
    ("fr", "File active annuelle", True),  # the patients a programme follows
    ("es", "Actualmente en TAR", True),
    ("en", "On track to meet targets", False),
    ("en", "In care of the municipality", False),
    ("en", "Number tested for HIV", True),
    ("en", "Number of samples tested", False),
    # peoples named after their country by more endings than -ians (the Philippines' health
    # objectives), and no plural that merely ends alike
    ("en", "Percent of all Filipinos covered by social health insurance", True),
    ("en", "Number of Congolese households", False),
    ("en", "Number of Plans Approved", False),
    # a target that raises a count to a figure, or guarantees or offers something to persons
    # (Tenjo's municipal development plan)
    ("es", "Incrementar a 24 beneficiarios del Programa de Estímulos para los Docentes", True),
    ("fr", "Porter à 500 le nombre de femmes formées", True),
    ("en", "Increase to 80% the share of households with water", False),
    ("es", "Garantizar a 150 personas con discapacidad el acceso a rehabilitación", True),
    ("fr", "Garantir à 150 personnes handicapées l'accès aux soins", True),
    ("es", "Garantizar la cobertura de agua potable", False),
    # a time span inside the title says nothing of what is counted (US Census ACS tables)
    ("en", "Median Earnings in the Past 12 Months for the Population 16 Years and Over", True),
    ("es", "Ingreso promedio en los últimos 12 meses de la población ocupada, por sexo", True),
    ("en", "Number of cases of diarrhoea in the last 2 weeks", False),
    # "por" with no number after a participle names an agent, and before a breakdown's word no
    # denominator ("Postulaciones … lideradas por mujeres", "Agresiones … por tipo y agresor")
    ("es", "Proyectos de innovación liderados por mujeres de la comunidad", False),
    ("es", "Agresiones contra la prensa por tipo y agresor", False),
    ("es", "Médicos por habitante", True),
    ("en", "Innovation projects led by women", False),
    # a share of something no list knows, taken over the persons named after it (Fingertips)
    ("en", "Proportion of smoking among persons 18 years and over", True),
    ("fr", "Proportion de tabagisme chez les adultes", True),
    ("es", "Proporción de tabaquismo entre adultos", True),
    ("en", "Proportion of cases among children", False),
    # the seroprevalence of a population, persons at risk of poverty or social exclusion
    # (Eurostat's AROPE), a staff-to-student ratio, blood donors and other persons by their state
    ("en", "HIV seroprevalence among blood donors", True),
    ("fr", "Séroprévalence de la dengue", True),
    ("es", "Seroprevalencia de dengue", True),
    ("es", "Indicador AROPE por tipo de hogar", True),
    ("en", "AROPE rate by household type", True),
    ("fr", "Taux AROPE des familles monoparentales", True),
    ("fr", "Taux d'encadrement", True),
    ("fr", "Nombre de domiciliés actifs", True),
    ("es", "Inasistentes a control de crónicos", True),
    ("es", "Número de hospitalizados en la región", True),
    ("es", "Número de donantes de sangre", True),
    ("fr", "Nombre de donneurs de sang", True),
    ("en", "Number of blood donors", True),
    ("en", "Number of donors contributing to the pooled fund", False),
    # an age structure is the distribution of what follows it; a level of education and the
    # use of contraceptives are measured over persons (DARES, DHS)
    ("fr", "Structure par âge des demandeurs d'emploi de catégorie A", True),
    ("fr", "Structure par âge du parc de logements", False),
    ("es", "Estructura por edad de la población", True),
    ("es", "Estructura por edad del parque vehicular", False),
    ("en", "Age structure of the population", True),
    ("fr", "Niveau de diplôme des demandeurs d'emploi", True),
    ("es", "Nivel de estudios alcanzado", True),
    ("en", "Modern contraceptive use", True),
    ("es", "Uso de anticonceptivos", True),
    ("fr", "Part des néo-bacheliers admis", True),
    # a question asking whether something is so counts nothing (Chile's municipal indicators);
    # a question asking how many persons does
    (
        "es",
        "Existe información estadística de personas con discapacidad en su comuna? (desde 2016)",
        False,
    ),
    ("es", "¿Hay un registro de mujeres víctimas de violencia?", False),
    ("fr", "Existe-t-il un registre des personnes handicapées ?", False),
    ("en", "Is there a register of persons with disabilities?", False),
    ("en", "How many women were trained?", True),
    ("fr", "Combien de femmes ont été formées ?", True),
    # a company (of firefighters) is a unit, its firefighters are persons
    ("es", "N° de Compañías de Bomberos", False),
    ("fr", "Nombre de compagnies de sapeurs-pompiers", False),
    ("es", "Número de bomberos voluntarios", True),
    # "N." abbreviates "number" before a word in lower case (a cluster's database)
    ("fr", "N. ménages déplacés assistés en abri durable", False),
    ("fr", "N. personnes formées en gestion des abris", True),
    ("en", "N. of beneficiaries reached", True),
    ("es", "N. de hogares con letrinas", False),
    # persons diagnosed or infected in an epidemic (COVID-19 dashboards)
    ("es", "Diagnosticados", True),
    ("es", "Número de contagiados por municipio", True),
    ("es", "Casos diagnosticados por semana", False),
    # the nursery school is a level of education, not a sex
    ("fr", "Enseignement maternelle", False),
    ("fr", "Effectifs de l'enseignement maternel", True),
    # a title written all in capitals reads as written in lower case: a short word no list
    # knows before "coverage" is a programme's acronym, as it would be in capitals
    ("en", "HIV ART COVERAGE", True),
    ("en", "UNDER-5 LLIN COVERAGE", True),
    ("fr", "COUVERTURE TARV", True),
    ("es", "COBERTURA DE TAR", True),
    ("en", "FOREST COVERAGE", False),
    ("es", "COBERTURA DE LA ZONA", False),
    ("fr", "N. MÉNAGES DÉPLACÉS ASSISTÉS EN ABRI DURABLE", False),
    # HIV infections and new infections befall persons (UNAIDS); other infections may be
    # events (SDG 3.d.2: "bloodstream infections due to … organisms")
    ("en", "Trend of new HIV infections", True),
    ("fr", "Nombre d'infections à VIH évitées", True),
    ("es", "Número de infecciones por VIH en adolescentes", True),
    ("en", "Percentage of bloodstream infections due to resistant organisms", False),
    # a mental or chronic condition measured on persons, as obesity is (a catalogue of French
    # social indicators; a Scottish gender index)
    ("fr", "Taux de dépression", True),
    ("en", "Depression rate", True),
    ("es", "Tasa de diabetes", True),
    ("en", "Hospital admissions for diabetes", False),
    # a bare share followed by a reflexive verb: those who feel, judge or declare themselves so
    ("fr", "% se sentant en sécurité", True),
    ("fr", "Part s'estimant en bonne santé", True),
    ("fr", "Part des ménages s'approvisionnant au réseau public", False),
    # persons named by a role's acronym (chief executives; HUD's youth and young adults)
    ("en", "Number of CEOs of the 50 largest companies", True),
    ("en", "Number of YYA continuing in case management", True),
    # a poverty headcount in two words (India's SDG Index), unmet need in the plural (UNFPA)
    ("en", "Head Count Ratio As Per The Multidimensional Poverty Index (%)", True),
    ("es", "Necesidades insatisfechas", True),
    # a service for an age band written with "mo" glued to it (IHME's Salud Mesoamérica)
    ("en", "Diarrhea treatment with ORS/zinc, age 6-59mo", True),
    # persons or households, then what they report (IFAD's core indicator 2.2.6)
    ("en", "Percentage of persons/households reporting improved physical access to markets", True),
    # the unemployed of Spain's labour force survey; learners by school status (the
    # Philippines' school census)
    ("es", "Parados por sector económico y comunidad autónoma", True),
    ("en", "Number of Completers/Promotees", True),
    # a place before a colon, then a headcount in the plural (Mauritania's higher-education
    # yearbook), as in the singular
    ("fr", "Universités : effectifs des étudiants par institution et par niveau", True),
    # a bare count and what was given to those counted (Kenya's GBV information system); a
    # thing counted stays a thing
    ("en", "Number given STI treatment", True),
    ("en", "Number given emergency contraceptive pill", True),
    ("en", "Number of vitamin A capsules given", False),
    ("en", "Percentage of wages paid during maternity leave", False),
    # land held as a farm is a thing, among whomever it is measured (a Uganda refugee survey)
    ("en", "Size of landholdings among refugees with severe functional limitations", False),
    ("en", "Proportion of women holding managerial positions", True),
    # WHO/UNICEF's infant and young child feeding indicators (2021), as named in a survey
    # analysis package; an amount eaten per person stays a quantity
    ("en", "Ever Breastfed", True),
    ("en", "Mixed Milk Feeding (MIxMF)", True),
    ("en", "Bottle Feeding 0-23 months", True),
    ("en", "Sweet Beverage Consumption 6-23 months (SWB)", True),
    ("en", "Fruit consumption per capita (kg)", False),
    # a survey question put to each person counts those persons; one on a place or a
    # household counts none (a rapid nutrition assessment's analysis plan)
    ("en", "Has the child ever received measles vaccination? By age group", True),
    ("en", "Is the woman currently enrolled in a nutrition program?", True),
    ("en", "Does the school have a latrine?", False),
    # a local authority's expenses are no "chargés" (OFGL's finance aggregates)
    ("fr", "Charges financières", False),
    ("fr", "Achats et charges externes", False),
    ("fr", "Nombre de chargés de mission formés", True),
    # a viral load is measured on persons; a bare count and what was done to those counted
    # (the Naomi HIV model's French labels)
    ("fr", "Nombre testé pour une charge virale (adultes 15+)", True),
    ("fr", "Suppression de la charge virale", True),
    ("es", "Supresión de la carga viral", True),
    ("en", "Viral load suppression", True),
    # a tracker's label opened by the participle of a step of care, plural or singular (an
    # HIV case-surveillance package in French); a thing before it stays a thing
    ("fr", "Initiés au TAR et décédés, cumulé", True),
    ("fr", "Testé positif dans la période", True),
    ("fr", "Violence conjugale signalée à la police", False),
    ("es", "Iniciado en TAR el mismo día de la prueba", True),
    ("fr", "Nombre de cas notifiés", False),
    # "eligible" names persons where a label opens with it, as in English; not after a thing
    ("fr", "Éligible au TPT cette période", True),
    ("es", "Elegible para TPT en el periodo", True),
    ("fr", "Dépenses éligibles au financement", False),
    # a disease's acronym before the noun that heads a French or Spanish title (DHIS2's
    # COVID-19 packages in Spanish); a field name before a dash is no persons
    ("es", "COVID-19 Casos confirmados por sexo", False),
    ("es", "TB pacientes curados", True),
    ("es", "Recibido - Vacuna 1 (dosis)", False),
    # persons named by origin, kin or status (Spain's university statistics, a refugee survey)
    ("es", "Extranjeros en el SUE (incluye a los estudiantes entrantes)", True),
    ("fr", "Part des étrangers dans la population active", True),
    ("en", "Alumni in managerial positions", True),
    # a couple is counted as one unit, like a household (HIV testing registers)
    ("en", "Number of couples with concordant positive results", False),
    ("es", "Árboles centenarios protegidos", False),
    # what is done only to persons, as a survey variable's label (Chile's CASEN module on
    # discrimination)
    ("es", "Discriminado por su edad", True),
    ("fr", "Discriminé en raison de son origine", True),
    ("es", "Si las leyes de herencia discriminan a las viudas", False),
    ("en", "Price discrimination index", False),
    # a section's name, a spaced dash, then the persons counted (DHIS2 TB data elements in
    # French)
    ("fr", "Traitement TB - patients TB-UR confirmés en laboratoire mis sous traitement", True),
    ("en", "TB treatment - patients with confirmed RR-TB enrolled on second-line treatment", True),
    ("fr", "Résultat TB - Nouveaux cas et rechutes de TB enregistrés l'année précédente", False),
    ("en", "Recorded offences by offence category - police data", False),
    ("en", "Stock-out of ACT - Children - Pack", False),
    # a bare count, then what those counted did, its object after it (Kenya's GBV information
    # system); with no object it names nothing
    ("en", "Number completed trauma counselling", True),
    ("en", "Classrooms - Number completed", False),
    ("en", "Number given", False),
    # a survey's share, then the verb its respondents answered with (a WASH project's endline
    # evaluation matrix); reporting as a facility's task stays a thing
    ("en", "% reporting improved water quality", True),
    ("en", "Percentage reporting committees are still active", True),
    ("en", "Completeness of reporting (%)", False),
    ("en", "Number of facilities reporting", False),
    # persons with respiratory symptoms, as a TB programme names them (Paraguay's health forms)
    ("es", "Número de sintomáticos respiratorios captados y notificados", True),
    # the acceptance of a vaccine and the dropout between doses are shares of the persons
    # offered it (DHIS2's COVID-19 vaccination package in Spanish); not of a thing
    ("es", "Aceptación de la vacuna 2 (%)", True),
    ("en", "Acceptance of COVID-19 vaccine", True),
    ("fr", "Abandon DTC1 à DTC3", True),
    ("es", "Abandono de COV-1 a COV-c", True),
    ("es", "Abandono de tierras agrícolas", False),
    ("en", "Acceptance of the project by the community", False),
    # a French capital typed without its accent, the rest of the word with it
    ("fr", "Nombre d'Elèves", True),
    ("fr", "ratio Elève/Enseignant (%)", True),
    # a compound with both parts in the plural, hyphenated or not, is the listed compound
    ("fr", "Nombre d'aides-soignants", True),
    ("fr", "Effectif des aides soignants", True),
    ("fr", "Nombre de laborantin(e)", True),
    # professions named by their ending
    ("en", "Increase the number of trained and skilled Geoscientists", True),
    ("en", "Number of statisticians trained", True),
    # cases per a number of inhabitants are ill persons ("hab" is "habitantes"); hospitalisations
    # are admissions, events even per inhabitants (conventions C5; Spain's SNS key indicators, set
    # 756, and 20 real titles of 6 blind sets labelled so, 1 the other way)
    ("es", "Tasa ajustada de hospitalización por asma, por 10 000 hab.", False),
    ("fr", "Taux d'hospitalisation pour 1 000 habitants", False),
    ("en", "COVID-19 Hospitalization rate per 100,000", False),
    ("es", "Casos de dengue por 10.000 hab.", True),
    ("en", "Confirmed malaria cases per 100k", True),
    ("fr", "Total des hospitalisations pour paludisme grave", False),
    ("en", "Asthma Hospitalisations", False),
    # things per inhabitant stay things
    ("es", "Quirófanos por 1.000 hab", False),
    ("es", "Computadores entregados (por 100 hab. en edad escolar, 6-19 años)", False),
    # money that persons receive, taken per person, is an amount per head (SPEC P4)
    ("es", "Renta neta media por persona", False),
    ("es", "Cuantía media mensual del IMV por beneficiario", False),
    ("en", "Average net income per person", False),
    ("fr", "Revenu disponible moyen par habitant", False),
    ("es", "Médicos por 10 000 hab.", True),
    # a consumption measured among persons is theirs, as a use is; in a unit or per head it is
    # an amount
    ("es", "Consumo diario de frutas y verduras en adultos", True),
    ("es", "Consumo intensivo de alcohol en jóvenes", True),
    ("en", "Alcohol consumption among adolescents", True),
    ("fr", "Consommation quotidienne de fruits chez les adultes", True),
    ("en", "Per capita alcohol consumption among people aged 14 years and older", False),
    ("fr", "Consommation d'alcool (litres/an/habitant)", False),
    ("en", "Energy consumption in households", False),
    ("es", "Porcentaje de bebedores de riesgo de alcohol", True),
    # persons per dwelling or household are its size or crowding; per doctor, a ratio of persons
    ("en", "Average of people per room", False),
    ("es", "Promedio de personas por hogar", False),
    ("fr", "Nombre moyen de personnes par pièce d'habitation", False),
    ("en", "Proportion living in overcrowded housing (> 3 persons per room)", True),
    ("en", "Number of people per doctor", True),
    ("es", "Promedio de personas por cada hogar", False),
    ("fr", "Nombre total de personnes couvertes par les foyers bas revenus", True),
    # fatalities are persons who died, in every language
    ("es", "Fatalidades de tránsito", True),
    ("fr", "Ratio de Fatalité", True),
    # the dependency index is a ratio of persons, as the dependency ratio; rough sleeping
    # counts persons; homelessness per household counts households
    ("es", "Indice de dependencia juvenil", True),
    ("fr", "Indice de dépendance des personnes âgées", True),
    ("en", "Rough sleeping", True),
    ("en", "Statutory homelessness: rate per 1,000 households", False),
    # a scale after a target's number is no currency
    ("en", "Number of producers trained on reduced PHL: 4 million", True),
    ("en", "USD 5 million disbursed to farmers", False),
    # an age range with its first hyphen suspended or in words names persons
    ("en", "Proportion of 15- to 24-year-olds enrolled in vocational education", True),
    ("en", "Number of 3- and 4-year-olds enrolled in pre-school", True),
    ("en", "Proportion of 15 to 24 year olds in school", True),
    # a series' total over both sexes is of persons, and no breakdown by sex
    ("en", "Inbound mobility rate, both sexes (UIS estimate) (%)", True),
    ("fr", "Taux de mobilité entrante, les deux sexes (%)", True),
    ("es", "Tasa de movilidad saliente, ambos sexos (%)", True),
    ("en", "Government expenditure on education (% of GDP), both sexes", False),
    # an objective's verb before what it measures (Healthy People objectives, national plans)
    ("en", "Increase the present Contraceptive Prevalence Rate (CPR) of 34% to 50% by 2025", True),
    ("en", "Increase the Advanced Placement (AP) participation rate among students", True),
    ("en", "Achieve 90% immunization coverage", True),
    ("en", "Increase the number of rural roads rehabilitated", False),
    # ordinals listed before their noun
    (
        "en",
        "Increase the percentage of 10th, 11th and 12th grade students who pass an AP exam",
        True,
    ),
    ("en", "Number of 3rd, 4th and 5th grade classrooms built", False),
    # chronic absenteeism is a share of pupils; absenteeism alone, of working days lost
    ("en", "Establish a baseline and decrease chronic absenteeism rates across PSUs", True),
    ("es", "Tasa de ausentismo crónico escolar", True),
    ("fr", "Taux d'absentéisme chronique des élèves", True),
    ("en", "Absenteeism rate", False),
    ("fr", "Taux d'absentéisme", False),
    # the persons killed; a "vs." compares, it ends no sentence
    ("en", "Killed, Fire-Related Incidents, by Province, 2017-2021", True),
    ("en", "Jail Population vs. Ideal Capacity, 2019-2022", True),
    # "rn": a newborn in a Spanish health information system
    ("es", "rn con malformacion congenita", True),
    ("es", "Porcentaje de RN con bajo peso al nacer", True),
    # what only persons use: its use, named alone, is measured on persons (DHS)
    ("en", "Current Use of Family Planning Method- Any Method (per cent)", True),
    ("en", "Family planning use (%)", True),
    ("fr", "Utilisation de méthodes contraceptives modernes", True),
    ("es", "Uso actual de métodos de planificación familiar", True),
    ("en", "Use of internet", False),
    # interruptions of a supply are events, also per customer; a pregnancy's are not
    ("en", "Average number of electrical interruptions per customer per year", False),
    ("fr", "Nombre moyen de coupures par client", False),
    ("es", "Número promedio de interrupciones del suministro por usuario", False),
    ("es", "Tasa de interrupciones voluntarias del embarazo en mujeres de 15 a 44 años", True),
    # the demography of businesses
    ("en", "Survival rate of enterprises", False),
    ("en", "Business survival rates in the health care industry", False),
    ("fr", "Taux de survie des entreprises", False),
    ("es", "Tasa de supervivencia de las empresas", False),
    ("en", "Five-year survival rate of cancer patients", True),
    # money broken down by sex is of the persons who receive it (SPEC P4's exception); taken per
    # person it is an amount
    ("es", "Pensión media mensual Mujeres", True),
    ("fr", "Pension moyenne Femmes", True),
    ("es", "Pensión media por beneficiario", False),
    # a couple is counted as a unit, as a household is
    ("en", "Number of couples counseled and tested", False),
    ("fr", "Nombre de couples sérodiscordants dépistés", False),
    ("en", "Number of HIV negative women in discordant couple who received prophylaxis", True),
    # a participle listed as a thing is the thing; an adverb may end the title
    ("es", "Número de certificados únicos para casos de violencia", False),
    ("es", "Porcentaje de docentes certificados", True),
    ("en", "Increase the percentage of schools reporting incidents of violence annually", False),
    # a Spanish inclusive "x" reads as the masculine beside it (UNHCR Colombia)
    ("es", "Porcentaje de venezolanxs afiliadxs por depto", True),
    ("fr", "Taux brut de préscolarisation", True),
    ("fr", "Nombre de doctorants", True),
    # French "en" leads to persons only before a plural noun: "en formation" is a state
    ("fr", "Densité en médecins, tous modes d'exercice", True),
    ("fr", "Densité en cardiologues libéraux", True),
    ("fr", "Effectifs en formation d'ingénieur", True),
    ("fr", "Taux d'équipement en ordinateurs", False),
    # offences measured are events, whoever their victims (Canadian Indicator Framework)
    ("en", "Incidence of selected types of crime", False),
    ("en", "Incidence of cyber-crime", False),
    ("fr", "Incidence de certains types de crime", False),
    ("fr", "Incidence de cybercrimes", False),
    ("es", "Incidencia de delitos", False),
    ("en", "Incidence of selected diseases", True),
    ("en", "Incidence of violence against children", True),
    ("es", "Tasa de homicidios por cada 100.000 habitantes", True),
    # a title that says only per whom it counts, then names what it counts after a colon
    ("en", "Total density per 100 000 population: Health posts", False),
    ("en", "Total density per 100 000 population: Hospitals", False),
    ("en", "Density per 10,000 population: nurses", True),
    # words listed before the head of the last conjunct qualify it
    ("en", "Water, sanitation and hygiene attributable deaths per 100'000 children under 5", True),
    (
        "en",
        "Number of Science, Technology, Engineering, and Mathematics (STEM) enrollees in higher "
        "education institutes (HEIs) increased (in million, cumulative)",
        True,
    ),
    ("en", "Number of civil society, government and private sector participants in meetings", True),
    ("en", "Number of schools, hospitals and health posts built", False),
    ("en", "Passenger and freight volumes", False),
    # school flow named without "rate of"
    ("es", "Repitencia primaria", True),
    ("es", "Deserción primaria intra-anual", True),
    ("es", "Reprobación transición", True),
    ("fr", "Redoublement au primaire", True),
    # the share of producers who take up a practice
    ("en", "Adoption rate of improved practices", True),
    ("fr", "Taux d'adoption des pratiques", True),
    ("es", "Tasa de adopción de tecnologías mejoradas", True),
    # time spent studying; the self-employed
    ("en", "Average number of additional semesters to graduate", False),
    (
        "es",
        "Promedio de semestres académicos adicionales para la culminación de la formación",
        False,
    ),
    ("es", "Porcentaje de autoempleados formalizados tributariamente", True),
    ("en", "Number of PW given Td2 (Tetanus Diphtheria dose 2)", True),
    # a use at an age band is the share of persons of those ages who use
    ("fr", "Usage régulier de cannabis à 15-64 ans", True),
    ("fr", "Usage quotidien de tabac à 15-75ans", True),
    ("fr", "Consommation moyenne de sel 18-79 ans (g/jour)", False),
    # numeracy as literacy; school leavers; bank accounts; the depth of poverty; events,
    # targets and progress
    ("en", "Numeracy rate", True),
    ("fr", "taux de sortants du système scolaire à faible niveau d'études", True),
    ("fr", "taux de bancarisation", True),
    ("es", "Tasa de bancarización", True),
    ("fr", "intensité de la pauvreté monétaire", False),
    ("es", "Intensidad de la pobreza", False),
    ("es", "Número de hechos registrados en los expedientes de queja", False),
    ("es", "Porcentaje de metas alcanzadas del plan nacional", False),
    ("es", "Porcentaje de avance alcanzado en la implementación", False),
    ("es", "Personas víctimas de hechos violentos", True),
    # a unit of time the measure is given in counts nothing
    ("en", "Life expectancy of men at birth (years)", True),
    ("fr", "Espérance de vie des hommes à la naissance- (années)", True),
    ("es", "Esperanza de vida de los hombres al nacer (años)", True),
    ("en", "Average time spent by women on unpaid care work (hours)", False),
    ("en", "Number of beneficiaries with access to financial services (firms)", False),
    # "per cent" in two words, first (UNICEF's indicator names)
    ("en", "Per cent of young people (aged 15-24 years) with comprehensive knowledge of HIV", True),
    ("en", "GDP growth per cent", False),
    ("es", "Variación interanual de empadronados", True),
    # what a respondent ever or never did, and respondents named in brackets (DHS labels)
    ("en", "Ever tested for cervical cancer", True),
    ("en", "Ever experienced fistula", True),
    ("en", "Never tested for HIV", True),
    ("en", "Reported cases", False),
    ("en", "Family planning messages on television [Men]", True),
    ("fr", "Messages sur la planification familiale à la radio [Femmes]", True),
    ("es", "Mensajes de planificación familiar en la radio [Mujeres]", True),
    ("en", "Currently receiving ART", True),
    # offences counted per persons are a crime rate
    ("en", "Crime rate per 100,000 population", False),
    ("fr", "Taux de criminalité pour 1 000 habitants", False),
    ("es", "Tasa de criminalidad por cada 100.000 habitantes", False),
    ("en", "Homicide rate per 100,000 population", True),
    # a population group's code in capitals joined by underscores (UNHCR Jordan)
    ("en", "# of WOMEN_IN_HOST_COMMUNITY receiving food assistance", True),
    # money per person, its currency given in a parenthesis before more words
    ("en", "Gross taxable base per person (€/year) in the city of Barcelona", False),
    ("es", "Base imponible media por persona (€/año) de la ciudad de Barcelona", False),
    ("en", "Average income (USD) of women entrepreneurs", True),
    # routine health-report rows: children given a vaccine or a supplement, their ages after
    # "Age" and a bound (Kenya's MOH 710); patients by their outcome after their condition
    # (Kenya's MOH 711, Lesotho's nutrition data elements); treatment outcomes of cases stay cases
    ("en", "Given BCG", True),
    ("en", "Given Vit A At 2 to 5 years", True),
    ("en", "Fully Immunized Age Less Than 1 Year", True),
    ("en", "Number of trainings given", False),
    ("en", "Eclampsia Dead", True),
    ("en", "SAM Discharged cured 6-59 months", True),
    ("fr", "MAS guéris", True),
    ("es", "DAS curados", True),
    ("en", "Died (all DS-TB cases) (%)", False),
    ("en", "Trees alive after one year", False),
    # what respondents did, the verb first, taken over persons (CDC's chronic disease
    # indicators); things counted after a participle stay things
    (
        "en",
        "Taking medicine to control high blood pressure among adults with high blood pressure",
        True,
    ),
    ("en", "Provided care for a friend or family member in the past month among adults", True),
    ("en", "Have taken an educational class to manage arthritis symptoms among adults", True),
    ("en", "Reported cases among children", False),
    ("en", "Distributed nets among households", False),
    # a condition measured over persons is their prevalence; counted alone, an event
    ("en", "Chronic kidney disease among adults aged >=18 Years", True),
    ("fr", "Maladie rénale chronique chez les adultes", True),
    ("es", "Enfermedad renal crónica en adultos", True),
    ("en", "Number of diseases among children", False),
    # flows and stocks of persons (migration statistics); of money, money
    ("en", "Inflow of refugees", True),
    ("fr", "Flux entrant de migrants", True),
    ("fr", "Stock de travailleurs migrants internationaux", True),
    ("es", "Flujo de migrantes", True),
    ("en", "Outflow of capital", False),
    ("fr", "Flux de capitaux", False),
    ("es", "Flujo de remesas", False),
    # child marriage measures the persons married as children (SDG 5.3.1's subject)
    ("en", "Child marriage", True),
    ("fr", "Mariage des enfants par région", True),
    ("es", "Matrimonio infantil por región", True),
    ("en", "Number of child marriages reported", False),
    ("fr", "Nombre de mariages précoces", False),
    # community health workers by their programmes' acronyms
    ("en", "Number of CHAs and CHSSs deployed through the NCHA program", True),
    ("fr", "Nombre d'ASC", True),
    ("en", "CHA Program", False),
    ("en", "No. of CWSN that received facilities", True),
    # infant feeding in two words or as an acronym
    ("en", "Breast feeding initiation within 60 minutes", True),
    ("en", "EBF at 6 months", True),
    ("en", "Promotion of breast feeding", False),
    # a measure of persons as the field after a comma (CDC's cancer incidence)
    ("en", "Invasive cancer (all sites combined), incidence", True),
    ("fr", "Cancer du poumon, incidence", True),
    ("es", "Cáncer de pulmón, incidencia", True),
    ("fr", "PIB, croissance", False),
    # a service's catalogue title, the persons who receive it as the field after a comma
    # (Kenya's health sector monitoring framework)
    ("en", "Cervical cancer screening, women 30-49 (%)", True),
    ("fr", "Dépistage du cancer du col, femmes 30-49 ans (%)", True),
    ("es", "Tamizaje de cáncer cervicouterino, mujeres 30-49 (%)", True),
    ("en", "Number of HIV tests performed, women", False),
    # a second count of persons typed without accents (DANE's census tables)
    ("es", "Numero de hogares con personas mayores y numero de personas de 60 y mas anos", True),
    # money persons receive, in a currency unit and broken down by sex: of persons (P4's
    # exception; Eustat's personal income tables); by region it stays money
    ("es", "Salario medio por sexo (euros)", True),
    ("fr", "Salaire moyen par sexe (euros)", True),
    ("en", "Average monthly earnings by sex (USD)", True),
    ("es", "Renta personal media de población ocupada por tipo de renta y sexo (euros)", True),
    ("en", "Mean income by region (USD)", False),
    (
        "es",
        "Renta familiar media por edad de la persona perceptora principal y sexo (euros)",
        False,
    ),
    ("en", "Household income by sex of the head (USD)", False),
    ("en", "GDP per capita (current US$)", False),
    # persons by a condition; labour-force and poverty measures by their acronyms (India's
    # estimates); "Number on ART" (UNAIDS); Chile's and Bolivia's "cesantía"
    ("en", "Percentage of hypertensives on treatment", True),
    ("fr", "Proportion d'hypertendus traités", True),
    ("es", "Porcentaje de hipertensos en tratamiento", True),
    ("en", "LFPR per 1000 for ages 15+ Rural & Urban: Level Secondary", True),
    ("en", "Poverty HCR Estimates (%) - Rural", True),
    ("en", "Number on ART", True),
    ("en", "Number on time", False),
    ("es", "Tasa de Cesantia", True),
    # a step through a service named by its programme's acronym, given in % (WHO's HIV
    # programme indicators in DHIS2)
    ("en", "Linkage to ART (%)", True),
    ("en", "Late ART initiation (%)", True),
    ("en", "Linkage to markets (%)", False),
    ("en", "Provision of EU funds (%)", False),
    # part-time work as a share of the employed (ILO's involuntary part-time workers)
    ("en", "Rate of involuntary part-time work", True),
    ("en", "Hours of part-time work", False),
    # a measurement of the body past a bound: the share of persons measured so (DHS, WHO
    # nutrition indicators); a service's coverage as the field after a comma
    ("en", "Body Mass Index < 18.5", True),
    ("en", "Birth weight: Less than 2.5 kg", True),
    ("fr", "Indice de masse corporelle < 18.5", True),
    ("es", "Peso al nacer menor de 2500 g", True),
    ("en", "BMI calculator deployed", False),
    ("en", "Vitamin A Supplementation, two-dose coverage", True),
    ("en", "Mobile network, coverage", False),
    # new diagnoses per population are an incidence of persons; HIV diagnoses counted alone are
    # the persons diagnosed, as new infections are (five blind labels, sets 554 and 580)
    ("en", "Number of new HIV diagnoses per 100,000 population by sex", True),
    ("en", "Number of HIV diagnoses", True),
    # a first use at an age band (France's drug-use barometer)
    ("fr", "Expérimentation de cocaïne à 15-64 ans", True),
    ("es", "Experimentación de cannabis a 15-64 años", True),
    ("fr", "Expérimentation de nouvelles méthodes agricoles", False),
    # a service given in % that no list classes as a thing done to things (WHO programme
    # indicators in DHIS2); economic inactivity named alone
    ("en", "Hemoglobin testing at first antenatal care contact (%)", True),
    ("en", "HIV testing & counseling 15+ (%)", True),
    ("fr", "Dépistage du VIH (%)", True),
    ("en", "Wastewater treatment (%)", False),
    ("en", "Economic inactivity", True),
    ("fr", "Inactivité économique", True),
    ("es", "Inactividad económica", True),
    # Eurostat's at-risk-of-poverty rate in one hyphenated word; its threshold is money
    ("en", "At-risk-of-poverty rate anchored in 2008, 2008-2018", True),
    ("en", "At-risk-of-poverty threshold (EUR)", False),
    # what a health-report row counts, after a dash spaced on one side only
    ("en", "Emergency - Snake Bite -Deaths", True),
    ("fr", "Diarrhée sanglante (Shigella)- Décès", True),
    ("en", "Non -communicable diseases", False),
    # a link towards persons is not one towards a place
    ("es", "Exportaciones hacia Estados Unidos", False),
    # a health form's row: persons named by a bound and a number before them, or by an age band
    # with no noun (Malawi's HMIS 15 form); a count's abbreviation glued to "of"
    ("en", "Number of under 1 children given BCG", True),
    ("en", "Number of 15 - 49 age group tested HIV positive", True),
    ("en", "Num of 15 - 49 years receiving voluntary counselling and testing", True),
    ("en", "Number of 10 - 15 years of service", False),
    ("en", "Number of under 5 years cases", False),
    ("en", "No.of babies with Birth asphyxia", True),
    # what a row counts after a dash spaced on its right, after a visit's number
    ("fr", "Soins Postnatals 1- Mères", True),
    ("fr", "Soins Postnatals 1- Nouveau-né", True),
    ("en", "Percentage of 15- to 24-year-olds enrolled", True),
    # the persons a topic is restricted to, in its final parenthesis (MINSA's labels)
    ("es", "Cáncer Cuello Uterino (Solo mujeres)", True),
    ("es", "Examen Clínico Mama (Mujeres 60-69)", True),
    ("en", "Colorectal cancer screening (men 50-59)", True),
    ("fr", "Dépistage du cancer du col (femmes 30-49 ans)", True),
    ("es", "Camas reservadas (mujeres 18-25)", False),
    # a programme's name glued by a hyphen to the persons it counts (a state planning office)
    ("es", "Programa de Escuelas de Tiempo Completo-Docentes (Número)", True),
    ("es", "Programa de Escuelas de Tiempo Completo-Escuelas primarias (Número)", False),
    # raised blood pressure measured on persons, as diabetes (NFHS-5, WHO STEPS)
    (
        "en",
        "Mildly elevated blood pressure (Systolic 140-159 mm of Hg and/or Diastolic 90-99 mm of Hg)"
        " (%)",
        True,
    ),
    ("en", "Hypertension (%)", True),
    ("es", "Hipertensión arterial (%)", True),
    ("fr", "Hypertension artérielle (%)", True),
    ("en", "Hypertension treatment guidelines adopted", False),
    ("en", "Hypertension cases", False),
    # new cases after a condition, with no link: a health report's row counts cases
    ("fr", "Diabète nouveaux cas", False),
    ("fr", "Hypertension - nouveaux cas", False),
    ("es", "Diabetes casos nuevos", False),
    ("fr", "Taux de mortalité des cas de choléra", True),
    # persons offered as the other unit of a count, past the things' complement (R4V's joint
    # needs analysis); a complement of persons alone names whose things they are
    (
        "es",
        "Porcentaje de hogares de refugiados y migrantes venezolanos o individuos sin acceso a"
        " instalaciones de saneamiento mejoradas",
        True,
    ),
    ("fr", "Nombre de ménages de la commune ou individus sans accès à l'eau potable", True),
    ("es", "Número de hogares de mujeres o niñas", False),
    # a participle written open as one adjective with the noun before it, before more modifiers
    # (OCHA's response-plan logframes); "and/or" joins the persons' modifiers
    ("en", "# of shock affected and vulnerable boys and girls receiving learning materials", True),
    (
        "en",
        "Number of conflict and/or disaster-affected girls and boys who are enrolled in an"
        " education programme",
        True,
    ),
    ("en", "Number of flood affected and displaced households", False),
    # a body set up, then trained: no persons, whatever person verb follows (OCHA's logframes,
    # Guatemala's community councils)
    ("en", "# of Shuras established and trained on roles and responsibilities", False),
    ("es", "Número de COCODES conformados y capacitados", False),
    ("fr", "Nombre de COGES créés et formés", False),
    # a share of what was planned is no share of persons (the IASC indicator registry)
    ("en", "Quantity of input items distributed, as % of planned", False),
    (
        "en",
        "Number of institutional sites assisted (e.g. schools, health centres), as % of planned",
        False,
    ),
    ("en", "Number of people assisted, as % of planned", True),
    # an objective's verb before its figures and what it measures (Ecuador's national plan)
    (
        "es",
        "Incrementar en 2.750 mujeres rurales que se desempeñan como promotoras de sistemas de"
        " producción sostenibles",
        True,
    ),
    ("es", "Reducir de 70% a 55% la pobreza multidimensional rural", True),
    (
        "es",
        "Reducir 6 puntos porcentuales la desnutrición crónica infantil en menores de 2 años",
        True,
    ),
    ("fr", "Réduire de 30 % le nombre de femmes victimes de violences", True),
    ("fr", "Réduire de 30 % le nombre de ménages sans accès à l'eau", False),
    ("en", "Reduce by 6 percentage points chronic child malnutrition in children under 2", True),
    # the persons of a catalogue field past its breakdown (Statistics Canada)
    (
        "en",
        "Employment Insurance Program (E.I.), beneficiaries by province, age group and sex",
        True,
    ),
    ("en", "Health facilities, beds by type", False),
    # diseases counted per a number of persons, as cases are (Public Health Agency of Canada)
    ("fr", "Taux des principales maladies infectieuses pour 100 000 personnes (VIH)", True),
    ("es", "Tasa de enfermedades transmisibles por 100.000 habitantes", True),
    ("en", "Number of notifiable diseases", False),
    (
        "es",
        "Incrementar las llegadas de extranjeros no residentes al país de 468.894 en 2020 a"
        " 2.000.000 en 2025",
        False,
    ),
    # a survey table's label: what the respondent did, lived through or thinks, a finite verb
    # first and no subject (the DHS Program's labels), or what a partner did to them
    ("en", "Experienced physical violence since age 15", True),
    ("en", "Own a mobile phone", True),
    ("en", "Decides on own health care", True),
    ("en", "Agree that husband is justified in hitting or beating his wife for any reason", True),
    ("en", "Does not decide on health or purchases either alone or jointly with partner", True),
    ("en", "Slapped in past 12 mos. by partner, frequency", True),
    ("en", "Physically forced to have sex when she did not want to by partner", True),
    ("en", "Delivered at a health facility", True),
    ("en", "Heard of female circumcision", True),
    # ... not a participle before the thing it qualifies, a thing's own resources, nor things
    # done by partners, which are often organisations
    ("en", "Used vehicles sold", False),
    ("en", "Own funds raised by the municipality", False),
    ("en", "Completed projects", False),
    ("en", "Funded by partners", False),
    # a step through a service only persons take, named bare (WHO's HIV indicators)
    ("en", "TPT completion", True),
    ("en", "HTS linkage to prevention", True),
    ("en", "Retention in DSD ART models", True),
    ("es", "Retención en TAR a 12 meses", True),
    ("fr", "Initiation du TPT", True),
    # ... not a work's completion, nor a drug dispensed
    ("en", "Project completion", False),
    ("es", "Finalización de obras", False),
    ("en", "Multi-month ARV dispensing", False),
    # ... nor an undertaking's own step
    ("en", "Completion of the immunization programme", False),
    ("fr", "Achèvement du programme de construction", False),
    ("es", "Inicio del programa de vivienda", False),
    # a coverage of persons named by what was done to them, not by how it was counted
    ("en", "Fully immunised coverage", True),
    # prevalence misspelt, as health portals often write it
    ("en", "Syphilis Prevalance", True),
    # a compound adjective written open before the persons
    ("en", "Number of Gender based violence (GBV) survivors who received health care", True),
    ("en", "Reported coverage", False),
    ("en", "Planned coverage", False),
    # a range of doses before the reach it measures: the children dropping out between them
    ("en", "OPV1 to OPV3 drop-out rate", True),
    ("en", "BCG to MR1 dropout rate", True),
    ("en", "Pentavalent 1 to Pentavalent 3 coverage", True),
    ("en", "Ratio of imports to exports", False),
    ("en", "Access to markets coverage", False),
    # a survey's label on what respondents report of themselves, opening the title
    ("en", "Self-reported possession of a bank account", True),
    ("en", "Self-assessed digital skills", True),
    ("en", "Self-rated oral health", True),
    ("fr", "Autoévaluation de la santé bucco-dentaire", True),
    ("es", "Autopercepción de discriminación en el trabajo", True),
    ("en", "Self-reported incidents of burglary", False),
    ("en", "Self-reported emissions of large facilities (tCO2e)", False),
    ("en", "Mean self-reported distance to the nearest market (km)", False),
    # a disability named bare, measured on persons as a chronic condition is
    ("en", "Disability affecting mobility", True),
    ("en", "Severe disability in any Washington Group domain", True),
    ("fr", "Handicap moteur", True),
    ("es", "Discapacidad auditiva", True),
    ("en", "Disability inclusion strategy adopted", False),
    ("en", "Disability-adjusted life years lost", False),
    ("es", "Centros de atención a la discapacidad", False),
    # a respondent's answer on what they were given, the verb first
    ("en", "Received 2+ doses of IPTp during pregnancy", True),
    ("en", "Received a bed net during the last campaign", True),
    ("en", "Received applications processed within 30 days", False),
    ("en", "Received donations (USD)", False),
    # a survey's variable label: a singular respondent, then a verb in the third person
    ("en", "Respondent has a valid national ID card", True),
    ("en", "Individual belongs to a village savings and loan association", True),
    ("en", "Household member knows the nearest HIV testing site", True),
    ("en", "Facility has a functioning generator", False),
    ("en", "Household has access to an improved water source", False),
    # child-health services of a nutrition programme: their coverage is of children
    ("en", "Deworming coverage", True),
    ("en", "Growth monitoring coverage", True),
    ("fr", "Couverture en déparasitage", True),
    ("es", "Cobertura de desparasitación", True),
    ("en", "Deworming tablets distributed", False),
    # a word negated by "non-" is of the kind of the word it negates
    ("fr", "Taux de non-scolarisation (primaire, collège)", True),
    ("fr", "Part des non-salariés dans l'emploi total", True),
    ("fr", "Taux de non-réponse", False),
    # the guests of an event; a quote received is no person
    ("en", "Number of guests at the launch event", True),
    ("fr", "Nombre d'invités à la cérémonie de remise des prix", True),
    ("es", "Número de invitados al foro regional", True),
    ("fr", "Nombre de devis reçus des fournisseurs", False),
    # a satisfaction rate is the share of respondents satisfied, unless of things
    ("fr", "Taux de satisfaction sur l'organisation des ateliers", True),
    ("es", "Tasa de satisfacción con la atención recibida", True),
    ("en", "Satisfaction rate with the training venue", True),
    ("fr", "Taux de satisfaction des demandes de logement social", False),
    ("en", "Satisfaction rate of requests for information", False),
    # the nights of a stay are no persons
    ("en", "Guest nights spent in hotels", False),
    # the health workforce by its acronym
    ("en", "Core HRH density by county", True),
    ("en", "HRH strategic plan costed", False),
    # completing a level of schooling is a step only persons take
    ("es", "Conclusión de la primaria a los 14 años", True),
    ("es", "Conclusión del proyecto de agua potable", False),
    # an age bound spelled in words names the persons of that age
    ("en", "Proportion of under two years receiving vaccine against Measles and Rubella 2", True),
    ("en", "Proportion of under five years sleeping under ITN", True),
    ("en", "Number of under five years of service", False),
    # entities are organisations
    ("fr", "Nombre d'entités formées ou soutenues pour la prévention", False),
    ("en", "Number of public entities trained on gender budgeting", False),
    ("es", "Número de entidades capacitadas", False),
    ("es", "Total de investigadores en la entidad", True),
    # the coverage of a screening examination is a share of the persons examined
    ("es", "Cobertura mamografia.", True),
    ("es", "TASA DE COBERTURA DE CONTROL ODONTOLÓGICO", True),
    ("fr", "Taux de couverture en mammographie", True),
    ("en", "Pap smear coverage", True),
    ("en", "Number of mammography units", False),
    # survival is of patients, unless of things
    ("en", "One year survival from all cancers (NHS OF)", True),
    ("fr", "Survie nette standardisée à 5 ans des patients diagnostiqués", True),
    ("es", "Sobrevida a 5 años del cáncer de mama", True),
    ("en", "Survival of red list species", False),
    ("fr", "Indice de survie des espèces de la liste rouge (pire 0-1 meilleur)", False),
    ("es", "Tasa de supervivencia de las empresas", False),
    # a vaccination coverage of livestock covers no persons
    ("fr", "Taux de couverture vaccinale du cheptel suivi", False),
    ("es", "Cobertura de vacunación del ganado", False),
    ("fr", "Couverture vaccinale des enfants de 12-23 mois", True),
    # the steps of the HIV and hepatitis care cascades, as rates
    ("en", "ART Initiation Rate (Newly Identified)", True),
    ("en", "HBV Treatment Initiation Rate", True),
    ("en", "HEI Loss to Follow-Up Rate", True),
    # capital and finance are money
    ("en", "Private capital mobilized for mini grids", False),
    ("en", "Private finance mobilized for solar home systems", False),
    # a prefix written apart from its noun: "micro-entreprises" are firms
    ("fr", "Taux de formalisation des micro-entreprises accompagnées", False),
    ("es", "Número de micro-empresas apoyadas", False),
    # patents and land titles are things
    ("es", "Número de patentes registradas", False),
    ("fr", "Nombre de brevets déposés", False),
    ("en", "Cumulative number of land user rights titles issued to associations", False),
    ("en", "Number of women with land titles", True),
    # a household's money broken down by its head's race or sex stays money
    ("en", "Real Median Household Income by Race and Ethnicity", False),
    ("en", "Average Annual Family Income, Expenditure and Savings, by Sex", False),
    ("en", "Average earnings by sex and age", True),
    # violence that respondents report having suffered, named bare
    ("en", "Physical and/or Sexual Violence by an Intimate Partner", True),
    ("en", "Sexual violence before exact age 12", True),
    ("es", "Violencia física alguna vez", True),
    ("es", "Violencia sexual, últimos 12 meses", True),
    ("fr", "Violences physiques subies au cours des 12 derniers mois", True),
    ("fr", "Violence domestique signalée à la police", False),
    ("en", "Domestic Violence Calls For Service per 1,000 Residents", False),
    ("en", "Number of GBV incidents reported", False),
    # a compound modifier written without its hyphen
    ("en", "Health related quality of life for carers", True),
    ("en", "Alcohol related admissions (narrow measure)", False),
    # a country's states are no persons
    ("en", "Qualified states receiving technical assistance", False),
    ("en", "Percentage of women in state legislatures", True),
    # a share named as the final unit
    ("es", "Vacuna Influenza (Proporción %)", True),
    ("en", "BCG vaccine (percentage)", True),
    ("en", "Measles vaccine (doses)", False),
    # a service given with the ages of the persons it is taken over (HEDIS measure names)
    ("en", "Chlamydia Screening: Ages 16 to 20", True),
    ("en", "Screening for Depression and Follow-Up Plan: Age 18 and Older", True),
    # a farm's producers are persons (as "producteurs", "productores"), not before a noun
    ("en", "Percentage of producers adopting climate change adaptation techniques", True),
    ("en", "Producer price index", False),
    # a rating of what persons do or have, written with no "to which"
    ("en", "Extent persons of concern have access to legal assistance", False),
    ("en", "Extent girls and boys are protected against harmful practices", False),
    # two hyphenated adjectives listed before the noun they qualify
    ("en", "First-time, full-time student retention rate at four-year institutions", True),
    ("en", "Percentage of non-afro, non-indigenous population", True),
    ("en", "Number of e-vouchers, e-wallets and accounts", False),
    # learners named by their level or their stage of studies
    ("en", "Percentage of undergraduates aged 25 and above", True),
    ("en", "Percentage of low achievers in science (PISA)", True),
    # money of persons broken down by sex (SPEC P4's exception)
    ("en", "Median debt for students, by sex", True),
    # INSEE's and the health insurer's abbreviations; sports licence holders
    ("fr", "Part des pers. âgées de 75 ans ou + 2022", True),
    ("fr", "Part des bénéf. en ALD dans la pop 2024", True),
    ("fr", "Part des licenciés sportifs 0/14 ans", True),
    # persons named by their population group (Statistics Canada, Curbcut Montréal), also as a
    # breakdown; a balance of payments and a gap of poverty count no one
    ("en", "Visible minorities (%)", True),
    ("fr", "Minorités visibles (%)", True),
    (
        "fr",
        "Confiance envers les institutions canadiennes, selon les groupes désignés comme "
        "minorités visibles et certaines caractéristiques sociodémographiques, 2020",
        True,
    ),
    ("fr", "Balance des Paiements mensuelle - Compte financier", False),
    ("es", "Brecha de la pobreza monetaria", False),
    # persons on a benefit named after its qualifiers (New Zealand's MSD benefit statistics)
    ("en", "Number on jobseeker support benefit", True),
    # a bare participation in something is persons'; one qualified by a thing is not
    ("en", "Participation in social networks", True),
    ("fr", "Participation aux instances décisionnelles communautaires", True),
    ("es", "Participación en elecciones municipales", True),
    ("en", "Hospital participation in Perinatal Quality Collaboratives", False),
    # India's MoSPI writes life expectancy as "life expectation"
    ("en", "Life Expectation at age 60", True),
    # persons counted beside the households of a target, not a rate's persons (WDI)
    ("en", "Hospital beds (per 1,000 people)", False),
    # a level or an index of a satisfaction is a score; its share is the persons satisfied; a
    # gender-budgeting framework names no persons (sets 439, 442, 444)
    ("es", "Nivel de satisfacción con los servicios de atención", False),
    ("es", "Índice de satisfacción con la atención recibida", False),
    ("fr", "Niveau de satisfaction avec les services", False),
    ("en", "Gender Budgeting and Mainstreaming Frameworks", False),
    ("es", "Porcentaje de satisfacción general al realizar pagos, trámites o solicitudes", True),
    ("en", "Percentage of satisfaction with services", True),
    ("es", "Porcentaje con discapacidad", True),
    # general practitioners, not GPS devices (NHS England's ICS metrics, set 446)
    ("en", "Number of GPs per 100,000 patients (registered)", True),
    ("en", "Number of GPS distributed", False),
    # a workforce's turnover counts its leavers; a firm's is money (set 446)
    (
        "en",
        "Mental Health Staff Turnover (Total Leavers / Total Workforce at start of period)",
        True,
    ),
    ("en", "Annual turnover", False),
    # arrivals of travellers are trips; the human development index is an index (set 440)
    ("es", "Llegada de turistas a hoteles", False),
    ("fr", "Arrivée de touristes dans les hôtels", False),
    ("es", "Índice de Desarrollo Humano en Salud para las Mujeres", False),
    ("en", "Human Development Index for women", False),
    ("en", "Proportion of department heads championing for budget allocations", True),
    # incidences counted are incidents; an incidence is a rate of persons (set 442)
    ("en", "# of incidences reported through the speak out boxes", False),
    ("en", "Incidence of malaria per 1,000 population", True),
    # the share of persons below a line, the count naming no noun (US census tables, set 443)
    ("en", "Percent Below Poverty Line", True),
    ("en", "Bachelor's degree attainment", True),
    # an index computed over services' coverage is an index (WHO, set 446); a coverage is not
    ("en", "UHC Service Coverage Index", False),
    ("en", "BCG coverage", True),
    # words joined by an underscore inside a title (NHS England's ICS metrics, set 446)
    ("en", "Number of Primary Care Admin_staff per 100,000 patients (registered)", True),
    # a Spanish verb's first person is the noun it also is: no clause of persons (set 440)
    ("es", "Concesiones de autorización de residencia y trabajo a mujeres extranjeras", False),
    ("es", "Número de mujeres que trabajan", True),
    # a participle joined to a person noun before a clause's verb (humanitarian logframes, set 450)
    ("en", "# of people affected receiving house, land and property support (PRT)", True),
    ("en", "Number of conflict affected housing units repaired", False),
    # an age bound written as a sign before the persons (Save the Children's forms, set 450)
    ("en", "# of <5 children with diarrhoea having access to appropriate treatment", True),
    # a household's headship is the household's; methods distributed are commodities; the
    # occupants of a dwelling are persons (INE Guatemala, Uruguay and Costa Rica, set 447)
    ("es", "Jefatura de hogar por sexo, según estado conyugal", False),
    ("en", "Household headship by sex", False),
    ("es", "Método de planificación familiar entregados por sexo, según tipo de método", False),
    ("es", "Promedio de ocupantes", True),
    ("es", "Promedio de ocupantes por vivienda", False),
    ("es", "Mujeres jefas de hogar", True),
    # a rate of a service only women receive, by its acronym (Burkina Faso's HMIS, set 452)
    ("fr", "Taux de CPN 1", True),
    # things qualifying a rate per persons are what it counts (Baltimore's Vital Signs, set 459;
    # WDI convention W5), not a share of persons (WDI's credit bureau coverage)
    ("en", "Fast Food Outlet Density (per 1,000 Residents)", False),
    ("en", "Bank branch density (per 100,000 adults)", False),
    ("en", "Private credit bureau coverage (% of adults)", True),
    ("en", "Health worker density (per 1,000 population)", True),
    # shootings are offences, observers persons (sets 459 and 461)
    ("en", "Number of Shootings per 1,000 Residents", False),
    ("en", "Observers completing training", True),
    # a gap opened by "between" is taken between what follows (France's anti-poverty scoreboard)
    (
        "fr",
        "écart entre la proportion d'adolescents ayant au moins deux dents cariées non soignées "
        "selon les catégories sociales",
        True,
    ),
    ("fr", "Écart entre les régions", False),
    # the severity of poverty is a measure of poverty, as its gap is (INS Cameroun, SDSN Bénin)
    ("fr", "Sévérité de la pauvreté (%)", False),
    ("es", "Severidad de la pobreza", False),
    # "retraites" written without an accent are pensions, not retirees (Cercle Indicateurs)
    ("fr", "Part des retraites et des prestations sociales dans le revenu disponible", False),
    ("fr", "Nombre de retraités", True),
    # healthy life years, as life expectancy; job satisfaction is persons' (Eurostat, set 467)
    ("en", "Healthy life years at birth", True),
    ("en", "Rate of Job satisfaction by public employees", True),
    # persons or households, spaced around the slash: either is counted, not persons per
    # households (set 450); persons per one household is still a household's size
    ("en", "# of people / households receiving a cash or voucher transfers.", True),
    ("fr", "Nombre de personnes / ménages assistés", True),
    ("fr", "Nombre moyen de personnes / ménage", False),
    # the money of persons with no breakdown is money (SPEC; SDG labels' P4: sets 453, 472);
    # of a group only persons make (one sex, a disability) it is P4's exception
    ("es", "Media de ingresos de los productores de alimentos en pequeña escala", False),
    ("en", "Mean nominal monthly earnings of employees", False),
    ("en", "Average hourly earnings of female employees", True),
    ("es", "Ingreso medio por hora de trabajo de las personas con discapacidad", True),
    ("en", "Pension recipients", True),
    # an age at an event is a time, as an entrance age is (conventions W3; sets 452, 473)
    ("fr", "Âge moyen singulier au mariage", False),
    ("en", "Singulate mean age at marriage", False),
    ("es", "Edad media al primer matrimonio", False),
    # the share of a population that is urban, net emigration (sets 473, 476)
    ("fr", "Taux d'urbanisation", True),
    ("es", "Tasa de urbanización", True),
    ("fr", "Émigration nette", True),
    # an age alone after a share names the persons of that age (sets 473, 478)
    ("en", "Share of 65+ receiving basic security", True),
    ("fr", "Pourcentage 0-4", True),
    ("fr", "Pourcentage 2015-2020", False),
    # a series' total after a dash is a field, not what is counted (set 478)
    ("es", "Cobertura neta secundaria — total país", True),
    ("es", "Escolaridad promedio (15+) — total país", True),
    # natives, carriers of an infection; administrative procedures (sets 473, 478)
    ("fr", "Natifs du territoire", True),
    ("es", "Portadores de VIH avanzado con antirretrovirales (%)", True),
    ("es", "Trámites que declaran su tiempo de respuesta", False),
    # corruption counted is offences, as crimes are; readmissions are events (sets 472, 475)
    ("es", "Tasa de Incidencia de Corrupción", False),
    ("en", "Incidence of corruption", False),
    ("es", "Tasa de reingreso de pacientes hospitalizados en menos de 15 días", False),
    # ... but the prevalence of an offence is of the persons who suffered it (sets 439, 466)
    ("es", "Tasa de prevalencia de corrupción al realizar un trámite personal", True),
    # "personnels" after a noun is "one's own", not staff (set 476)
    ("fr", "Objectifs personnels planifiés", False),
    ("fr", "Nombre de personnels formés", True),
    # a second count after a comma is a part of a composite (P9; sets 471, 477)
    ("es", "Contenido de los cursos, nº de horas y nº de personas formadas desagregado", True),
    (
        "en",
        "Number of parcels registered with titles deeds, Proportion of total population who "
        "perceive their rights to land as secure.",
        True,
    ),
    ("en", "Number of schools, number of classrooms", False),
    # violence counted per a number of persons is the incidents recorded (sets 454, 478)
    ("fr", "Violences intrafamiliales (pour 1 000 hab.)", False),
    ("en", "Domestic violence (per 1,000 population)", False),
    # micro-businesses; the transition of pupils to the next level (sets 451, 472)
    ("es", "Variación de ingresos de micronegocios atendidos", False),
    ("es", "Tránsito inmediato a educación superior (zonas rurales)", True),
    ("es", "Porcentaje de transición de primaria a secundaria de estudiantes del programa", True),
    # money in a currency of persons named by their sex is P4's exception (set 483)
    (
        "es",
        "Ingreso promedio mensual proveniente del trabajo de hombres y mujeres, según área de "
        "residencia (Soles corrientes)",
        True,
    ),
    ("es", "Renta familiar media de los hogares (euros)", False),
    # the acts of justice and the bodies that take them are things (set 480)
    (
        "es",
        "Porcentaje de órdenes de protección otorgadas que fueron trabajadas y/o notificadas "
        "efectiva y personalmente a la persona agresora en relación al total.",
        False,
    ),
    ("es", "Carpetas de Investigación iniciadas contra personas agresoras", False),
    ("es", "Número de mujeres con orden de protección", True),
    # a survey label led by a past tense, taken over persons (CDC's indicators; set 479)
    ("en", "Visited dentist or dental clinic in the past year among adults", True),
    ("en", "Recorded visits among adults", False),
    # deaths written as cases; school failure; children cured, a nutrition report's row; the
    # years of life lost by those who died early (sets 479, 484)
    ("fr", "Nombre de cas de décès liés au paludisme enregistrés par le RECO", True),
    ("fr", "Taux d'échec scolaire", True),
    ("fr", "Guéris UNTA", True),
    ("en", "Years of Potential Life Lost Rate: Age-adjusted YPLL rate per 100,000", True),
    ("en", "DALYs per 100,000", False),
    # a state in the singular measured among persons is their share with it (CDC; set 479), not
    # an amount ("Binge drinking frequency among adults who binge drink")
    ("en", "Short sleep duration among adults", True),
    ("en", "No leisure-time physical activity among adults", True),
    ("en", "Time spent on unpaid care work among women", False),
    ("en", "Hospitalizations among adults", False),
    # the clients of care only women receive, registered for it (India's HMIS; set 474)
    ("en", "ANC registered", True),
    # the labour force written without its hyphen; wage employment; the flows of migrants; the
    # share of pupils at the grade for their age; learners at a level (sets 487, 488, 489)
    ("fr", "Sous-utilisation de la main d'œuvre", True),
    ("fr", "Taux de salarisation", True),
    ("es", "Emigración internacional (con nota metodológica)", True),
    ("es", "Tasa de idoneidad a los 15 años", True),
    ("en", "Minimum proficiency in reading in grade 2 or 3", True),
    ("fr", "Coût de la main d'œuvre", False),
    # a poverty threshold is money; person-days are time (sets 490)
    ("en", "At-risk-of-poverty thresholds", False),
    ("en", "Women Persondays out of Total (%)", False),
    # a vaccine given to persons named with their age bound in parentheses (set 492)
    ("en", "BCG (children under one year)", True),
    ("es", "Donantes Aceptados", True),
    # money for persons named by their sex (EIGE; set 491)
    ("en", "Median income for women and men (euros)", True),
    ("en", "Median income for households (euros)", False),
    # the share of the population who feel unsafe (ENVIPE; sets 439, 500); a perception of an
    # offence is not the offences counted
    ("es", "Percepción de inseguridad en la entidad", True),
    ("es", "Percepción de corrupción en instituciones que imparten justicia", False),
    ("es", "Incidencia de corrupción", False),
    # road accidents are events (set 498)
    ("es", "Número de siniestros viales", False),
    # a household's money stays money, whoever is named (P4; set 502)
    ("en", "Average household income of women", False),
    # "per capita" before what it divides is a normaliser (UNDP's strategic plan; set 495)
    ("en", "Per capita GHG emissions (tCO2eq/person)", False),
    # a killing counts its victims, as a homicide does (MRM; set 499)
    ("en", "Killing of Children", True),
    # learners' scores in a test sum up persons, as years of schooling do (sets 451, 459, 463,
    # 464, 491, 501); an index's score does not
    ("en", "High school reading and mathematics test scores", True),
    ("es", "Puntaje Saber 11 - Matemáticas", True),
    ("fr", "Pourcentage de réponses correctes à l'évaluation de 4e année (CE2)", True),
    ("en", "Index score", False),
    ("es", "Puntaje del índice de desempeño", False),
    # the years of potential life lost in French; vulnerability rates, migration flows,
    # attendance and intake rates, a perceived health (sets 452, 456, 462, 463, 465, 468, 473)
    ("fr", "Années de vie potentielles perdues", True),
    ("fr", "Taux de vulnérabilité", True),
    ("fr", "Flux migratoire total", True),
    ("fr", "Taux d'assiduité scolaire", True),
    ("fr", "Taux Brut d’Accès (TBA)", True),
    ("fr", "Évolution des TBS par CISCO", True),
    ("en", "Perceived good health", True),
    ("fr", "Flux financiers", False),
    # unaccompanied children by their acronym; several activities (sets 481, 489)
    ("fr", "ENA réunifiés", True),
    ("fr", "Taux de pluriactivités", True),
    # a difference taken between persons is a gap; the money of persons broken down by another
    # attribute only persons have, or compared between two groups of them (P4; sets 502, 508)
    ("fr", "Différence entre le taux d'emploi des femmes et des hommes", True),
    ("en", "Median annual labor earnings of full-time/full-year workers by education status", True),
    ("es", "Ingreso promedio de los trabajadores por nivel educativo", True),
    (
        "es",
        "Brecha en el salario horario entre asalariados registrados y asalariados no registrados",
        True,
    ),
    ("es", "Salario medio de los asalariados", False),
    ("fr", "Différence de prix entre les régions", False),
    # an effective coverage of a territory; of an act in the singular among persons (508, 504)
    (
        "fr",
        "Couverture effective du territoire par au moins un outil de planification et de gestion"
        " de l'eau",
        False,
    ),
    ("es", "Cobertura efectiva del territorio nacional", False),
    (
        "es",
        "Cobertura de evaluación del desarrollo psicomotor en niños y niñas de 12 a 23 meses",
        True,
    ),
    ("es", "Cobertura de agua potable en escuelas", False),
    # operations suspended among patients are events; abortions counted too, per women a rate
    (
        "es",
        "Porcentaje de suspensión de intervenciones quirúrgicas en pacientes de tabla quirúrgica"
        " programada.",
        False,
    ),
    ("en", "Number of abortions among adolescents (under 14 years, 15-18 years)", False),
    ("fr", "Taux d'avortements pour 1000 femmes", True),
    # farm workers, wage earners, staff turnover, Mexican "profesionistas" (sets 503-509)
    ("fr", "Evolution des actifs agricoles entre 2008 et 2019", True),
    ("fr", "Taux de salariat", True),
    ("fr", "Taux de rotation du personnel titulaire", True),
    ("fr", "Rotation des équipes", False),
    (
        "es",
        "Proporción de profesionistas STEM respecto al total de profesionistas por estado",
        True,
    ),
    # the subscribers of a telecommunication service are its subscriptions (W5; set 505)
    (
        "en",
        "The number of fixed (wired) broadband Internet subscribers is broken down by speed",
        False,
    ),
    ("en", "Number of subscribers to the newsletter", True),
    # a population density said by its adjective (a municipal data hub, set 512)
    ("es", "Densidad poblacional", True),
    ("fr", "Densité démographique", True),
    # a Spanish survey label led by a respondent's verb (household surveys, sets 512 and 488)
    ("es", "% Asiste a una escuela privada (eduación regular)", True),
    ("es", "Tuvo un episodio depresivo en los últimos 12 meses", True),
    ("es", "No asiste a la escuela", True),
    # a use of treated nets is persons'; nets distributed are things (set 481)
    ("fr", "Taux d'utilisation des moustiquaires imprégnées", True),
    ("fr", "Nombre de moustiquaires distribuées", False),
    # games, societies, start-ups and properties are no persons (sets 511, 513)
    ("en", "Number of annual Kenya youth inter-counties ball games organized", False),
    ("en", "No of cooperative societies accessing Credit", False),
    ("en", "No of Business Gateway Start-Ups per 10,000 Population", False),
    ("en", "% of Properties Receiving Superfast Broadband", False),
    ("en", "Number of property owners", True),
    # a change in a count of persons, its noun right after the share (results frameworks)
    ("en", "% increase in the number of farmers adopting new practices", True),
    ("en", "Percentage increase in the number of women trained", True),
    ("en", "% increase in yields", False),
    # the banking rate of households is theirs (set 518)
    ("fr", "Taux de bancarisation des ménages", False),
    ("fr", "Taux de bancarisation de la population adulte", True),
    # telecom subscribers in Spanish; a pro-poor finance is money (sets 515, 516)
    ("es", "Número de suscriptores de Internet fijo por cada 1000 habitantes", False),
    ("en", "Pro-poor financing", False),
    # the French acronym of NEET (set 489)
    ("fr", "Taux de NEEF", True),
    # persons lost to follow-up (an HIV package, set 522); a measure taken over households
    ("en", "Reported Lost To Follow Up", True),
    ("en", "Prevalence of moderate or severe food insecurity in the HHs (FIES)", False),
    ("es", "Prevalencia de inseguridad alimentaria en el hogar (moderada o severa)", False),
    ("en", "Prevalence of food insecurity among children", True),
    # pupils by their grade; renters; volunteering, low income, social assistance, graduation
    # and self-rated health in French (sets 519, 520)
    (
        "en",
        "Increase the proportion of 8th-graders with reading skills at or above the proficient"
        " level",
        True,
    ),
    ("en", "Percent renters", True),
    ("fr", "Taux de bénévolat", True),
    ("fr", "Taux de faible revenu", True),
    ("fr", "Taux d'aide sociale", True),
    ("fr", "Diplomation postsecondaire", True),
    ("fr", "Sante mentale autoevaluee", True),
    # a status in care put first with its service; the persons a programme loses; children
    # named by their vaccination status (sets 522, 492)
    ("en", "Initiated ART within 14 days of positive test (%)", True),
    ("en", "Initiated projects", False),
    ("en", "ART Attrition (%)", True),
    ("en", "Fully immunized (NIP schedule)", True),
    ("en", "Number of vaccinated livestock", False),
    # the use of the Internet is persons'; naturalisations and migration inflows count persons
    # (sets 473, 465)
    ("fr", "Utilisation d'Internet", True),
    ("fr", "Nombre d'abonnements à Internet", False),
    ("fr", "Naturalisations", True),
    ("fr", "Entrées migratoires", True),
    # enrolment and intake ratios by their acronyms; "Govt." ends no sentence (set 517)
    ("en", "GER Post-secondary 17-20", True),
    ("en", "GIR (KG) primary", True),
    ("en", "Transition Rate in Govt. Institutions (Primary to Middle)", True),
    # a company's workforce by a field after a dash, its new hires and its top management
    # (GRI/ESRS disclosures, set 531)
    ("en", "Number of employees — part-time", True),
    ("en", "New hire rate", True),
    ("en", "New hires in Rayong", True),
    ("en", "Equipment hire costs", False),
    # the heads of households in the plural, a graduate shortened, a possessive in an irregular
    # plural, murders (sets 528, 530, 534)
    ("en", "Heads of Households", True),
    ("en", "VET grad outcomes", True),
    ("en", "Children’s hearing loss", True),
    ("en", "Murder Rate per 100,000", True),
    ("en", "Proportion of Obese (%)", True),
    # what is counted named after a dash and an article (New Zealand's child poverty
    # indicators, set 530)
    (
        "en",
        "Potentially avoidable hospitalisations – the rate of children (ages 0-15) hospitalised"
        " for potentially avoidable illnesses",
        True,
    ),
    # how far persons named right after it do something (Canada's departmental plans, set 529);
    # how far a thing is done is no count of persons (SDG 4.7.1)
    (
        "fr",
        "La mesure dans laquelle les clients sont satisfaits de la prestation des services du"
        " gouvernement du Canada, exprimée en pourcentage",
        True,
    ),
    ("en", "Extent to which clients are satisfied with the services", True),
    (
        "en",
        "Degree to which the military officer and NCO corps regard use of the military for"
        " partisan political purposes as strictly forbidden",
        False,
    ),
    (
        "es",
        "Grado en que i) la educación para la ciudadanía mundial y ii) la educación para el"
        " desarrollo sostenible se incorporan en a) las políticas nacionales de educación",
        False,
    ),
    # a change or a gap said in percent before what it is of (set 529)
    (
        "fr",
        "Augmentation en pourcentage du nombre d’utilisateurs menant de la recherche dans les"
        " installations appuyées.",
        True,
    ),
    ("fr", "Dépenses en pourcentage du PIB", False),
    (
        "fr",
        "Différence en pourcentage entre le taux de chômage dans les domaines des SNG et le taux"
        " de chômage national.",
        True,
    ),
    ("en", "Difference between the prices of maize and rice", False),
    # care for persons is theirs, a programme for them is not (Medicaid's Core Set, set 539)
    (
        "en",
        "Diabetes Screening for People with Schizophrenia or Bipolar Disorder Who Are Using"
        " Antipsychotic Medications",
        True,
    ),
    # persons as the unit in a closing parenthesis, also under a thing; not an acronym there
    # (CGAP's supply-side indicators, set 535; set 476)
    ("en", "Loans (borrowers)", True),
    ("en", "Loans (number)", False),
    ("fr", "Part des dépenses alimentaires des ménages (FES)", False),
    # a span counted from an event between a state and its persons (the CFSR, set 539)
    ("en", "Permanency in 12 Months for Children Entering Substitute Care (CFSR)", True),
    # how persons work, after the participle that says it (NCSES tables, set 550); the sex
    # makeup of a body (Victoria's gender equality indicators, set 550)
    ("en", "Persons employed part-time", True),
    ("en", "Number of full time equivalent posts", False),
    ("en", "Gender Composition of the duty holder organisation (critical)", True),
    # French and Spanish at parity with English: stillbirths, new infections, a body measure
    # past a threshold written with hyphens or an article (UNICEF's and Naomi's lists, sets
    # 551, 552, 556); perpetrators (Primero, set 553); stillbirths in two words (set 554); a
    # total's word before a bare count (set 557)
    ("fr", "Taux de mortinatalité", True),
    ("fr", "Nouvelles infections", True),
    ("fr", "Taille-pour-âge <-2 SD (retard de croissance)", True),
    ("es", "Altura para la edad <-2 DE (retraso del crecimiento)", True),
    ("es", "Perpetradores", True),
    (
        "es",
        "Porcentaje de infecciones del torrente sanguíneo debidas a determinados organismos"
        " resistentes a los antimicrobianos seleccionados",
        False,
    ),
    ("en", "No of still births", True),
    ("en", "Total number attending first ANC", True),
    ("en", "Total number of schools", False),
    # an age bound by its initial (a child-health logframe, set 538)
    (
        "en",
        "% of children U2 months with diarrhea in the past 2 weeks treated with ORS or home fluids",
        True,
    ),
    # a target statement whose subject is the project, in French and Spanish as in English: the
    # persons it reaches or benefits (future tenses, a modal, an adverb, the "a" of the
    # recipient; set 542); a service that covers households reaches no persons
    (
        "fr",
        "Les interventions du projet doivent toucher directement 50.000 personnes (40% de "
        "femmes) dont 25.445 exploitants agricoles.",
        True,
    ),
    ("fr", "Le projet touchera 50 000 personnes", True),
    ("fr", "Le programme bénéficiera à 2 000 personnes", True),
    ("es", "El proyecto beneficiará a 2.000 personas", True),
    ("es", "Las intervenciones del proyecto llegan directamente a 50.000 personas", True),
    ("es", "El proyecto alcanzará a 3.000 jóvenes", True),
    ("fr", "Les services de santé couvrent 60 % des ménages", False),
    ("fr", "Le projet bénéficie de financements", False),
    ("es", "El programa cubre el 60% de los hogares", False),
    # a short tag in brackets or parentheses before the title, spaced or glued (sets 560, 566)
    (
        "en",
        "[Core] Number of people whose resilience has been improved as a result of project "
        "activities",
        True,
    ),
    ("fr", "(SAR migrants)Nombre de personnes secourues", True),
    # ... the tag past, what it counts is read as ever: things set up (a phrasal founding verb)
    # and boats assisted are no persons (sets 510, 560)
    (
        "en",
        "[Custom] Number of finance instruments set up to mobilize private/public sector "
        "investments in support of WRM",
        False,
    ),
    ("en", "Number of finance instruments set up to mobilize private sector investments", False),
    ("fr", "(SAR migrants)Nombre d'embarcations assistées pour un retour à terre", False),
    ("en", "Number of vessels inspected", False),
    ("es", "Número de buques inspeccionados", False),
    # a template's placeholder for the target group is the persons counted (IndiKit; sets 559,
    # 566)
    ("en", "% of [specify target group] who are aware of the promoted adaptation measures", True),
    ("fr", "% de [spécifiez le groupe cible] connaissant les mesures d’adaptation promues", True),
    ("es", "% de [especifique el grupo meta] que conocen las medidas promovidas", True),
    # a bare membership is its members' (sets 528, 565), as a participation; an affiliation in
    # Spanish too; not the fees of one, nor a body's membership counted
    ("en", "Membership in sports clubs", True),
    ("en", "Membership in Cooperatives", True),
    ("es", "Afiliación a la seguridad social", True),
    ("en", "Membership fees collected", False),
    ("en", "Number of cooperatives with membership above 50", False),
    # the risk-of-poverty rate, as the at-risk-of-poverty rate; not its threshold (set 565)
    ("en", "Risk-of-poverty rate", True),
    ("en", "Risk-of-poverty threshold", False),
    # a violence read past to its complement is the persons' who suffer it (set 569), unless
    # it is reported: then the incidents a service records
    ("es", "Tasa de violencia de género e intrafamiliar", True),
    ("es", "Tasa de violencia de género denunciada", False),
    # persons diagnosed with HIV, as new infections count them (UNAIDS GAM, set 580); not the
    # facilities or the equipment of a diagnosis
    ("en", "# new HIV diagnoses among infants (0-18 months)", True),
    ("en", "Late HIV diagnosis", True),
    ("en", "Number of facilities offering HIV diagnosis", False),
    # an age range hyphenated throughout, or its last hyphen spaced (set 575)
    ("en", "Percentage 6-to-13-year-olds NOT attending school", True),
    ("en", "Percentage 14-to-17- year-olds attending secondary school only", True),
    # the persons a service is given to, as its complement (set 580); not the things
    ("en", "Screening of children for malnutrition", True),
    ("fr", "Dépistage des enfants malnutris", True),
    ("en", "Testing of samples", False),
    ("fr", "Dépistage des échantillons", False),
    # a bare count past a status adverb, then what was done to those counted (set 575)
    ("en", "Number currently enrolled", True),
    ("en", "Total number currently in stock", False),
    # a respondent's use of what only persons use, its verb first past a status (DHS tables,
    # set 573), family planning by its acronym; not a use of equipment
    ("en", "Currently using any modern method", True),
    ("en", "Currently using modern FP method", True),
    ("en", "Use modern contraceptive method", True),
    ("en", "Current use of any modern method", True),
    ("en", "Currently using ICT equipment", False),
    # a link word typed twice (set 507)
    ("en", "Number of of girls provided with sanitary/dignity kits & MHM Education", True),
    # an incidence qualified as of crime counts the offences (sets 440, 466)
    ("es", "Tasa de incidencia delictiva", False),
    ("es", "Tasa de incidencia de dengue", True),
    # out-of-school children by their acronym (India's Samagra Shiksha, set 567)
    ("en", "Percentage of OoSC mainstreamed as per PRABANDH Portal", True),
    # the sex balance of a body named after it is its members' (sets 500, 574)
    ("es", "Paridad de género en congresos locales", True),
    ("es", "Brecha de género en el crédito", False),
    # persons per a unit of area in a closing parenthesis: population density (SPEC W4, set
    # 574); persons per household are its size, things per hectare no persons
    ("es", "Densidad bruta (Habitante/ha)", True),
    ("en", "Density (persons/km2)", True),
    ("en", "Density (trees/ha)", False),
    ("es", "Promedio (personas/hogar)", False),
    # those who speak a language (set 565)
    ("en", "Gaelic speakers", True),
    ("fr", "Nombre de locuteurs de langues nationales", True),
    ("es", "Hablantes de lenguas indígenas", True),
    # a screening named alone is its coverage (HEDIS and Medicaid core-set measures, sets 519,
    # 539); screenings counted are events; a screening, a vaccination of things is no person's
    ("en", "Breast Cancer Screening", True),
    ("en", "Developmental Screening in the First Three Years of Life", True),
    ("fr", "Dépistage du cancer du sein", True),
    ("es", "Tamizaje de cáncer de cuello uterino", True),
    ("en", "Number of screenings conducted", False),
    ("es", "Número de tamizajes realizados", False),
    ("en", "Screening of blood donations", False),
    ("en", "Screening applied to all new projects", False),
    ("en", "Vaccination of livestock against FMD", False),
    ("fr", "Vaccination du bétail", False),
    # a predicate after a measure ends its subject ("decreased"), a change's noun before its
    # link does not ("Annual increase in …", set 586)
    ("en", "Maternal Mortality Ratio (MMR) decreased per 100,000 LB", True),
    ("en", "Unemployment rate decreased", True),
    ("en", "Average annual increase in freshmen enrolment in MSHEIs", True),
    ("en", "Net increase in enrolment", True),
    # an objective written as an infinitive (set 586)
    ("en", "To maintain Case fatality Rate (CFR) to <1Percent every year", True),
    ("en", "To maintain immunization coverage at 90%", True),
    # deaths named as cases (set 586), as in French and Spanish; cases of a disease stay events
    ("en", "Malaria Mortality (No. of Death Cases)", True),
    ("en", "Number of malaria cases", False),
    # a dependency ratio of local governments is a budget's (set 589); of a population, persons'
    ("en", "Internal Revenue Allotment dependency ratio of LGUs reduced by 3% annually", False),
    ("en", "Age dependency ratio", True),
    ("es", "Tasa de dependencia de los municipios", False),
    # a population of microbes; movements, transits and encounters counted as events (IOM DTM
    # flow monitoring, set 598); a reporting rate is of reports (set 591)
    ("en", "Increase in organic matter content and microbial population in 60% arable land", False),
    ("en", "Monthly migrant movements in and out of Afganistan", False),
    (
        "en",
        "Monthly encounters by border authorities of noncitizens irregularly crossing the border",
        False,
    ),
    ("en", "NHMIS reporting rate", False),
    # illiteracy and innumeracy rates, the badly housed (set 596)
    ("fr", "Taux d'illettrisme", True),
    ("fr", "Taux d'innumérisme (difficultés avec les chiffres)", True),
    ("fr", "Mal-logés", True),
    # a telegraphic title leaves the link out (sets 571, 593)
    ("es", "Tasa asistencia Bruta", True),
    ("es", "Tasa retención 1° año por cohorte", True),
    ("es", "Tasa interés activa", False),
    ("en", "Percentage of Facility Based Delivery (FBD)", True),
    ("en", "Number of livebirths", True),
    # those who watch an extension video and adopt what it shows; the videos shown are things;
    # a compound participle before its noun (Digital Green's and CGIAR's dashboards, set 602)
    ("en", "Number of Viewers", True),
    ("en", "Distinct Adopters", True),
    ("en", "Number of Videos Screened", False),
    ("en", "Number of peer reviewed journal papers", False),
    ("en", "Number of regional peer learning exchanges organized", False),
    ("en", "Number of peer educators trained", True),
    ("es", "Número de inscriptos para la participación del Programa", True),
    # India's crime statistics per 100,000 count offences, an attempt at a killing too; a
    # "criminal" before a noun is an adjective (sets 443, 606)
    ("en", "Attempted Murder per 100,000", False),
    ("en", "Number of suicide attempts", False),
    ("en", "Dowry Cases per 100,000", False),
    ("en", "Criminal Case Filings", False),
    ("en", "Criminal Misappropriation of Property per 100,000", False),
    ("en", "Number of criminals arrested", True),
    ("en", "Absconder Warrant Rate", True),
    # a rate of persons named after a section's dash (DHIS2's EmONC package, set 608)
    ("en", "Direct obstetric complications - Case fatality rate (%)", True),
    ("en", "Perinatal Complication - Case Fatality Rate (%)", True),
    # the elderly named by their adjective, not an adverb (set 613); movers (ACS, set 612)
    ("en", "% of elderly", True),
    ("en", "Number of elderly", True),
    ("en", "Movers Between Regions in the United States", True),
    # the years persons spend in retirement (OECD, sets 502, 612)
    ("en", "Expected years in retirement, men", True),
    ("en", "Years in retirement for females", True),
    # a respondent's exposure to media, the verb first (DHS labels, set 611)
    ("en", "Listens to radio at least once a week", True),
    ("en", "Reads a newspaper at least once a week", True),
    # cases and events broken down by the sex or age of their persons stay cases (28 labels to
    # 1: SIVIGILA's and the ESAVI dashboards' distributions, set 613); the population stays persons
    ("es", "Distribución de casos por sexo", False),
    ("en", "Distribution of cases by sex", False),
    ("es", "Distribución de los ESAVI graves por sexo", False),
    ("es", "Distribución de la población por sexo", True),
    ("en", "Number of AEFI reported", False),
    ("es", "ESAVI Fallecimientos", True),
    ("fr", "Répartition des cas par sexe", False),
    # positions spread by sex are their holders' (lexicon positions), as "Seats … by sex" are
    ("en", "Distribution of seats by sex", True),
    ("fr", "Répartition des sièges par sexe", True),
    # TB notification fields: the cases of the persons named after the colon (WHO, set 615)
    (
        "en",
        "New extrapulmonary cases: males aged 65 years and over (not used after 2012) (new_ep_m65)",
        False,
    ),
    ("fr", "Traitement TB - patients TB-UR confirmés en laboratoire mis sous traitement", True),
    # years of a level of schooling (Barro-Lee, set 616)
    ("en", "Years of primary schooling (Lee-Lee (2016))", True),
    # a behaviour of persons named alone is its prevalence among them (CDC PLACES, NSW
    # HealthStats, Eurostat's EHIS: sets 570, 624); a time spent on it is a time
    ("en", "Binge drinking", True),
    ("en", "Insufficient physical activity in adults", True),
    ("en", "Daily Physical Activity by Sex and Educational Attainment level", True),
    ("en", "Time spent on non-work-related aerobic physical activity (EHIS)", False),
    ("fr", "Activité physique des adolescents", True),
    ("es", "Sedentarismo en adultos", True),
    # what only persons consume, as contraceptives are only persons' to use; per capita or in
    # litres an amount (sets 441, 471, 479, 596)
    ("en", "Alcohol Consumption by Sex and Educational Attainment level", True),
    ("en", "Consumption of Alcohol (Litres of Pure Alcohol) per Capita", False),
    ("en", "Per capita alcohol consumption among people aged 14 years and older", False),
    ("fr", "Consommation d'alcool (litres/an/habitant)", False),
    ("es", "Consumo de tabaco diario", True),
    # an industry is its firms, a quality a thing's (Statistics Canada, a province's goals: sets
    # 620, 623)
    (
        "en",
        "Percentage of industries showing year-over-year increases in employment and hours for"
        " selected industries, (SEPH)",
        False,
    ),
    ("en", "% improvement in government employee service quality", False),
    # the Philippines' out-of-school children and youth; England's persistent absentees (sets
    # 620, 633)
    ("en", "Rate of OSCY", True),
    ("en", "Percentage of persistent absentees (10% or more missed)", True),
    # a verb's past form is no noun its lemma names ("self-reported", not "a report"; set 633)
    ("en", "Percentage rate of people self-reported as having asthma and/or COPD.", True),
    # accidents at work counted alone are events; per a number of workers, the injured (SDG
    # 8.8.1; sets 489, 531, 626)
    ("fr", "Accidents du travail avec arrêt", False),
    ("en", "Occupational accidents", False),
    ("fr", "Nombre d'accidents du travail pour 100 000 travailleurs", True),
    ("es", "Tasa de accidentes de trabajo por cada 100.000 trabajadores", True),
    # the share of women in a body, its turnover, learning outcomes, school absorption (sets
    # 458, 500, 508, 550, 567, 574, 626, 627)
    ("fr", "Féminisation des permanents", True),
    ("fr", "Taux de turnover", True),
    ("en", "Turnover Rate", True),
    ("en", "Annual turnover", False),
    ("en", "Learning Outcome in Mathematics in Class 5 -All Schools", True),
    ("es", "Logro educativo en primaria en lectura", True),
    ("es", "Absorción en educación superior", True),
    ("es", "Absorción de recursos del presupuesto", False),
    ("es", "Tasa de absorción presupuestaria", False),
    # deceased cases are deaths (MinCiencia's COVID-19 products, set 635), as "death cases"
    ("es", "Casos fallecidos por comuna", True),
    ("fr", "Cas décédés par région", True),
    # a count's sign in brackets before what it counts (a performance-based financing project's
    # activities, set 644)
    ("en", "[# and %] of children under 1 year of age fully immunized", True),
    ("en", "[%] of schools with latrines", False),
    # high blood pressure or cholesterol and a high blood sugar level, measured on persons (CDC
    # PLACES, NFHS-5: sets 446, 624, 639)
    ("en", "High blood pressure among adults aged >=18 Years", True),
    ("en", "Blood sugar level - high (141-160 mg/dl) (%)", True),
    ("en", "Number of blood pressure monitors procured", False),
    ("es", "Tasa de crecimiento poblacional", True),
    # the period reported on, past which the persons are read (community health apps, set 648)
    ("en", "Total number of patients born this period", True),
    ("en", "Births This Month", True),
    ("en", "Homebirths with 1+ PNC visit", True),
    # the misuse of alcohol or drugs, underage drinking (sets 641, 646)
    ("en", "Alcohol Misuse", True),
    ("en", "Underage drinking", True),
    # a span of time before the measure is a modifier, not a number ("4-Year": a state report
    # card, set 657); an age in years stays persons
    ("en", "High School 4-Year Graduation Rate - Total", True),
    ("en", "5-year survival rate", True),
    ("en", "Number of 3-day trainings held", False),
    # participations counted are acts (the EU's common indicators, set 649); a participation
    # named alone is persons'
    ("en", "Participations in joint training schemes", False),
    ("en", "Participation in social networks", True),
    # a unit that names persons, with its scale in figures ("('000 people)": set 658)
    ("en", "Access on grid electricity ('000 people)", True),
    ("en", "Jobs created ('000 jobs)", False),
    ("en", "Proven reoffending rate (%)", True),
    ("en", "Voluntary turnover", True),
    # acts done to persons, counted as events (the Home Office's, set 669)
    ("en", "Deportations by Nationality", False),
    ("en", "Number of entries into immigration detention by nationality, age, sex", False),
    # a second measure after the persons counted, not a word they share ("& total hours": set 662)
    ("en", "Percentage of Canadians & total hours volunteered by age", True),
    ("en", "passenger and freight volumes", False),
    # a survey table's answer, past verb first ("Received …", "% Used …": set 672)
    ("en", "Received family planning information", True),
    ("en", "% Used Govt. Facility", True),
    ("en", "% Never Attended School", True),
    ("en", "Received applications", False),
    ("es", "Declara salud percibida buena o muy buena", True),
    ("es", "Percibe ruido exterior molesto en su barrio", True),
    ("fr", "Taux de passage en L2", True),
    ("fr", "Nombre de permanents en ETPT", True),
    ("fr", "Secrétariat permanent", False),
    ("fr", "Nombre de post-docs", True),
    ("fr", "Nombre de DEFM ABCDE", True),
    ("fr", "Densité de généralistes lib. 2024", True),
    ("fr", "Taux de temps partiel par IRIS", True),
    ("fr", "Nombre de postes à temps partiel", False),
    ("fr", "Taux de rotation des employés", True),
    ("es", "Tasa de rotación de empleados", True),
    # road users named by how they travel; distances and passages they make are volumes
    # (road-safety and transport performance measures, set 652)
    ("en", "Percentage of pedestrians killed or seriously injured in road traffic accidents", True),
    ("en", "Percentage of pedal cyclists killed or seriously injured", True),
    ("en", "Monthly average pedestrian counts", False),
    ("en", "% of Person Miles Traveled on the Interstate that are Reliable", False),
    # what a respondent has, not "has" asking a question (sets 632, 653)
    ("en", "Has a personal income", True),
    ("en", "Have a bank account", True),
    ("en", "Has the climate Resilience Plan been developed for the Gram Panchayat", False),
    ("en", "Have electricity", False),
    # a share of persons named by their age after "aged" (the AIHW's youth justice, set 661)
    ("en", "Proportion aged 10-13", True),
    ("en", "Percent Hispanic", True),
    ("en", "Hispanic households", False),
    # a dose or a booster covers the persons given it; doses counted are things (set 676)
    ("en", "Booster uptake", True),
    ("en", "Second dose coverage", True),
    ("en", "Number of doses administered", False),
    ("en", "Urban pop (% pop)", True),
    ("es", "Comisarías de Carabineros de Chile", False),
    # how far a schedule was followed, before the participle of the persons counted (set 676)
    ("en", "% fully vaccinated", True),
    ("en", "% fully funded", False),
    ("en", "Youth Substance Abuse", True),
    ("en", "Number of drug abuse prevention campaigns", False),
    # an MP's constituents, a charity's supporters (set 678)
    ("en", "Friends of the Earth financial supporters", True),
    ("en", "Constituents pledged to meet MP as part of Common Grounds 2024", True),
    ("en", "Voter Participation", True),
    # a vaccine given to an age bound in parentheses (Zambia's immunisation register, set 686);
    # doses counted stay things
    ("en", "BCG (< 1 year)", True),
    ("en", "OPV0 (< 1 year) at facility", True),
    ("en", "Doses of BCG received (< 1 year)", False),
    ("fr", "Consultation Pré-Natale 1 (moins de 20 ans)", False),
    ("en", "Total number of CHEWs (Jr. and Sr.) in the LGA", True),
    # those admitted to an exam, a course or a care programme (INSEE, Parcoursup: sets 684, 618)
    ("fr", "Nombre d'admis", True),
    ("fr", "Nombre de dossiers admis", False),
    ("fr", "Taux d'accroissement naturel", True),
    # those tested, as HIV registers name them (Malawi's and Kenya's EMRs, sets 685, 694)
    ("en", "New tested positive", True),
    ("en", "Number of samples tested", False),
    ("fr", "Nombre de préposés", True),
    # a result's long name before a colon, then the count that measures it (the result
    # indicators of the EU's agricultural policy, set 715); farms are holdings, not persons
    (
        "es",
        "Mejora de los resultados mediante el conocimiento y la innovación: número de personas "
        "que se benefician del asesoramiento",
        True,
    ),
    (
        "en",
        "Improving performance through knowledge and innovation: number of persons benefitting "
        "from advice",
        True,
    ),
    ("es", "Porcentaje de explotaciones agrícolas que reciben ayudas a la inversión", False),
    # ... not a long name before any word: a topic is no count ("… trainings on: Gender
    # Modules 1-2-3", set 495)
    ("en", "% of staff who have completed the mandatory trainings on: Gender Modules 1-2-3", True),
    # protests, massacres and IUDs counted are events and things (sets 710, 707)
    ("es", "Protestas registradas", False),
    ("es", "Numero de masacres registradas por municipio", False),
    ("en", "Number of massacres recorded", False),
    ("es", "Número de DIU con cobre insertados", False),
    # the respondents' own "were", and what a pupil did (the CDC's Youth Risk Behavior Survey,
    # set 719); "Were targets met" asks a question
    ("en", "Were bullied on school property", True),
    ("en", "Were electronically bullied", True),
    ("en", "Were in a physical fight", True),
    ("en", "Tried marijuana before age 13 years", True),
    ("en", "Currently used marijuana", True),
    ("en", "Seriously considered attempting suicide", True),
    ("en", "Were targets met", False),
    ("en", "drunk and other disorderly behaviour per 10,000", False),
    # a measure taken over households, named before it or as its complement (sets 705, 718),
    # not over the persons of a household ("family workers", "household members")
    ("en", "Prevalence of household water insecurity", False),
    ("en", "Household food insecurity", False),
    ("es", "Inseguridad alimentaria del hogar — Nacional", False),
    ("fr", "Insécurité alimentaire des ménages", False),
    ("en", "Prevalence of household members with disabilities", True),
    ("en", "Female employment in Contributing family workers status", True),
    # parts numbered in parentheses: a composite counts people when a part does, not a part that
    # counts the first part's things again (SASB's standards, set 727)
    (
        "en",
        "(1) Number of data breaches, (2) percentage involving personally identifiable "
        "information, (3) number of customers affected",
        True,
    ),
    (
        "en",
        "(1) Number of complaints filed by customers, (2) percentage with monetary or "
        "non-monetary relief",
        False,
    ),
    ("en", "Matric passes as % of Grade 8 enrolment four years earlier", True),
    # a share of the persons on a treatment (PEPFAR's HIV estimates, set 730)
    ("en", "Percent on ART of PLHIV", True),
    ("en", "% on ART", True),
    ("en", "Percent completed", False),
    # notifications received are records, also of deaths; a notification rate is of persons
    # (Wales' care-home statistics, set 728; WHO's TB report, set 731)
    ("en", "Notifications of deaths of residents from adult care homes", False),
    ("en", "TB notification rate (new and relapse, all forms) per 100 000 population", True),
    # deaths counted by when they occurred (NISRA, set 728), not occurrences of events
    ("en", "Covid-19 Death Occurrences by week of death in Northern Ireland", True),
    ("en", "Occurrences of fire", False),
    # venues and chargers per head of population (ONS Explore Local Statistics, set 731)
    ("en", "Museums per 100,000 people", False),
    ("en", "Publicly available electric vehicle chargers at all speeds per 100,000 people", False),
    ("en", "Number of museum visitors", True),
    # a later field naming the persons a survey measures by their ages (DCMS's Community Life
    # Survey, set 716); not where the title counts money or cases
    (
        "en",
        "Satisfaction with local area as a place to live, by local authority, people aged 16 and "
        "over, England, January to March 2024",
        True,
    ),
    (
        "en",
        "Expenditure on intensive family support services, children aged 0–17 years, 2024-25 "
        "dollars",
        False,
    ),
    # health care workers by their acronym (DHIS2's COVID-19 vaccine package, set 738)
    ("en", "Coverage among HCWs (%)", True),
    # unaccompanied children and injecting drug users by their acronyms (set 741)
    ("en", "# of UAC provided with multi-sectoral services", True),
    ("en", "Number of IDUs provided Opiate Substitution Therapy", True),
    # the patients a COVID-19 dashboard names by their state (Israel's Ministry of Health, set
    # 749); a participle before the cases it qualifies is no noun (sets 684, 693)
    ("en", "Hospitalized", True),
    ("en", "New infected", True),
    ("en", "Ventilated (cumu)", True),
    ("en", "Count of hospitalized cases citywide", False),
    ("en", "Number of hospitalized confirmed and probable cases by age group", False),
    ("en", "% of economically inactive looking after family/home", True),
    # births less deaths (Eurostat, set 711)
    ("en", "Crude rate of natural change", True),
    # persons of working age per older person (the UN's World Population Prospects, set 745)
    ("en", "Annual potential support ratio [15-64/65+]", True),
    # a household head's age breaks down the households, not persons (the ACS's tables, set 612)
    ("en", "Tenure by Age of Householder", False),
    # key populations by their acronyms (Kenya's MOH 731B key-population report, set 773)
    ("en", "Number of PWID Tested For HIV", True),
    ("en", "Number of HIV+ PWUD Dignosed With TB", True),
    ("en", "Number of TRANSWOMAN Receiving Condoms", True),
    # ... and a test done for them counts the tests (set 586)
    ("en", "No. of drug testing conducted for PWUDs (Person Who Use Drugs)", False),
    ("en", "HIV testing done among pregnant women", False),
    # patients by the regimen they are on or switched to (an ART register's report, set 758)
    ("en", "No. switched to 2nd line regimen", True),
    ("en", "No. on substituted 1st line regimen", True),
    # the years persons live in health, as life expectancy (Spain's SNS key indicators, set 756)
    ("es", "Años de vida saludable al nacer", True),
    ("fr", "Années de vie en bonne santé à 65 ans", True),
    # older persons per their children's generation (Venezuela's INE, set 763)
    ("es", "Razón de Apoyo a los Padres", True),
    # a target's share bounded by its sign (a response plan's nutrition targets, set 761)
    (
        "en",
        ">90% of children under five received at least two sachets of micronutrient powders.",
        True,
    ),
    # the children in a local authority's care, written open (NHS England's MHSDS, set 765)
    (
        "en",
        "Looked after children with a referral starting in the reporting period, aged 0 to 18",
        True,
    ),
    # troops, farmers, election observers (sets 770, 771, 767); attacks on them are events
    ("en", "Total U.S. troops wounded, by year", True),
    (
        "en",
        "Daily Insurgent Attacks on U.S. Troops & Reward for Attacking U.S. Troops since May",
        False,
    ),
    ("fr", "Fermiers satisfaits des technologies", True),
    ("fr", "Nombre d'observateurs electoraux deployes", True),
    # learners' scores in a named test (a Colombian municipality's development plan, set 772)
    ("es", "Puntaje promedio en Pruebas Saber.", True),
    # patients in follow-up, written open (an ART register's report, set 758)
    (
        "en",
        "Cumulative no. of active follow up patients ever started on ART at the beginning of "
        "this month",
        True,
    ),
    ("fr", "Pratiquants sportifs informels", True),
    # ... but nets given to women are nets (set 608)
    ("en", "Long lasting insecticide treated nets distributed to pregnant women", False),
    ("en", "What is the unduplicated number of disenrollees in the quarter?", True),
]


@pytest.mark.parametrize(("language", "text", "people"), PEOPLE)
def test_counts_people(language: str, text: str, people: bool):
    verdict = classify(text, language)
    assert verdict.people is people, verdict.reason


# --- disaggregated by sex? ---------------------------------------------------------------------

BY_SEX = [
    # the father (one sex), pregnancies and deaths from abortion (women)
    ("es", "Edad promedio del padre"),
    ("es", "Num. muerte por aborto"),
    ("en", "Deaths due to abortion"),
    ("fr", "Décès dus aux avortements"),
    ("fr", "Nombre de grossesses à risque"),
    ("en", "Active pregnancies"),
    ("en", "Average number of years of education of women ages 25 and older"),
    ("es", "Años de escolaridad de las mujeres"),
    # "según sexos" (ISTAC's table titles); one sex as a segment of an INE series name
    ("es", "Tasas de paro según sexos y estudios terminados (CNED-14). Canarias por trimestres"),
    ("fr", "Population active selon les sexes"),
    (
        "es",
        "Total Nacional. Mortalidad. Tasa de mortalidad infantil de menores de 5 años. Mujeres. "
        "Anual. Dato base",
    ),
    # live births told by their mothers count the women giving birth (vital statistics)
    ("en", "Caesarean Section rate (%)"),
    ("es", "Nacidos vivos de madres adolescentes"),
    # persons said to identify as one sex (a youth homelessness programme's report)
    ("en", "Number of YYA served who identified as Woman"),
    ("fr", "Nombre de jeunes qui s'identifient comme femmes"),
    ("es", "Número de jóvenes que se identifican como mujeres"),
    # those who commit a femicide, men under the law that names the crime (Chile's femicide
    # register)
    ("es", "Edades de femicidas, por año"),
    # births attended and deliveries count the women giving birth (conventions S1)
    ("en", "Proportion of births attended by skilled health personnel"),
    ("fr", "Proportion d'accouchements assistés par du personnel de santé qualifié"),
    ("es", "Número de partos realizados"),
    ("en", "Number of institutional deliveries"),
    # births told by their delivery or their mothers (Rwanda's and the Dominican Republic's
    # statistics, a DHIS2 portal)
    ("en", "Institutional births (%)"),
    ("en", "Live births by age group of the mothers and region"),
    ("es", "Nacimientos por edad de la madre, según grupos de edad"),
    ("fr", "Naissances assistées par un personnel qualifié"),
    # women of child-bearing age by their acronym (DHIS2 family-planning indicators)
    ("en", "Proportion of WCBA using modern contraceptives"),
    ("es", "Proporción de MEF con método anticonceptivo"),
    # a classification's code after an item of the breakdown list (the Philippines' and Sri
    # Lanka's labour force survey tables)
    ("en", "Employed Persons by Major Occupation Group (PSOC) and Sex"),
    ("en", "Household Population by Indigenous Peoples (IP) / Ethnic Affiliation and Sex"),
    ("fr", "Personnes occupées par groupe de professions (CITP-08) et sexe"),
    ("es", "Ocupados por rama de actividad (CIIU) y sexo"),
    # one sex in the singular among the qualifiers after a comma (an HIV tracker's labels)
    ("fr", "Éligible au TPT et initié, femme, cumulé (%)"),
    ("es", "Iniciado en TPT, mujer, acumulado"),
    # the clients of care only women receive, named with it (DHIS2's RMNCAH package)
    ("en", "ANC clients tested for HIV"),
    ("en", "Percentage of antenatal care attendees receiving IPTp"),
    ("fr", "Nombre de clients vus en CPN"),
    ("es", "Número de usuarios de control prenatal con prueba de VIH"),
    # one sex as the last of the qualifiers in parentheses (DHIS2 case-surveillance packages)
    ("en", "COVID-19 deaths (suspected cases, 5-14 years, female)"),
    ("es", "COVID-19 Fallecidos (casos sospechosos, 5-14 años, femenino)"),
    ("fr", "Décès COVID-19 (cas suspects, 5-14 ans, féminin)"),
    # a breakdown list followed by a relative clause on the persons (Kenya's child-protection
    # reports)
    ("en", "Numbers of OVC by age and sex who have experienced a particular adverse condition"),
    ("fr", "Nombre d'enfants par sexe qui ont reçu des services de protection"),
    ("es", "Número de niños y adolescentes por sexo que recibieron atención psicosocial"),
    # a sex joined to a data dictionary's variable name by an underscore (ASEAN's gender and
    # ICT indicators)
    ("en", "Phone Ownership_Female"),
    ("en", "Phone Ownership_Female (%)"),
    ("en", "Completion Rates in ICT-Related Courses_Male"),
    ("fr", "Taux de chômage_Femmes"),
    ("es", "Tasa de desempleo_Mujeres"),
    # "No." before a capital is an abbreviation, not the end of a lead sentence (Title Case)
    ("en", "No. Of Women And Youth Sensitized On Decision Making"),
    ("en", "No. Of Pregnant & Lactating Women Enrolled Into Care"),
    # the share of women among persons, and "each sex" (EcoFemiData's reports)
    ("es", "Tasa de feminización"),
    ("fr", "Taux féminité"),  # a column's heading, with no "de"
    # one sex given for the population in parentheses, after a qualifier (PMA2020, FP2030)
    ("fr", "Utilisation actuelle de toute méthode contraceptive (toutes les femmes)"),
    ("en", "Demand satisfied with modern methods (married women or in-union) (%)"),
    ("es", "Uso actual de métodos anticonceptivos (todas las mujeres)"),
    # one sex after the persons' own qualifier, at the end (Chile's municipal indicators)
    ("es", "N° Funcionarios a Contrata Sexo Masculino"),
    ("es", "Nº Funcionarios a Honorarios Mujeres, destinados a Programas Comunitarios"),
    ("fr", "Nombre d'agents de santé femmes"),
    # "chez l'homme" may name men (a cancer registry) as well as humans: read as written
    ("fr", "Prévalence totale du myélome chez l'homme par classe d'âge"),
    ("en", "ANC COVERAGE (1ST VISIT)"),  # a one-sex service, in capitals
    ("fr", "Taux de féminisation des cadres"),
    ("en", "Feminization rate of managers"),
    ("es", "Proporción de cada sexo entre las personas que realizan las tareas domésticas"),
    ("fr", "Proportion de chaque sexe parmi les salariés"),
    ("en", "Share of each sex among employees"),
    ("en", "Count of WRA who have died in the last year"),
    ("en", "Count of woman's chosen family planning method Injectable"),
    # a service measured over persons of one sex
    ("fr", "Dépistage du VIH chez les femmes enceintes"),
    ("en", "Self-reported cervical smear test among women aged 20-69 (%)"),
    # a "sexe ratio" or a "comparaison sexe" closing the title (the OFDT's indicators)
    ("fr", "Usage quotidien de cannabis à 17 ans - comparaison sexe"),
    ("fr", "Usage de médicaments psychotropes dans l'année à 17 ans - sexe ratio"),
    # a bare list of breakdowns joined by "&" (UNFPA Nepal's partners)
    ("en", "% of facilitators with enhanced knowledge (location, gender, caste & disability)"),
    ("fr", "Nombre de participants formés (région, sexe & âge)"),
    ("es", "Número de participantes capacitados (región, sexo & edad)"),
    # Nepal's female community health volunteers, named by their acronym
    ("en", "# of FCHVs who participated in quarterly coaching"),
    # a count of a cell of several counts asks for the breakdown
    ("es", "# de talleres realizados - # de docentes formados desglosados por edad, sexo, etnia"),
    # "feminine" and "masculine" name one sex, as "female" and "male" do
    ("en", "Feminine population aged 60 and over"),
    # both sexes named or told apart
    ("en", "Number of people of both sexes trained as mediators"),
    ("fr", "Nombre de personnes formées, en distinguant hommes et femmes"),
    ("es", "Número de personas capacitadas, en función del sexo"),
    ("es", "Número de personas de ambos sexos atendidas"),
    # a population of one sex named past what a coverage measures; fertility is over women
    ("es", "Cobertura de vacunación de segunda dosis contra papiloma humano en las adolescentes"),
    ("en", "Total fertility rate, rural areas"),
    ("fr", "Indice synthétique de fécondité par région"),
    ("es", "Tasa de fecundidad no deseada"),
    # a sex named by a measure looked through to its population
    ("es", "Tasa de embarazo en adolescentes de 15 a 19 años"),
    # a breakdown followed by the period of a statistical table; two sex words hyphenated
    ("fr", "Population carcérale totale par sexe 2019 - 2023"),
    ("es", "Población ocupada por sexo 2015-2022"),
    # ... or a spaced dash before the table's period (Kenya's statistical abstracts)
    (
        "en",
        "Percentage distribution of Population by Ability to Read and Write, Sex and Region"
        " - 2005/6",
    ),
    ("fr", "Population scolarisée par sexe et par région - 2019"),
    ("es", "Población ocupada por sexo y rama de actividad – 2022"),
    ("en", "Female-Male ratio of enrolment in tertiary education"),
    # a breakdown that names what it follows before a colon
    (
        "en",
        "% satisfied (disaggregated according to the reporting matrix: location, gender, age)",
    ),
    ("fr", "Nombre de personnes formées, ventilé selon le modèle du bailleur : sexe, âge"),
    # one sex beside people of any sex is a one-sex subject, in every language (SPEC §2)
    ("en", "No. of women and youth trained in business skills"),
    ("en", "# of mothers and caregivers reached with IYCF counselling"),
    ("fr", "Nombre de femmes et de jeunes formés en gestion"),
    ("es", "Número de mujeres y jóvenes capacitados en emprendimiento"),
    ("en", "# of WGBM accessing psychosocial support services"),
    # the holders of positions named by sex
    ("fr", "Proportion des postes de direction occupés par des femmes"),
    ("es", "Proporción de escaños ocupados por mujeres en los concejos municipales"),
    # the persons named after a rate's unit
    ("es", "Ingreso medio por hora de trabajo de las mujeres"),
    ("fr", "Revenu horaire moyen par heure de travail des femmes"),
    # breakdowns listed after a comma without "by", figures given per sex
    ("es", "Número de personas capacitadas, sexo y edad"),
    ("fr", "Nombre de personnes formées (sexe, âge)"),
    ("en", "Population in informal settlements, sex and age group"),
    ("es", "Número total de personas capacitadas (F: 120; M: 80)"),
    ("en", "Number of people trained (women: 40, men: 35)"),
    ("fr", "Nombre de décès maternels dans les zones de conflit"),
    # the population of a measure a few complements on, one sex
    ("es", "Incidencia de los nuevos diagnósticos de VIH en los hombres"),
    ("en", "Incidence of new HIV diagnoses among women"),
    # one sex named as what the members of a collective are, or in a population's complement
    ("en", "Proportion of occupational group who are women"),
    ("fr", "Part de chaque groupe professionnel qui sont des femmes"),
    ("es", "Población total de hombres"),
    ("fr", "Population des femmes en âge de procréer"),
    ("en", "Population of women of reproductive age"),
    # a rate whose complement is qualified by one sex
    ("es", "Tasa de participación económica femenina"),
    ("fr", "Taux d'activité féminine des 15-64 ans"),
    ("en", "Number of FSW reached with HIV prevention programmes"),
    # a breakdown followed by when it is taken
    ("fr", "Répartition de la population par sexe en 2015"),
    ("en", "Number of persons trained by sex in 2025"),
    ("es", "Población ocupada por sexo durante el último trimestre"),
    ("en", "Femicide rate per 100,000 population"),
    # a rate over one sex without a number
    ("es", "Promedio de hijos nacidos vivos por mujer"),
    ("fr", "Nombre moyen d'enfants par femme"),
    ("es", "Índices de paridad (entre mujeres y hombres) en la matrícula"),
    # measures that compare the sexes
    ("en", "Gender wage gap, median hourly earnings"),
    ("fr", "Écart salarial entre les femmes et les hommes"),
    ("es", "Brecha de género en la tasa de ocupación"),
    ("es", "Índice de masculinidad en la matrícula de educación superior"),
    ("fr", "Proportion des rôles de direction tenus par des femmes"),
    ("en", "Number of people trained (M/F)"),
    ("en", "Number of people trained (F/M)"),
    ("en", "Number of people trained ( m / f )"),
    ("en", "Number of people trained (women/men)"),
    ("en", "Number of people trained (female/male)"),
    ("en", "Number of people trained, sex- and age-disaggregated"),
    ("en", "Number of people trained (sex-disaggregated)"),
    ("en", "Number of people trained by sex"),
    ("en", "Number of people trained, by gender"),
    ("en", "Number of people trained, disaggregated by sex, age and disability"),
    ("en", "Number of people trained, broken down by sex"),
    ("en", "Number of people trained (SADD)"),
    ("en", "# of women and men trained"),
    ("en", "% of female participants"),
    ("en", "Number of women trained as mediators"),
    ("en", "Number of girls and boys enrolled"),
    ("en", "Number of female and male youth employed"),
    ("en", "Percentage of women among staff"),
    ("en", "% of committee members who are women"),
    ("en", "Number of participants, of whom at least 50% women"),
    ("en", "Number of men and boys engaged in GBV prevention"),
    ("fr", "Nombre de personnes formées, ventilé par sexe"),
    ("fr", "Nombre de personnes formées, désagrégé par sexe et âge"),
    ("fr", "Nombre de personnes formées (H/F)"),
    ("fr", "Nombre de personnes formées (F/H)"),
    ("fr", "Nombre de femmes et hommes formés"),
    ("fr", "Nombre de filles et garçons scolarisés"),
    ("fr", "Pourcentage de participantes aux séances"),
    ("fr", "Nombre de travailleuses domestiques accompagnées"),
    ("fr", "Nombre de personnes formées (dont 50 % de femmes)"),
    ("fr", "Nombre de participants de sexe féminin"),
    ("es", "Número de personas capacitadas, desagregado por sexo"),
    ("es", "Número de personas capacitadas, por sexo y edad"),
    ("es", "Número de personas capacitadas (H/M)"),
    ("es", "Número de mujeres y hombres capacitados"),
    ("es", "Número de niñas y niños vacunados"),
    ("es", "Número de participantes mujeres en los talleres"),
    ("es", "Número de trabajadoras del hogar orientadas"),
    ("es", "Número de migrantes en tránsito asistidos (hombres/mujeres)"),
    ("fr", "Nombre de cheffes de ménage appuyées"),
    ("fr", "Nombre de grands-mères sensibilisées à la nutrition"),
    ("es", "Número de gestantes con cuatro controles prenatales"),
    ("fr", "Nombre de personnes formées, y compris 200 femmes"),
    ("es", "Número de personas capacitadas, incluidas 300 mujeres"),
    ("es", "Número de personas capacitadas, incluyendo al menos 40% de mujeres"),
    # one sex named after a colon, or by an acronym of HIV programmes
    ("en", "HIV status at 12 months: female sex workers (%)"),
    ("es", "Tamaño estimado de la población clave: mujeres trabajadoras sexuales"),
    ("en", "MSM reached with HIV prevention programmes"),
    ("fr", "HSH ayant bénéficié d'un test VIH au cours des 12 derniers mois"),
    ("en", "Number of AGYW enrolled in DREAMS safe spaces"),
    ("fr", "Dont agricultrices"),
    ("es", "De las cuales mujeres jefas de hogar"),
    # one sex named after a spaced dash
    ("fr", "Bénéficiaires directs - Femmes"),
    ("en", "Direct beneficiaries – women"),
    # a breakdown list after another "by" phrase
    ("es", "Porcentaje de la población afiliada por régimen por sexo y grupo de edad"),
    # a feminine determiner makes a common-gender person noun women or girls
    ("es", "Porcentaje de las estudiantes que terminan la educación secundaria"),
    ("fr", "Revenu mensuel moyen de la bénéficiaire principale du ménage"),
    # a series qualified by one sex and an adjective after it
    ("es", "Subempleo, hombres jóvenes (% de la fuerza laboral masculina)"),
    ("fr", "Sous-emploi, femmes rurales (% de l'emploi total)"),
    # a sex noun after a person named by a phrase
    ("es", "Proporción de jefes de hogar mujeres con tierras a su nombre"),
    ("fr", "Nombre de chefs de ménage femmes ayant reçu des semences"),
    # a use or a service taken over a population of one sex
    ("en", "Current use of bed nets among pregnant women"),
    ("es", "Uso actual de mosquiteros entre mujeres embarazadas"),
    ("fr", "Recours au dépistage du cancer du col chez les femmes de 30 à 49 ans"),
    # the sex of persons tabulated over them
    ("en", "Gender of HH head, by district"),
    ("es", "Sexo de los beneficiarios por tipo de apoyo"),
    ("fr", "Sexe des bénéficiaires par type d'appui"),
    # a rate qualified by a measure, of or among one sex (as "Taux de chômage des femmes")
    ("en", "Unemployment rate of women aged 15-24"),
    ("en", "Contraceptive prevalence rate among married women"),
    # a measure whose population of one sex is named further on
    ("en", "Unmet need for family planning among married women"),
    ("fr", "Besoins non satisfaits en planification familiale chez les femmes mariées"),
    ("es", "Prevalencia de bajo peso en mujeres en edad reproductiva"),
    ("en", "Out-of-school rate for girls of lower secondary age"),
    # positions held by one sex, a few words after the positions
    ("fr", "Proportion de postes de la fonction publique occupés par des femmes"),
    ("es", "Proporción de puestos de la función pública ocupados por mujeres"),
    ("en", "Success rate for women entrepreneurs"),
    # a footnote mark after a breakdown word
    ("en", "Distribution of Population by Urban Centres, Sex* and County"),
    ("en", "Distribution of Persons with Albinism by Sex 1 , Area of Residence"),
    # a number with thousands after "of which" is not a footnote
    ("en", "At least 14,500 residents (of which 7,400 women) use the new water points"),
    # one sex after a semicolon at the end (the PAHO core indicators' layout)
    ("es", "Población de 65 años y más (%); mujer"),
    ("es", "Prevalencia de uso de anticonceptivos modernos (%); mujeres casadas o en unión"),
    ("fr", "Population de moins de 15 ans (%) ; femmes"),
    ("en", "Population aged 65 and over (thousands); male"),
    # pregnant and lactating women by their acronym; an age phrase before the head
    ("en", "Number of PLW enrolled in targeted supplementary feeding"),
    ("fr", "Nombre de FEFA dépistées pour la malnutrition aiguë"),
    ("en", "# of child bearing age women who received TT2 vaccine"),
    ("es", "Violencia contra las mujeres por parte de su pareja íntima"),
    ("fr", "Violence contre les femmes de la part d'un partenaire intime"),
    # a distribution or composition by sex, before its subject
    ("en", "Distribution by age and sex of persons displaced by disasters (%)"),
    ("en", "Age and sex distribution of registered refugees (%)"),
    (
        "es",
        "Distribución por edad y sexo de las personas desplazadas por desastres en zonas rurales "
        "y urbanas (%)",
    ),
    ("es", "Composición por sexo del personal docente de las universidades públicas y privadas"),
    ("fr", "Composition par sexe du personnel enseignant des universités publiques et privées"),
    # an action's recipients of one sex or both
    ("en", "Distribute dignity kits to adolescent girls in the camps"),
    ("fr", "Fournir des kits de dignité aux femmes et aux filles déplacées"),
    ("es", "Otorgar becas a niñas y niños indígenas de secundaria"),
    # whom a measure of persons befalls, named right after it
    ("en", "Injuries to women patients treated in emergency departments"),
    ("fr", "Blessures aux femmes lors des violences conjugales"),
    ("es", "Lesiones a pacientes mujeres atendidas por violencia familiar"),
    # both sexes summed in a parenthesis ("(boys+girls)")
    ("en", "Total 6-59 months (boys+girls) screened with MUAC"),
    # a measure of persons taken of a condition only women have
    ("en", "Deaths related to pregnancy, childbirth or the puerperium, by district"),
    ("fr", "Décès liés à la grossesse et à l'accouchement, par district"),
    ("es", "Número de defunciones por embarazo, parto y puerperio, por departamento"),
    ("en", "Prevalence of anaemia in pregnancy"),
    # both sexes named in a unit's parenthesis, joined by a comma
    ("en", "Child labour rate (% of girls, boys and adolescents aged 5-17 in work)"),
    ("fr", "Taux de travail des enfants (% de filles, garçons et jeunes de 5 à 17 ans occupés)"),
    ("es", "Tasa de trabajo infantil (% de niños, niñas y adolescentes de 5 a 17 años ocupados)"),
    # the coverage of a treatment given in pregnancy
    ("fr", "Couverture du traitement préventif intermittent du paludisme pendant la grossesse"),
    ("en", "Coverage of intermittent preventive treatment in pregnancy"),
    # a series qualified by one sex with its ages after it
    ("en", "Employment rate (%), females aged 15-24"),
    ("fr", "Taux d'emploi, femmes de 15 à 24 ans"),
    ("es", "Tasa de empleo, mujeres de 15 a 24 años"),
    # a count per sex in parentheses after the persons (development-bank targets)
    ("en", "At least 2,000 farmers (700 women and 1,300 men) increase their income"),
    ("en", "5,000 people (2,600 women) use the new water points"),
    ("fr", "Au moins 500 producteurs (200 femmes et 300 hommes) formés"),
    ("es", "Al menos el 70% de productores (700 mujeres y 1300 hombres) incrementan sus ingresos"),
    # a share of one sex as the unit; a ratio naming one sex in a compound
    ("en", "Anaemia (% of pregnant women)"),
    ("fr", "Anémie (% des femmes enceintes)"),
    ("en", "Early initiation of breastfeeding (% of recent mothers)"),
    ("fr", "Rapport enfants-femmes"),
    ("en", "Child-woman ratio"),
    ("en", "Antenatal care coverage rate"),
    # a breakdown after another introduced one
    ("fr", "Répartition des enfants de 0 à 11 mois vaccinés par antigène par sexe selon la région"),
    ("es", "Niños vacunados por sexo según región"),
    # persons said to be one sex by a category ("categorised as AGYW", "… as Uniformed Men")
    ("en", "Number of individuals Categorised as Uniformed Men and Tested Positive"),
    ("en", "HIV+ women initiating ART in maternity"),
    # persons said to be one sex in a clause, past an age complement or an adverb
    ("en", "Percentage of adolescents aged 15-19 who are already mothers or pregnant"),
    ("es", "Porcentaje de adolescentes de 15 a 19 años que ya son madres o están embarazadas"),
    ("fr", "Pourcentage d'adolescents de 15-19 ans qui sont déjà mères"),
    # the coverage of care only women receive counts women
    ("en", "Antenatal care coverage (at least 4 visits)"),
    ("fr", "Couverture en soins prénatals (au moins 4 visites)"),
    ("es", "Cobertura de atención prenatal (al menos 4 visitas)"),
    # titles in capitals or in Title Case ("By Sex And Age" names both breakdowns)
    ("en", "Proportion Of Population Below The Poverty Line, By Sex And Age"),
    ("en", "PROPORTION OF CHILDREN AGED 5-17 ENGAGED IN CHILD LABOUR, BY SEX AND AGE"),
    ("fr", "PROPORTION DE L'EMPLOI INFORMEL DANS L'EMPLOI TOTAL, PAR SECTEUR ET PAR SEXE"),
    ("es", "Poblacion Ocupada, Por Edad Y Sexo"),
    # French and Spanish typed without accents, as systems that take ASCII only write them
    ("es", "Numero de ninas y ninos vacunados contra el sarampion"),
    ("es", "NINAS NO ESCOLARIZADAS EN EDAD DE CURSAR LA PRIMARIA"),
    ("fr", "Nombre d'eleves inscrits (filles/garcons)"),
    ("fr", "Indice de parite entre les sexes du taux brut de scolarisation, secondaire"),
    # a use by persons of one sex
    ("en", "LLIN use by women during pregnancy"),
    # a series qualified by one sex after a period at the very end (statistical viewers)
    ("es", "Tasa de morbilidad por neumonía por 100.000 hab. Mujeres"),
    ("en", "Morbidity rate per 100,000 inhabitants. Women"),
    ("fr", "Taux de morbidité pour 100 000 hab. Femmes"),
    # the members of a group of one sex are of that sex
    ("en", "Number of members of women's groups trained in business skills"),
    ("fr", "Nombre de membres des groupements féminins ayant reçu un appui"),
    ("es", "Número de miembros de grupos de mujeres capacitados"),
    # the groups a parenthesis lists after the total are the populations measured
    ("en", "Unemployment rate (total, youth, women)"),
    ("fr", "Taux de chômage (total, jeunes, femmes)"),
    ("es", "Tasa de desempleo (total, jóvenes, mujeres)"),
    # a parenthesis that opens on persons of one sex names the population measured
    ("en", "Literacy rate (women 15-24)"),
    ("fr", "Taux d'alphabétisation (femmes de 15 à 24 ans)"),
    ("es", "Tasa de alfabetización (mujeres de 15 a 24 años)"),
    # a long list of breakdowns, with a comma before its last item or a date after it
    # (Statistics Canada's tables in French and English)
    (
        "fr",
        "Taux d'emploi de la population âgée de 25 à 64 ans, selon le niveau de formation le plus "
        "élevé atteint, le groupe d'âge et le sexe",
    ),
    ("fr", "Situation d'activité selon l'identité autochtone, le groupe d'âge, et sexe"),
    ("es", "Número de víctimas de violencia por sexo y edad"),
    ("en", "Employment rate by region, age group, and sex"),
    ("es", "Tasa de empleo por región, grupo de edad, y sexo"),
    (
        "fr",
        "Estimations de la population, selon l'état matrimonial, le groupe d'âge et le sexe au 1er "
        "juillet",
    ),
    # the gender of a person, not a kind of thing
    ("fr", "Diplômés postsecondaires, selon le type d'établissement et le genre de la personne"),
    # a share of persons taken among persons of one sex, named right after them
    ("es", "Tasa de desocupados en las mujeres"),
    ("en", "Proportion of unemployed among women"),
    ("fr", "Taux de chômeurs chez les femmes"),
    # a measure that compares the sexes, and measures of mothers, in every language
    ("es", "Proporción de sexos (0-14 años)"),
    ("es", "Razón de sexos al nacer"),
    ("fr", "Rapport des sexes à la naissance"),
    ("en", "Sex ratio at birth"),
    ("es", "Muertes maternales"),
    ("es", "Tasa de fertilidad adolescente"),
    ("en", "Number of grandmothers trained"),
    ("fr", "Nombre de fillettes vaccinées"),
    # the sexes' letters closing a parenthesised list of breakdown codes (IFAD frameworks)
    ("en", "Number of persons trained in IGA or business management: 200,000 (IP, Youth, W, M)"),
    ("fr", "Nombre de jeunes formés (PA, Jeunes, H, F)"),
    # one sex put last as a column's qualifier (the EU's Joint Assessment Framework, Madrid's
    # panel of indicators)
    ("en", "Employment rate (15-64) women"),
    ("en", "Material and social deprivation - (65+) females"),
    ("es", "Pensión media mensual Mujeres"),
    ("es", "Paro registrado (número de personas registradas en SEPE) Hombres"),
    ("fr", "Pension moyenne Femmes"),
    # ... also after a capital or a figure, in a title not in Title Case (Rwanda's OpenMRS)
    ("en", "New Case patients with Hypertension Male"),
    ("en", "Old case Diabetes - Type 2 Female"),
    # one sex after a slash at the end, a column's share (education statistical yearbooks)
    ("fr", "Nombre de doctorants / filles"),
    ("en", "Number of PW given Td2 (Tetanus Diphtheria dose 2)"),  # PW: pregnant women
    ("en", "Gender-wise % Students Present"),  # India's school dashboards
    # a double hyphen ends a breakdown list before its source (ILO modelled estimates)
    ("en", "Labour force by sex and age -- ILO modelled estimates"),
    ("en", "Informal employment rate by sex -- ILO modelled estimates"),
    ("fr", "Espérance de vie des hommes à la naissance- (années)"),
    # a service given during pregnancy reaches women
    ("en", "Counselling on appropriate weight gain during pregnancy in facility (%)"),
    ("es", "Consejería nutricional durante el embarazo (%)"),
    # the respondents' sex in square brackets (DHS labels)
    ("en", "Sex before the age of 15 [Men]"),
    ("fr", "Messages sur la planification familiale à la radio [Femmes]"),
    ("es", "Mensajes de planificación familiar en la radio [Mujeres]"),
    ("en", "# of SYRIAN_GIRLS_IN_URBAN provided with individual education kits"),
    # a catalogue title's field of one sex, before an age band (Kenya's health sector review)
    ("en", "Obesity, women 15-49 (%)"),
    ("en", "Tobacco use, men 18-69 (%)"),
    ("fr", "Obésité, femmes 15-49 ans (%)"),
    ("es", "Obesidad, mujeres 15-49 años (%)"),
    # persons' ages after them are no head ("females age 12 or older": the US SDG platform)
    ("en", "Rate of violent victimizations for females age 12 or older per 1,000 population"),
    # violence towards women measured over them (a Mexican state's gender indicators)
    ("en", "Prevalence of sexual violence towards women"),
    ("es", "Prevalencia de violencia sexual hacia las mujeres"),
    ("fr", "Prévalence des violences envers les femmes"),
    # the persons' sex past a definition in parentheses (Feed the Future's indicators)
    ("en", "Prevalence of underweight (BMI < 18.5) women of reproductive age (15-49 years of age)"),
    ("es", "Prevalencia de anemia (Hb<11) mujeres 15-49"),
    # a service's catalogue title, the persons who receive it after a comma
    ("en", "Cervical cancer screening, women 30-49 (%)"),
    # an item's qualifier in words, in parentheses, inside a breakdown list (Eustat's tables)
    ("es", "Población por comarca, año de nacimiento (quinquenal), estado civil legal y sexo"),
    ("fr", "Population par commune, année de naissance (quinquennale), état matrimonial et sexe"),
    # the count of one sex asked for within the total (World Bank corporate scorecard)
    ("en", "People and businesses using financial services, including the number of women"),
    ("fr", "Personnes utilisant des services financiers, dont le nombre de femmes"),
    ("es", "Personas que usan servicios financieros, incluido el número de mujeres"),
    # one sex in a topic's final parenthesis, with its ages (MINSA's labels)
    ("es", "Cáncer Próstata (Varones 50-59)"),
    # a condition only women have, named before the measure
    ("en", "Number of direct obstetric deaths in facility"),
    # one sex set beside the last word, as a survey's column gives the persons' sex (a GBV
    # service mapping)
    ("fr", "Personnes formées en comptabilité de base hommes"),
    ("fr", "Nombre de juristes / avocats femmes"),
    ("es", "Personas capacitadas en contabilidad básica mujeres"),
    # a cancer only women have: the persons screened or ill are women
    ("en", "Cervical cancer screening coverage"),
    ("fr", "Incidence du cancer du col de l'utérus"),
    ("es", "Cobertura de tamizaje de primera vez de CaCu (25-64 años)"),
    # a table crossed by sex first (the American Community Survey's titles)
    ("en", "Sex by Age"),
    ("en", "Sex by Industry for the Civilian Employed Population 16 and Over"),
    ("fr", "Sexe par âge"),
    ("es", "Sexo por edad"),
    # the persons' sex and age tabulated together, either first
    ("en", "Age and Gender of all main applicants (Counts)"),
    ("fr", "Âge et sexe des demandeurs d'asile"),
    ("es", "Sexo y edad de las personas solicitantes"),
    # a population pyramid is drawn by sex and age
    ("en", "Population pyramids, EU-27, 2004 and 2019"),
    ("fr", "Pyramide des âges"),
    ("es", "Pirámide de población por grupos quinquenales"),
    # a cancer only men have counts men, as the cervix's counts women
    ("en", "Prostate cancer mortality rate"),
    ("fr", "Taux de mortalité par cancer de la prostate"),
    ("es", "Tasa ajustada mortalidad cáncer de próstata"),
    # a respondent's answer about a condition or care only women have
    ("en", "Experienced physical violence during pregnancy"),
    ("en", "Completed 4+ antenatal care (ANC) visits"),
    ("en", "Delivered at home or in transit"),
    # an all-female cadre (Pakistan's lady health workers)
    ("en", "No. of LHWs reporting (from DMR) (%age)"),
    # the sexes' letters in parentheses with a comma, French girls and boys ("F/G")
    ("en", "# of government staff included in the vulnerability assessments (F, M)"),
    ("fr", "Nombre de talibés (F/G) ayant bénéficié d'une formation professionnelle"),
    # the count of one sex asked for within the total, written without an article
    ("en", "Number of additional youth in sustainable jobs out of which 30 percentage women"),
    ("fr", "Nombre de jeunes vulnérables, y compris nombre de femmes, qui ont reçu un appui"),
    # the measure's acronym, then the population it is taken over, in one parenthesis
    ("en", "Contraceptive prevalence rate (CPR, married women 15-49)"),
    ("fr", "Taux de prévalence contraceptive moderne (TPCm, femmes en union)"),
    ("es", "Tasa de uso de anticonceptivos modernos (TUAM, mujeres en unión)"),
    # a comparison after the breakdown list
    ("en", "Ratios of standard entry level wage by gender compared to local minimum wage"),
    ("fr", "Salaire moyen par sexe comparé au salaire minimum"),
    ("es", "Número de personas afiliadas por sexo respecto al año anterior"),
    # a Spanish doublet names both sexes as "niñas y niños" does (SNIS Bolivia, MINSA Peru)
    ("es", "Porcentaje de niños(as) de 6 a 35 meses diagnosticados con anemia"),
    ("es", "N°de beneficiarios(as) (niño/as) con educación en Salud Oral"),
    ("es", "Médicas/os no jubilados por 100.000 hab"),
    # ... as does a doublet on a word qualifying them or on the population a rate is taken over
    ("es", "Número de adolescentes privadas(os) de la libertad en centros de internamiento"),
    ("es", "Tasa de asistencia a la educación inicial de niños/as de 0 a 2 años"),
    # a gap or a balance between women and men, whatever words stand between (equality plans)
    ("es", "Brecha en la presencia de mujeres y hombres en los cargos de responsabilidad"),
    ("es", "Equilibrio de presencia femenina y masculina en la plantilla."),
    # a payment broken down by gender is its recipients' (SPEC P4's exception)
    ("en", "Income relief payment by gender"),
    # one sex as a field of a name joined by hyphens (OHID Fingertips names with sex and age)
    ("en", "Healthy life expectancy at birth-Female-All ages"),
    # a one-sex service named by its adjective alone; a participle read as one
    ("fr", "Evolution du taux de couverture prénatale"),
    ("en", "Women undergone a screening test for cervical cancer and breast cancer (%)"),
    # families of a target with the women and men in them counted in parentheses
    (
        "es",
        "El 90% de las 350 familias campesinas (344 mujeres y 340 varones) formadas han "
        "identificado prácticas inadecuadas de alimentación",
    ),
    # birth control is a use only persons make, taken over one sex (Los Angeles SDG platform)
    ("en", "Birth control use to prevent pregnancy among sexually active females"),
    # the number of an antenatal visit glued to its acronym (DHIS2 Sierra Leone, set 446)
    ("en", "ANC4 Coverage"),
    ("fr", "Couverture CPN4"),
    ("fr", "Taux de CPN 1"),
    # a grave accent typed for the apostrophe (set 452); deaths per women giving birth (set 448)
    ("fr", "Taux d`accouchements assistés par un personnel qualifié"),
    ("fr", "Taux de décès pour 100 000 parturientes"),
    # a programme's name spelt out in parentheses before a colon and the count (Haiti's iSanté)
    (
        "fr",
        "PTME (prévention de la transmission mère-enfant) : proportion de femmes enceintes "
        "infectées au VIH ayant reçu la trithérapie aux ARV",
    ),
    # births told by where or by whom they were delivered, and births to adolescents, are their
    # mothers' (sets 443, 454, 468, 469, 471, 473)
    ("en", "Percentage of births occurring within a medical facility"),
    ("en", "Total live births by attendant type"),
    ("en", "Adolescent birth rate"),
    ("en", "Teenage births"),
    # a measure of the clients of care only women receive (set 446)
    ("en", "ANC 1-3 Dropout Rate"),
    # a person noun of one sex after a slash beside the head (Primero's reports; set 499)
    ("es", "Número de niños/niñas por Región"),
    # "FE", femmes enceintes, as DR Congo's health information system writes them (set 492)
    ("fr", "Fer + Acide Folique - Nbre Fe ayant reçu au moins une dose"),
    ("fr", "Fe à risques detectés"),
    # an "-ing" form before persons qualifies them (India's HMIS; set 474)
    ("en", "Number of anaemic lactating mothers (of 0-6 months old child) put on treatment"),
    # live births to girls, births by their mother's residence (sets 447, 451)
    ("es", "Proporción de nacidos vivos hijos de niñas menores de 14 años"),
    ("es", "Cantidad de nacimientos según departamento de residencia materna"),
    # the feminine of a person noun listed in the masculine names women (sets 484, 492)
    ("fr", "Nouvelles acceptantes PF"),
    # the sex of persons tabulated, after a report's name and a dash (Primero; set 499)
    ("en", "Survivor Statistics - Sex of survivors"),
    ("fr", "Statistiques sur les survivants - Sexe des survivants"),
    (
        "fr",
        "Naissances des trois dernières années ayant eu lieu dans un établissement de santé (%)",
    ),
    # sexes compared; the sex letters joined by a hyphen (a Chilean health atlas, set 503)
    ("fr", "Différence entre le taux d'emploi des femmes et des hommes"),
    ("es", "Brecha de desocupación M-H"),
    # one sex as a field between spaced dashes; as an adjective between commas (sets 510, 508)
    (
        "en",
        "Minimum Dietary Diversity - Women - Proportion of women of reproductive age (15-49 years)"
        " have consumed at least five good groups (based on the MDD-W methodology)",
    ),
    (
        "es",
        "Ratio entre la cantidad de personas ocupadas y la cantidad de personas pertenecientes a "
        "la población económicamente activa, femenina, en la franja de los 18 a los 65 años",
    ),
    # persons said to receive care only one sex receives (a USAID OVC activity, set 510)
    ("en", "# of OVC Provided VMMC/SMC"),
    ("en", "Number of adolescents receiving ANC services"),
    # both sexes named by their articles or in the singular (sets 483, 451); one sex after a
    # comma and a group of several words (the BLS' series, set 490)
    (
        "es",
        "Tasa neta de matrícula a educación secundaria de las y los adolescentes de 12 a 16 años"
        " de edad",
    ),
    (
        "es",
        "Proporción de población menor de 5 años que es atendida para controles de rutina del"
        " niño o niña",
    ),
    ("en", "Unemployment Rate - 20 Yrs. & over, Black or African American Men"),
    # a sex's initial in parentheses at the end (a youth entrepreneurship project, set 514)
    ("fr", "Formés en entrepreneuriat (H)"),
    ("fr", "Bancarisés (F)"),
    # a rate per a number of one sex in the plural, inside a longer series name (set 519)
    (
        "en",
        "Community Health: Teen Pregnancy Rate per 1,000 Females - Aged 15-17 years by County Map:"
        " Latest Data",
    ),
    # one sex as a field after a dash, of a company's top management (ESRS S1, set 531)
    ("en", "Number of top management — female"),
    # one sex after a dash, the ages after it (Medicaid's Core Set, set 539)
    ("en", "Contraceptive Care - Postpartum Women Ages 21 to 44"),
    # a gap between the sexes named after the measure it is of (France's equality index, set
    # 548; UNDP's equality seal, set 549)
    ("fr", "Écart de taux d’augmentations individuelles entre les femmes et les hommes"),
    (
        "es",
        "Equilibrio en las tasas de cese de actividad de la empresa/organización de las mujeres y"
        " los hombres (índice de rotación)",
    ),
    (
        "en",
        "Scientists and engineers employed part time, by sex, ethnicity, race, disability status",
    ),
    # the participants, persons and beneficiaries of antenatal care are women (Naomi's labels in
    # French, sets 551, 555)
    ("fr", "Participants séropositifs aux CPN"),
    ("fr", "Prévalence du VIH parmi les personnes en consultation prénatale"),
    # the mix of sexes of a workforce or a customer base (CGAP's indicators, set 535)
    ("en", "Gender diversity of customer base"),
    ("en", "Gender diversity at FSP (by reference workforce group)"),
    # persons said to be of both sexes after a head no list knows (a Peruvian project, set 536)
    ("es", "Nº de oferentes de SAT que son campesinos o campesinas"),
    # key populations by their English acronyms in a Spanish package (PAHO's HIV prevention
    # tracker, set 546)
    ("es", "FSW elegibles que comenzaron PrEP al menos una vez en los últimos 12 meses"),
    # the share of one sex among the persons, "parmi lesquelles" and in the future (set 542)
    (
        "fr",
        "au moins 3 millions de personnes bénéficieront directement des investissements du"
        " Projet, parmi lesquelles environ 50% seront des femmes.",
    ),
    # the women of a share given in a target statement whose subject is the project (set 542)
    ("fr", "Le projet touchera 50 000 personnes (40 % de femmes)"),
    ("es", "El proyecto beneficiará a 2.000 personas (40% mujeres)"),
    ("en", "[Core] Number of women trained"),
    ("fr", "Nombre de femmes veuves"),
    ("en", "Cervical cancer screening of women living with HIV (survey data)"),
    ("fr", "Dépistage des femmes enceintes"),
    ("es", "Número de viudas"),
    ("es", "Paridad de género en congresos locales"),
    # deliveries at a facility, caesarean sections, skilled birth attendance and births to
    # young women count the women giving birth (S1; sets 586, 591, 594)
    ("en", "Percentage of Facility Based Delivery (FBD)"),
    ("en", "Cesarean Section Rates"),
    ("en", "Skilled birth attendance"),
    ("en", "Percentage of births to females under 19"),
    ("en", "% of livebirths attended by skilled personnel"),
    # a gender pension gap compares the sexes, as a pay gap does (set 598)
    ("en", "Gender Pension Gap (65 or over)"),
    ("en", "Expected years in retirement, men"),
    ("en", "Years in retirement for males"),
    # persons said to be pregnant in the clause after them (sets 542, 597); not children born
    ("en", "The proportion of adolescents who get pregnant before the age of 20 years"),
    ("en", "No. of adolescents (10-14 years) presenting with pregnancy"),
    ("fr", "Proportion des adolescents ayant eu une grossesse"),
    ("es", "Porcentaje de adolescentes que se embarazan"),
    # posts spread by sex stay their holders' when persons are named as holding them (set 548)
    (
        "fr",
        "Répartition des postes de travail exposés à des risques professionnels occupés par des"
        " hommes",
    ),
    # a breakdown followed by the population it is taken over (Kenya's HIV data warehouse, set
    # 644)
    ("en", "TLD UPTAKE BY AGE AND SEX AMONG PATIENTS CURRENT ON ART"),
    ("fr", "Dépistage du VIH par sexe chez les patients tuberculeux"),
    # the share of women named alone (a university's staff data, set 626)
    ("fr", "Féminisation des enseignants-chercheurs"),
    ("es", "Feminización de la matrícula"),
    # a catalogue's sex field between hyphens or sex code as its last field (Fingertips, the NHS
    # Compendium: sets 653, 656)
    ("en", "Supporting information - % population aged 65+-Female-65+ yrs"),
    ("en", "Live births in NHS hospitals: percent, 11+ years, annual, F"),
    ("en", "Mortality from chronic renal failure: number, by age group, annual, MFP"),
    # a sex adjective after the persons' complement (an ESG catalogue, set 664)
    ("fr", "Employés à temps plein masculins"),
    ("es", "Empleados a tiempo completo masculinos"),
    # the victims of an offence only one sex suffers (Chile's femicide data, set 679)
    ("es", "Víctimas de femicidio"),
    ("en", "Victims of femicide"),
    # a sex adjective ending an English label of persons (Zambia's HIA2 report, set 686)
    ("en", "Attendance child health 12-59 months male"),
    # an open age bound with its plus sign before "year old" (NRC's intake forms, set 700)
    ("en", "Number of 59+ year old females"),
    # a sex's initial in parentheses at the end, also glued to the age before it (Kenya's MOH
    # 731 report rows, set 736)
    ("en", "On CTX Below 15 yrs(M)"),
    ("en", "Starting ART -Below 1yr(M)"),
    # gender in groups, as ages are (UNICEF's HOPE dashboard, set 747)
    ("en", "People Reached by Age and Gender Groups"),
    # the representation of each gender in a workforce (SASB's standards, set 727)
    (
        "en",
        "Percentage of gender and racial/ethnic group representation in management and all "
        "employees",
    ),
    # a sex between a series and the group of the next column, each heading capitalised (a
    # job bank's report, set 726)
    ("es", "Número de Estudiantes /Egresados Hombres Victimas"),
    (
        "es",
        "Número de personas atendidas en entrevista de orientación ocupacional Mujeres Migrantes "
        "Venezolanos",
    ),
    # the sex of the persons counted, named after the breakdown (the Social Mobility
    # Commission's tables, set 751; a Philippine GAD plan, set 754)
    (
        "en",
        "Percentage of 25 to 64 year olds who owned their own homes, by sex of respondent and "
        "ownership status of their parents (UK, 2016 to 2020 combined)",
    ),
    ("en", "Number of beneficiaries with secured land tenure (by sex of beneficiary)"),
    # figures for each sex side by side (a Philippine university's GAD plan, set 754)
    ("en", "No. of students oriented on GAD - 4,000 students oriented on GAD (F:2750 M:1250)"),
    # the ratio of the sexes (Spain's INE basic demographic indicators, set 763)
    ("es", "Ratio de Masculinidad al Nacimiento"),
    # maternity names the mothers (set 655)
    ("es", "Maternidad adolescente"),
    # deliveries named by where or by whom they were attended (Bangladesh's demographic data
    # sheet, set 770; Ethiopia's HMIS, set 766)
    ("en", "Delivery at Health Facilities"),
    ("en", "Skilled delivery attendance"),
    ("en", "Caesarean section (C/S) rate"),
    # one sex last, in lower case, after the thing the share is of (a Kenyan county, set 575)
    ("en", "Proportion completed secondary education men"),
    # one sex last after a capitalised word, before its unit (education yearbooks, sets 603, 725)
    ("fr", "Taux net d’admission en 1ère année Secondaire Filles"),
    ("fr", "Taux brut de scolarisation au primaire Filles (%)"),
    # a compound breakdown misspelt as typed in a form (a Philippine GAD database, set 754)
    ("en", "Total population by Martial status , Sex Dissaggregate (www.nscb.gov.ph)"),
    # money taken over persons of one sex named after it (the ACS's profiles, set 729)
    ("en", "Median earnings for female workers (dollars)"),
    # a breakdown ending a title written as a question (CMS's CHIP statistical forms, set 774)
    ("en", "What is the number of enrollees by gender?"),
]


@pytest.mark.parametrize(("language", "text"), BY_SEX)
def test_disaggregated_by_sex(language: str, text: str):
    verdict = classify(text, language)
    assert verdict.people, verdict.reason
    assert "sex" in verdict.disaggregated_by


NOT_BY_SEX = [
    # both sexes named, then combined: a total (Northern Ireland's health index, set 633)
    ("en", "Average healthy life expectancy for men and women combined."),
    ("fr", "Espérance de vie, hommes et femmes confondus"),
    # "analfabeta" is one form for both sexes, not the feminine of "analfabeto" (set 517)
    ("es", "Analfabetas"),
    # live births alone are newborns of both sexes
    ("es", "Nacidos vivos"),
    # parents are both sexes ("padres"; the singular "padre" is the father)
    ("es", "Número de padres capacitados"),
    # a widowed status agreeing with an epicene noun is no sex: widowers and widows (sets
    # 521, 572); widows named alone or as women are
    ("es", "Demografia - Personas viudas [%]"),
    ("fr", "nombre de personnes de 15 ans ou plus veuves"),
    # orphans who lost their mother are of either sex
    ("en", "Number of maternal orphans enrolled in the program"),
    ("fr", "Nombre d'orphelins de mère pris en charge"),
    ("es", "Número de huérfanos de madre atendidos"),
    # births count newborns of either sex; only births attended name the women giving birth
    ("en", "Number of live births"),
    ("fr", "Nombre de naissances vivantes"),
    # those who give such care are not its clients
    ("en", "ANC nurses trained in counselling"),
    ("en", "Number of health workers provided ANC training"),
    # children named, whatever condition their mothers had
    ("fr", "Couverture vaccinale des enfants nés après une grossesse à risque"),
    # persons named who give the care, or a cause of death: no one-sex care reached
    ("en", "Number of health workers trained in antenatal care"),
    (
        "en",
        "Cause of death, by communicable diseases and maternal, prenatal and nutrition conditions",
    ),
    # a breakdown said to be missing
    ("en", "Number of people trained (data not disaggregated by sex)"),
    ("en", "Percent of Children Whose Sex Disaggregation is Not Available, 6-23 Months"),
    ("fr", "Nombre de personnes formées (données non ventilées par sexe)"),
    ("es", "Número de personas capacitadas (datos no desagregados por sexo)"),
    ("en", "Number of farmers trained on soil fertility"),
    ("en", "Youth unemployment rate in rural areas"),
    ("en", "Number of teachers trained for girls' education"),
    ("es", "Número de jefes de hogar capacitados en gestión financiera"),
    # "la policía" is the institution; "las policías" are women officers
    ("es", "Porcentaje de personas con confianza alta en la policía"),
    # breastfeeding counts babies: "materna", "maternel" name no one's sex there
    ("es", "Lactancia materna exclusiva en menores de 6 meses (%)"),
    ("fr", "Allaitement maternel exclusif des enfants de moins de 6 mois (%)"),
    # a mother tongue is a language
    ("es", "Lengua materna de la población censada"),
    ("fr", "Population selon la langue maternelle, par commune"),
    ("en", "Population by mother tongue and district"),
    # midwives are of either sex, in every language
    ("en", "Number of nurses and midwives trained in emergency obstetric care"),
    ("fr", "Effectif total des sages-femmes"),
    ("fr", "Nombre de sage femme diplômé"),
    ("es", "Número de matronas"),
    ("es", "Parteras capacitadas en atención del parto limpio"),
    ("en", "Number of households registered (F: 120; F: 80)"),
    # a parity index between other groups
    ("es", "Índice de paridad entre personas con y sin discapacidad en la matrícula"),
    ("fr", "Indice de parité entre zones urbaines et rurales du taux de scolarisation"),
    # "genre de" is a kind, not a sex
    ("fr", "Chômeurs selon le genre de travail recherché"),
    ("fr", "Taux d'emploi selon le genre d'établissement fréquenté"),
    # equality between women and men as a topic, not a comparison
    ("fr", "Part du budget alloué à l'égalité entre les femmes et les hommes"),
    ("en", "Number of migrants referred, by nationality and age"),
    ("en", "Number of workers receiving legal aid, disaggregated by age and destination"),
    ("en", "Number of staff trained on violence against women and girls"),
    ("en", "Number of officials trained to collect sex-disaggregated data"),
    ("en", "Number of people reached by district authorities"),
    ("en", "Number of man-months of expertise delivered"),
    ("fr", "Nombre de personnes ayant bénéficié d'un soutien, par tranche d'âge"),
    ("fr", "Nombre d'enseignants formés à l'éducation des filles et des garçons"),
    ("es", "Número de docentes capacitados en inclusión escolar de niñas y niños"),
    ("es", "Número de niños vacunados"),  # Spanish masculine plural is generic
    ("es", "Número de personas atendidas, desagregado por nacionalidad"),
    # a population is of either sex whatever its adjectives agree with
    ("fr", "Population déplacée et retournée assistée"),
    ("es", "Población migrante y retornada atendida"),
    # masculine determiners name both sexes; "la población" is feminine by grammar only
    ("es", "Porcentaje de los estudiantes que terminan la educación secundaria"),
    ("es", "Proporción de la población ocupada en el sector informal"),
    # one-sex persons named far from the head, or things of women, are no population
    (
        "en",
        "Proportion of people who say that wife beating is an acceptable way for husbands to "
        "discipline their wives",
    ),
    ("es", "Porcentaje de docentes en escuelas de mujeres"),
    ("fr", "Nombre de travailleurs selon le genre de travail"),  # a kind of work
    # the grounds of a discrimination or of a violence are no breakdown (Colombian universities'
    # gender-violence indicator sheets)
    (
        "es",
        "Porcentaje de estudiantes que reportan haber experimentado discriminación por género, "
        "etnia, discapacidad u orientación sexual",
    ),
    ("es", "Número de casos de violencia por razones de género"),
    ("es", "Docentes a cargo de niñas"),
    ("fr", "Effectifs ST1 - Enseignement Maternelle"),
    ("fr", "Nombre d'enseignants des écoles maternelles"),
    ("en", "Number of people trained (excluding women)"),
    ("en", "Inbound mobility rate, both sexes (UIS estimate) (%)"),
    ("fr", "Taux brut de scolarisation (sexes confondus)"),
    ("es", "Tasa de movilidad saliente, ambos sexos (%)"),
    ("en", "Cases of violence against Women"),
    ("es", "Etapas educativas. Total niños"),
    ("en", "Access to Services for Female"),
    ("en", "Violence Against Women Survey Report By Region"),
    ("es", "Número de niñxs atendidxs"),
    # mother-to-child transmission infects infants of either sex
    ("en", "Mother-to-child transmission rate of HIV"),
    ("es", "TASA DE TRANSMISION MATERNO INFANTIL POR VIH"),
    ("fr", "Taux de transmission mère-enfant du VIH"),
    ("en", "Number of infants whose mothers received ARV during pregnancy"),
    ("en", "Counselling on infant feeding (%)"),
    # girls and boys listed in a topic after the persons counted, past a comma
    ("es", "# de personas capacitadas en temas de protección de niños, niñas y adolescentes"),
    # a title that ends on women as a complement, not as the persons' sex
    ("fr", "Agents formés sur les violences faites aux femmes"),
    ("es", "Personal capacitado en violencia contra las mujeres"),
    # breast cancer is no woman's only; health workers trained to screen are of both sexes
    ("en", "Incidence of breast cancer"),
    ("en", "Number of health workers trained in cervical cancer screening"),
    # the age of things is no sex; nor are urologists who treat the prostate
    ("en", "Age of vehicles by type"),
    ("en", "Number of urologists trained in prostate cancer surgery"),
    # a respondent's answer that names no condition of one sex; letters of no sex pair
    ("en", "Experienced physical violence since age 15"),
    ("en", "Number of staff trained (A, B)"),
    # "y/o" is no doublet; French inclusive writing asks for no breakdown (written set fr-dmf-023)
    ("es", "Número de personas con discapacidad y/o sustitutos insertados en el sistema laboral"),
    ("fr", "Nombre de survivant·e·s de VBG pris·es en charge"),
    # a feminine agreeing with a feminine noun names no sex (set 503)
    ("es", "Porcentaje de la población que es beneficiaria de FONASA"),
    # birth attendants trained are of both sexes
    ("en", "Skilled birth attendants trained"),
    ("en", "Number of adolescents who received HIV tests"),
    # persons of both sexes, in the catalogue's code or field
    ("en", "Deaths from suicide: rate, all ages, annual, P"),
    ("es", "Víctimas de homicidio"),
    ("en", "Supporting information - % population aged 65+-Persons-65+ yrs"),
    # a feminine adjective agreeing with the noun before it in a parenthesis names no women
    # ("movilidad humana": Ecuador's risk dashboard, set 710; "atención médica")
    ("es", "NNA (movilidad humana) matriculados en sistema educativo"),
    ("es", "Personas atendidas (atención médica)"),
    # "(m)" in lower case is a metre
    ("en", "Number of persons living within 500 (m)"),
    # a transgender person names no sex of those counted (conventions S2; set 773)
    ("en", "Number of TRANSMAN Given TPT"),
    # a service delivered is no birth
    ("en", "Service delivery at health facilities"),
]


@pytest.mark.parametrize(("language", "text"), NOT_BY_SEX)
def test_not_disaggregated_by_sex(language: str, text: str):
    assert "sex" not in classify(text, language).disaggregated_by


def test_breakdowns_are_listed_in_a_fixed_order():
    assert breakdowns("disaggregated by nationality, disability, age and sex") == (
        "sex",
        "age",
        "disability",
        "nationality",
    )
    assert breakdowns("desagregado por edad y municipio") == ("age", "location")
    assert breakdowns("by sex and destination country") == ("sex", "location")
    assert breakdowns("Number of people (M/F, by age group)") == ("sex", "age")


def test_a_breakdown_typed_without_its_accent_in_an_accented_title_is_read():
    """One word typed without its accent among accented ones ("pasantías por genero": a
    university's open-data catalogue; "Élèves inscrits par age") still names a breakdown."""
    assert classify(
        "Estudiantes que realizan pasantías por genero y en varios periodos", "es"
    ).disaggregated_by == ("sex",)
    assert classify("Élèves inscrits par tranche d'age", "fr").disaggregated_by == ("age",)


def test_a_breakdown_list_may_name_a_long_french_breakdown():
    """Breakdowns named in five or six words after their head ("statut au regard de
    l'immigration", SDG 8.8.1 in French) end the list without hiding the sex breakdown."""
    assert breakdowns(
        "Nombre d’accidents du travail mortels et non mortels par 100 000 travailleurs, "
        "par sexe et statut au regard de l’immigration"
    ) == ("sex", "status")
    assert breakdowns(
        "Proportion de la population par sexe et statut au regard de l'immigration"
    ) == (
        "sex",
        "status",
    )


def test_params_name_known_breakdowns():
    assert IndicatorParams().require == ["sex"]
    with pytest.raises(ParamError, match="unknown breakdown 'gender'"):
        IndicatorParams(require=["gender"])


def test_baseline_given_per_sex_counts_as_a_sex_breakdown(tmp_path: Path):
    path = tmp_path / "per-sex.md"
    path.write_text(
        "## Results\n\n| Indicators | Baseline | Target |\n|---|---|---|\n"
        "| Number of migrants referred to services | Women: 0<br>Men: 0 | 500 |\n"
        "| Number of counsellors trained | 0 | 40 |\n",
        encoding="utf-8",
    )
    result = lint(path, "en")
    assert facts(result, "Number of migrants referred to services")["disaggregated_by"] == ["sex"]
    assert flagged(result) == ["Number of counsellors trained"]


def test_word_table_with_merged_cells_and_two_paragraph_cell():
    path = Path(__file__).resolve().parent.parent / "fixtures" / "readers" / "tables.docx"
    if not path.exists():
        pytest.skip("reader fixtures not built")
    result = lint(path)
    assert texts(result)[:2] == ["Number of women and men counselled", "Number of sessions held"]
    assert "Indicators" not in texts(result)
    assert flagged(result) == ["Number of counsellors trained"]


def test_labelled_line_taken_for_a_heading_is_still_an_indicator(tmp_path: Path):
    path = tmp_path / "h.md"
    path.write_text(
        "# Results\n\n## Indicator 2: Number of judges trained\n\n"
        "## Indicator monitoring: roles\n\nText.\n",
        encoding="utf-8",
    )
    result = lint(path, "en")
    assert texts(result) == ["Number of judges trained"]


# --- a proposal-wide statement ("all indicators will be disaggregated by sex") ------------------

STATEMENT_PROPOSALS = {
    "en": (
        "# Monitoring\n\nAll indicators will be disaggregated by sex and age wherever possible.\n\n"
        "## Indicators\n\n- Number of migrants assisted\n- Number of SOPs adopted\n",
        "Number of migrants assisted",
    ),
    "fr": (
        "# Suivi\n\nTous les indicateurs seront ventilés par sexe et par âge.\n\n"
        "## Indicateurs\n\n- Nombre de migrants de retour assistés\n- Nombre de plans adoptés\n",
        "Nombre de migrants de retour assistés",
    ),
    "es": (
        "# Seguimiento\n\nTodos los indicadores se desagregarán por sexo y edad.\n\n"
        "## Indicadores\n\n- Número de personas atendidas\n- Número de planes aprobados\n",
        "Número de personas atendidas",
    ),
}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_proposal_wide_statement_is_reported_but_does_not_replace_the_breakdown(
    tmp_path: Path, language: str
):
    text, people_indicator = STATEMENT_PROPOSALS[language]
    path = tmp_path / "p.md"
    path.write_text(text, encoding="utf-8")
    result = lint(path, language)
    statement = result.disaggregation_statement
    assert statement is not None and statement.disaggregated_by == ("sex", "age")
    assert statement.location.line == 3
    assert result.to_dict()["disaggregation_statement"]["text"] == statement.text
    [finding] = [f for f in result.findings if f.rule == "SD001"]
    assert finding.match == people_indicator
    assert "the proposal states that all indicators will be disaggregated by sex and age" in (
        finding.message
    )
    assert "3:1" in finding.message


def test_the_statement_satisfies_sd001_when_the_param_says_so(tmp_path: Path):
    text, _ = STATEMENT_PROPOSALS["en"]
    path = tmp_path / "p.md"
    path.write_text(text, encoding="utf-8")
    config = Config()
    config.set("rules", {"SD001": {"params": {"statement_satisfies": True}}}, "test")
    all_rules, _ = resolve_rules(config)
    sd_rules = tuple(rule for rule in all_rules if rule.id.startswith("SD"))
    result = lint_file(path, RunOptions(sd_rules, tuple(all_rules), "en"))
    assert not [f for f in result.findings if f.rule == "SD001"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Data on gender-based violence will be disaggregated by sex.",  # not all data
        "All indicators will be monitored quarterly.",  # no breakdown
        "All training sessions will be held separately for women and men.",
    ],
)
def test_sentences_that_are_not_a_proposal_wide_statement(tmp_path: Path, sentence: str):
    path = tmp_path / "p.md"
    path.write_text(
        f"# Monitoring\n\n{sentence}\n\n## Indicators\n\n- Number of migrants assisted\n",
        encoding="utf-8",
    )
    result = lint(path, "en")
    assert result.disaggregation_statement is None
    [finding] = [f for f in result.findings if f.rule == "SD001"]
    assert "the proposal states" not in finding.message


# --- layouts of real results frameworks -------------------------------------------------------


def test_lists_under_a_results_framework_heading_nested_under_outcomes(tmp_path: Path):
    """Indicators written as "1.1.1" items nested under outcome bullets under a "RESULTS
    FRAMEWORK" heading; the outcomes are not indicators; an "Assumptions" sub-heading ends it."""
    path = tmp_path / "p.md"
    path.write_text(
        "# Concept note\n\n## 6. RESULTS FRAMEWORK\n\n"
        "- Outcome 1: Women farmers increase their incomes\n"
        "  - 1.1.1 Number of women farmers trained in post-harvest handling\n"
        "  - 1.1.2 Percentage of trained farmers using hermetic bags\n"
        "- Outcome 2: Local markets are safer\n"
        "  - 2.1.1 Number of market committees with a safety plan\n\n"
        "### Assumptions\n\n- Prices of hermetic bags remain stable\n",
        encoding="utf-8",
    )
    result = lint(path, "en")
    assert texts(result) == [
        "Number of women farmers trained in post-harvest handling",
        "Percentage of trained farmers using hermetic bags",
        "Number of market committees with a safety plan",
    ]
    assert flagged(result) == ["Percentage of trained farmers using hermetic bags"]


def test_several_labels_in_one_hard_wrapped_paragraph_of_a_text_logframe(tmp_path: Path):
    path = tmp_path / "logframe.txt"
    path.write_text(
        "Annex B: Logical framework\n==========================\n\n"
        "Specific objective 1: Border officials apply risk-based procedures\n"
        "-------------------------------------------------------------------\n\n"
        "Indicator 1.1: Number of border officials trained on risk-based inspection.\n"
        "Indicator 1.2: Number of inspection lanes equipped with document readers.\n"
        "Indicator 1.3: Proportion of referred persons who receive a first\n"
        "interview within 24 hours (2023 baseline: 35%). Source of verification:\n"
        "training records.\n",
        encoding="utf-8",
    )
    result = lint(path, "en")
    assert texts(result) == [
        "Number of border officials trained on risk-based inspection",
        "Number of inspection lanes equipped with document readers",
        "Proportion of referred persons who receive a first interview within 24 hours "
        "(2023 baseline: 35%)",
    ]
    assert len(flagged(result)) == 2


def test_docx_cell_enumerating_indicators_inline_and_a_timeframe_cell(tmp_path: Path):
    """A results and resources framework cell "a. … b. …" holds two indicators; a cell that
    only says "By 2027:" is not one; a merged title row sits above the header row."""
    import docx

    document = docx.Document()
    document.add_heading("Results and resources framework", level=1)
    table = document.add_table(rows=4, cols=3)
    title = table.cell(0, 0).merge(table.cell(0, 2))
    title.text = "Joint programme results and resources framework"
    for col, header in enumerate(("Outcome", "Indicators", "Targets")):
        table.cell(1, col).text = header
    table.cell(2, 0).text = "Outcome 1: Women's incomes increase"
    table.cell(2, 1).text = (
        "a. Number of women with a savings account b. Value of loans disbursed to women-owned "
        "enterprises (USD)"
    )
    table.cell(2, 2).text = "a. 4,000 b. 2 million"
    table.cell(3, 0).text = "Outcome 2: Safer markets"
    table.cell(3, 1).text = "By 2027:"
    table.cell(3, 2).text = "20"
    path = tmp_path / "rrf.docx"
    document.save(path)
    result = lint(path, "en")
    assert texts(result) == [
        "Number of women with a savings account",
        "Value of loans disbursed to women-owned enterprises (USD)",
    ]
    assert flagged(result) == []


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("R1 : Les femmes participent aux comités", True),
        ("R2 (suite)", True),
        ("R1. Mejorada la participación de las mujeres", True),
        ("Outcome 1: Women farmers adopt climate-smart practices", True),
        ("R1.I2 Porcentaje de mujeres en cargos de elección popular", False),  # a code, not R1.
        ("R2.3 Number of returnees counselled", False),
        # a word after a result label is no code: Eurostat's labour-market indicators
        ("Activity rate (age 15-64) - women", False),
        ("Activity 1.1: Train 200 teachers in inclusive pedagogy", True),
    ],
)
def test_result_chain_codes_are_not_result_statements(text: str, statement: bool):
    from pat_lint.analysis.indicators.spans import is_result_statement

    assert is_result_statement(text) is statement


def test_codes_and_programme_tags_of_a_health_information_system_are_not_the_text(
    tmp_path: Path,
):
    """Indicator names exported from a health information system start with a code or a
    programme tag ("TB012 - ", "HIV - 2.3 - ", "VIH: ", "HIV PREV - PRV.3 ", "TB-Household - ");
    a dash glued to the first word is a list marker. The indicator is the text after them, and
    it is read from there (the coverage of a service counts the persons it reaches)."""
    result = lint(
        framework_table(
            tmp_path,
            "TB012 - Persons screened for tuberculosis (%)",
            "HIV - 2.3 - Clients linked to prevention services, by sex and age",
            "HIV: key population on treatment (%)",
            "-Number of health facilities offering PEP",
            "COVID-19 vaccination coverage among health workers (%)",
            "HIV PREV - PRV.3 PrEP coverage (%)",
            "HIV PREV - HTS. 8 Syphilis screening coverage (%)",
            "TB-Household - Contacts under 5 years screened",
        ),
        "en",
    )
    assert texts(result) == [
        "Persons screened for tuberculosis (%)",
        "Clients linked to prevention services, by sex and age",
        "key population on treatment (%)",
        "Number of health facilities offering PEP",
        "COVID-19 vaccination coverage among health workers (%)",
        "PrEP coverage (%)",
        "Syphilis screening coverage (%)",
        "Contacts under 5 years screened",
    ]
    assert flagged(result) == [
        "Persons screened for tuberculosis (%)",
        "key population on treatment (%)",
        "COVID-19 vaccination coverage among health workers (%)",
        "PrEP coverage (%)",
        "Syphilis screening coverage (%)",
        "Contacts under 5 years screened",
    ]


def test_a_hyphenated_code_with_its_dash_joined_is_not_the_text(tmp_path: Path):
    """DHIS2's vector-control packages in French write their code with the dash joined to it
    ("VC-ITN- Nombre de personnes …"); a single word before a joined dash stays the text
    ("HIV- positive clients" is a spelling of "HIV-positive")."""
    result = lint(
        framework_table(
            tmp_path,
            "VC-ITN- Nombre de personnes à risque bénéficiées",
            "VC-IRS- Femmes qui habitent dans des structures pulvérisées",
            "HIV- positive clients enrolled in care",
        ),
        "fr",
    )
    assert texts(result) == [
        "Nombre de personnes à risque bénéficiées",
        "Femmes qui habitent dans des structures pulvérisées",
        "HIV- positive clients enrolled in care",
    ]
    assert flagged(result)[:1] == ["Nombre de personnes à risque bénéficiées"]
    assert "Femmes qui habitent dans des structures pulvérisées" not in flagged(result)


def test_a_framework_reference_in_brackets_before_the_indicator_is_not_its_text(tmp_path: Path):
    """A project logframe names the global indicator it reports against in brackets before the
    title, spaced or joined ("[SDG 4.4.1]Number of youth …", GGGI's DigiGreen logframe); a
    bracketed note inside the title stays."""
    result = lint(
        framework_table(
            tmp_path,
            "[SDG 4.4.1]Number of youth and adults with ICT skills, by type of skill",
            "[SDG 5.5.2] Proportion of women in managerial positions",
            "Number of [partner] staff trained",
        ),
        "en",
    )
    assert texts(result) == [
        "Number of youth and adults with ICT skills, by type of skill",
        "Proportion of women in managerial positions",
        "Number of [partner] staff trained",
    ]
    assert flagged(result)[:1] == ["Number of youth and adults with ICT skills, by type of skill"]
    assert "Proportion of women in managerial positions" not in flagged(result)


def test_a_form_s_section_codes_and_question_number_are_not_the_text(tmp_path: Path):
    """A baseline survey's forms put two section codes and the question's number before each
    question ("EDL - BCZS - 114. Nombre …", "EDL - CS - 201 - RH au CS : …"); a word with its
    plural mark glued in parentheses ("Pharmacien(s)") is read as the word."""
    result = lint(
        framework_table(
            tmp_path,
            "EDL - BCZS - 114. Nombre d'hôpitaux dans la zone de santé",
            "EDL - CS - 902.2 Participation communautaire : Nombre de membres du COGE",
            "EDL - BCZS - 203. RH au BCZS : Nombre de Pharmacien(s) homme",
        ),
        "fr",
    )
    assert texts(result) == [
        "Nombre d'hôpitaux dans la zone de santé",
        "Participation communautaire : Nombre de membres du COGE",
        "RH au BCZS : Nombre de Pharmacien(s) homme",
    ]
    assert flagged(result) == ["Participation communautaire : Nombre de membres du COGE"]


def test_an_activity_path_before_the_indicator_is_not_its_text(tmp_path: Path):
    """Activity databases export an indicator with the path of activities above it
    ("Case management > # of girls and boys …"); a comparison ("> 2 SD") is not a path."""
    result = lint(
        framework_table(
            tmp_path,
            "Legal aid > # of refugees receiving legal counselling",
            "Hotlines > Number of women and girls calling the GBV hotline",
            "% of children under 5 with weight-for-height > 2 SD",
        ),
        "en",
    )
    assert texts(result) == [
        "# of refugees receiving legal counselling",
        "Number of women and girls calling the GBV hotline",
        "% of children under 5 with weight-for-height > 2 SD",
    ]
    assert flagged(result) == [
        "# of refugees receiving legal counselling",
        "% of children under 5 with weight-for-height > 2 SD",
    ]


def test_a_modality_after_the_indicator_in_a_path_is_not_its_text(tmp_path: Path):
    """Some activity databases also write the modality after the indicator ("… > # supported
    with winter energy > cash-voucher"): the indicator is the step that reads as one."""
    result = lint(
        framework_table(
            tmp_path,
            "Winter heating > # supported with winter energy > cash-voucher",
            "Food assistance > Number of women and men receiving food > in-kind",
        ),
        "en",
    )
    assert texts(result) == [
        "# supported with winter energy",
        "Number of women and men receiving food",
    ]
    assert flagged(result) == ["# supported with winter energy"]


def test_a_sub_activity_and_modality_after_a_counting_step_are_not_its_text(tmp_path: Path):
    # ActivityInfo's Ukraine response plan: activity > indicator > sub-activity > modality
    result = lint(
        framework_table(
            tmp_path,
            "Distribution of in-kind food assistance > # of individuals receiving in-kind food "
            "assistance > General Food Distribution > In-kind",
            "Provision of agricultural inputs > # of individuals provided with emergency "
            "agriculture inputs > Vegetable seeds, seedlings and hand tools > In-kind",
        ),
        "en",
    )
    assert texts(result) == [
        "# of individuals receiving in-kind food assistance",
        "# of individuals provided with emergency agriculture inputs",
    ]
    assert flagged(result) == texts(result)


def test_a_cell_of_many_path_steps_is_read_in_linear_time(tmp_path: Path):
    """A pasted cell with thousands of " > " (a hostile or broken export) gets a verdict in
    seconds: finding the last step of a path must not backtrack over the earlier ones."""
    import json

    from tests.running import check_json

    path = tmp_path / "steps.md"
    cell = "word word word > " * 3000 + "Number of persons trained in first aid"
    path.write_text(f"## Indicators\n\n- {cell}\n", encoding="utf-8")
    run = check_json(path, timeout=60)
    report = json.loads(run.stdout)
    indicators = report["files"][0]["indicators"]
    assert [i["text"] for i in indicators] == ["Number of persons trained in first aid"]
