"""The gender section check (GS001/GS002) on real files, as a user sees it.

Two sources of files: the built dev corpus (every format: docx, pdf, md, txt; en/fr/es),
when it has been built, and small proposals written here in Markdown and plain text. The
assertions are what a user notices: which finding, where it points, what the message says,
and the ``gender_section`` object of the JSON report.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pat_lint.checks import ParamError, build_params, registry
from pat_lint.config import Config, resolve_rules
from pat_lint.engine import RunOptions, lint_file
from tests import corpus_eval

ROOT = Path(__file__).resolve().parent.parent
ALL_RULES, _ = resolve_rules(Config())
GS_RULES = tuple(rule for rule in ALL_RULES if rule.id in ("GS001", "GS002"))
CORPUS = corpus_eval.load_corpus()


def check(path: Path, rules=GS_RULES, language: str | None = None):
    """Lint ``path`` with the GS rules only."""
    return lint_file(path, RunOptions(tuple(rules), tuple(ALL_RULES), language))


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def rules_fired(result) -> list[str]:
    return [finding.rule for finding in result.findings]


# --------------------------------------------------------------------------------------------
# The built corpus: every format, every language
# --------------------------------------------------------------------------------------------


@pytest.mark.skipif(not CORPUS, reason="corpus not built (python fixtures/build_fixtures.py)")
@pytest.mark.parametrize("item", CORPUS, ids=[item.path.name for item in CORPUS])
def test_corpus_file_gets_the_reviewers_verdict(item):
    result = check(item.path)
    assert result.status == "ok", result.error
    label = item.labels["gender_section"]
    expected = corpus_eval.section_outcome_expected(item.labels)
    assert corpus_eval.section_outcome_found(result) == expected, result.gender_section
    facts = result.gender_section
    assert facts.found is label["found"]
    if not label["found"]:
        assert facts.heading is None and facts.words == 0
        (finding,) = result.findings
        assert finding.rule == "GS001" and finding.severity.label == "error"
        assert finding.location.line is None and finding.location.page is None
        return
    assert facts.heading == label["heading"]  # as written, numbering included
    assert facts.adequate is label["adequate"]
    assert facts.words > 0
    if not label["adequate"]:
        (finding,) = result.findings
        assert finding.rule == "GS002" and finding.severity.label == "warning"
        assert finding.match == label["heading"]
        assert finding.location.section == label["heading"]
        assert "names no difference between women and men" in finding.message


@pytest.mark.skipif(not CORPUS, reason="corpus not built")
def test_corpus_covers_every_format_and_outcome():
    formats = {item.path.suffix for item in CORPUS}
    outcomes = {corpus_eval.section_outcome_expected(item.labels) for item in CORPUS}
    assert {".docx", ".md", ".txt"} <= formats
    assert outcomes == {"missing", "inadequate", "adequate"}


# --------------------------------------------------------------------------------------------
# Small proposals: what the check finds, and what it says
# --------------------------------------------------------------------------------------------

TOKEN_EN = """\
# Fair recruitment project

## 1. Background

Recruitment fees in the corridor are high and most workers borrow to pay them. Agencies are
poorly regulated and complaints are rarely resolved.

## 4. Gender analysis

Gender issues will be taken into account in all activities.

## 5. Risks

Policy changes may delay the work.
"""

ADEQUATE_SUBSECTION_EN = """\
# Border post project

## 5. Management

The project team is based in Chipata.

## 6. Cross-cutting issues

### 6.1 Environment

The works will avoid wetlands.

### 6.2 Gender

The corridor is used very differently by women and men. About 70% of small-scale traders are
women, who carry goods on foot and face demands for bribes and harassment at the crossing; they
avoid it after dark because there is no lighting. Men dominate long-distance trucking and face
long waits in the parking yard. Only 18% of officers are women, so women travellers are often
searched by male officers.

The project will build separate search rooms for women and men, light the pedestrian lane, set
a target of 35% women among officers trained, and collect all data disaggregated by sex and age.

### 6.3 Human rights

Training integrates non-refoulement.
"""


def test_token_line_is_inadequate_and_points_at_its_heading(tmp_path: Path):
    result = check(write(tmp_path, "p.md", TOKEN_EN))
    (finding,) = result.findings
    assert finding.rule == "GS002"
    assert finding.name == "inadequate-gender-section"
    assert finding.category == "gender-section"
    assert finding.match == "4. Gender analysis"
    assert finding.location.line == 8 and finding.location.column == 4
    assert finding.location.section == "4. Gender analysis"
    assert "names no difference between women and men" in finding.message
    assert "states no measure" in finding.message
    assert "only 10 words" in finding.message
    section = result.gender_section
    assert (section.found, section.heading, section.words, section.adequate) == (
        True,
        "4. Gender analysis",
        10,
        False,
    )


def test_subsection_is_reported_with_its_own_numbered_heading(tmp_path: Path):
    result = check(write(tmp_path, "p.md", ADEQUATE_SUBSECTION_EN))
    assert rules_fired(result) == []
    facts = result.gender_section
    assert facts.heading == "6.2 Gender" and facts.adequate is True
    assert facts.words > 60 and facts.differences >= 2 and facts.measures >= 1


def test_same_level_numbered_headings_still_nest(tmp_path: Path):
    """A Markdown file that uses ``##`` for "6." and "6.2" alike: 6.2 is still a sub-section."""
    text = ADEQUATE_SUBSECTION_EN.replace("### ", "## ")
    result = check(write(tmp_path, "p.md", text))
    assert result.gender_section.heading == "6.2 Gender"
    assert rules_fired(result) == []


def test_missing_section_is_a_document_level_error(tmp_path: Path):
    text = """\
# Border management project

## 1. Background

Traffic at the crossing has grown by 11% a year. Dwell times are long and agencies do not
share data. Male and female travellers complain about delays.

## 2. Activities

The project will train 240 officers and install six biometric workstations. Women and men
will benefit from faster clearance.
"""
    result = check(write(tmp_path, "p.md", text))
    (finding,) = result.findings
    assert finding.rule == "GS001" and finding.severity.label == "error"
    assert finding.match == "" and finding.location.line is None
    assert "no gender section" in finding.message
    assert result.gender_section.to_dict() == {
        "found": False,
        "heading": None,
        "words": 0,
        "adequate": False,
    }


@pytest.mark.parametrize(
    ("language", "heading", "line"),
    [
        ("en", "8. Gender", "Gender issues will be taken into account in all activities."),
        ("fr", "6.2 Genre", "Le projet tiendra compte de la dimension genre."),
        ("es", "7. Género", "El proyecto incorporará la perspectiva de género."),
        ("fr", "Dimension genre", "L'approche genre sera intégrée de manière transversale."),
        ("es", "Perspectiva de género", "Se transversalizará el enfoque de género."),
    ],
)
def test_token_line_in_every_language(tmp_path: Path, language: str, heading: str, line: str):
    text = f"# Proposal\n\n## 1. Context\n\nSome context.\n\n## {heading}\n\n{line}\n"
    result = check(write(tmp_path, "p.md", text), language=language)
    assert rules_fired(result) == ["GS002"]
    assert result.findings[0].match == heading


def test_gender_blind_paragraph_under_gender_heading_is_inadequate(tmp_path: Path):
    text = """\
# Migrant health project

## 8. Gender-responsive approach

The project will apply a gender-responsive approach throughout. All migrants, whatever their
background, will have equal access to health services, and staff will be trained to treat every
patient with dignity and respect. Services will be free of charge and provided according to
medical need. Equity and non-discrimination will guide every activity of the project, in line
with the national health policy and the organisation's own policies.
"""
    result = check(write(tmp_path, "p.md", text))
    (finding,) = result.findings
    assert finding.rule == "GS002"
    assert "names no difference between women and men" in finding.message
    assert "words" not in finding.message.split("it ", 1)[1]  # long enough: not the problem


def test_run_in_label_in_cross_cutting_section(tmp_path: Path):
    text = """\
# Water supply project

## 1. Background

Returnees face acute water shortages; most villages rely on a single hand pump.

## 3. Cross-cutting issues

Environment: the project will use solar pumps and monitor groundwater in every village.

Gender: the project will mainstream gender in all activities and ensure equal participation.
"""
    result = check(write(tmp_path, "p.md", text))
    (finding,) = result.findings
    assert finding.rule == "GS002"
    assert finding.match == "Gender"
    assert result.gender_section.heading == "Gender"


def test_summary_field_and_passing_mentions_do_not_make_a_section(tmp_path: Path):
    text = """\
# Labour mobility pilot

Gender marker: 2a

## 1. Background

Seasonal workers travel to neighbouring countries for the harvest. Recruitment is informal and
fees are high; many workers, women and men, borrow money to pay brokers.

## 2. Activities

The project will train recruitment agencies and inform prospective workers in their villages.
All beneficiary data will be disaggregated by sex and age.
"""
    result = check(write(tmp_path, "p.md", text))
    assert rules_fired(result) == ["GS001"]


def test_document_title_naming_women_is_not_the_gender_section(tmp_path: Path):
    text = """\
# Economic empowerment of migrant women in Dakar

## 1. Background

Migrant women from Guinea and Mali work mostly as street vendors and domestic workers in Dakar,
without contracts. They earn less than men and have less access to credit.

## 2. Activities

The project will train 600 women in business skills and link them to savings groups.

## 3. Gender

Gender will be taken into account in all activities.
"""
    result = check(write(tmp_path, "p.md", text))
    assert rules_fired(result) == ["GS002"]
    assert result.gender_section.heading == "3. Gender"


def test_section_found_by_content_when_no_heading_names_gender(tmp_path: Path):
    text = """\
# Livelihoods for displaced households in Ituri

## 1. Background

Armed conflict has displaced more than 1.5 million people in Ituri province since 2017.

## 2. Who is affected and how

Displacement has not affected women and men in the same way. Women head about 40 per cent of
displaced households, because many men were killed or left to look for work in the mines.
Women have little access to land, which passes through men under customary law, and they face
sexual violence when they collect firewood. Young men are exposed to forced recruitment by
armed groups and to arbitrary arrest.

The project will reserve 60 per cent of cash-for-work places for women, with childcare at the
work sites, and run separate discussion groups for young men at risk of recruitment.

## 3. Risks

Renewed fighting could force further displacement.
"""
    result = check(write(tmp_path, "p.md", text))
    assert rules_fired(result) == []
    assert result.gender_section.heading == "2. Who is affected and how"
    assert result.gender_section.matched_by == "content"


def test_gender_section_split_into_analysis_and_action_plan(tmp_path: Path):
    text = """\
# Migrant health in the Darien

## 1. Context

Tens of thousands of migrants cross the Darien jungle every year.

## 5. Gender

### 5.1 Gender analysis

Women and girls crossing the Darien face sexual violence at the hands of criminal groups, and
many arrive pregnant or with small children. Men are more often injured on the trail and are
less likely to seek care. Only 12% of the health staff are women, so women survivors rarely
disclose violence.

### 5.2 Gender action plan

- Recruit female doctors and psychologists for every reception station.
- Set up safe spaces for women and girls with clinical management of rape.
- Collect all data disaggregated by sex and age.
"""
    result = check(write(tmp_path, "p.md", text))
    assert rules_fired(result) == []
    assert result.gender_section.heading == "5. Gender"


def test_gender_section_in_two_consecutive_top_level_parts(tmp_path: Path):
    text = """\
# Migrant health in the Darien

## 4. Gender analysis

Women and girls crossing the Darien face sexual violence at the hands of criminal groups, and
many arrive pregnant or with small children. Men are more often injured on the trail and are
less likely to seek care. Only 12% of the health staff are women, so women survivors rarely
disclose violence.

## 5. Gender action plan

- Recruit female doctors and psychologists for every reception station.
- Set up safe spaces for women and girls with clinical management of rape.

## 6. Risks

Flooding may close the river route.
"""
    result = check(write(tmp_path, "p.md", text))
    assert rules_fired(result) == []
    assert result.gender_section.heading == "4. Gender analysis"


def pipe_table(*rows: tuple[str, ...]) -> str:
    """A Markdown pipe table (the first row is the header)."""
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.insert(1, "|" + "---|" * len(rows[0]))
    return "\n".join(lines) + "\n"


FORM_ANALYSIS = (
    "Women migrants are concentrated in domestic work and face confiscation of passports and "
    "sexual harassment, while men work mostly in construction, where accidents and wage theft "
    "are the main risks. Women have less access to information because of care "
    "responsibilities."
)
FORM_MEASURES = (
    "The project will hold women-only information sessions with childcare, recruit female "
    "counsellors and collect data disaggregated by sex and age."
)


def test_proposal_form_written_as_a_two_column_table(tmp_path: Path):
    def form(*gender_rows: tuple[str, str]) -> str:
        return "# Project proposal form\n\n" + pipe_table(
            ("Field", "Answer"),
            ("Project title", "Safe migration information centres"),
            ("Gender marker", "2a"),
            *gender_rows,
            ("Risks", "Policy changes in destination countries."),
        )

    result = check(
        write(
            tmp_path,
            "form.md",
            form(("Gender analysis", FORM_ANALYSIS), ("Gender-responsive measures", FORM_MEASURES)),
        )
    )
    assert rules_fired(result) == []
    assert result.gender_section.heading == "Gender analysis"
    token = ("Gender", "Gender will be mainstreamed in all activities of the project.")
    result = check(write(tmp_path, "token.md", form(token)))
    assert rules_fired(result) == ["GS002"]
    assert result.findings[0].match == "Gender"
    assert result.findings[0].location.table == 1 and result.findings[0].location.row == 4
    result = check(write(tmp_path, "none.md", form()), language="en")  # too short to detect
    assert rules_fired(result) == ["GS001"]  # "Gender marker | 2a" is not a section


def test_gender_analysis_matrix_counts_as_analysis(tmp_path: Path):
    matrix = pipe_table(
        ("Issue", "Women and girls", "Men and boys", "Project response"),
        (
            "Safety",
            "Women traders face harassment and demands for sexual favours",
            "Young men are exposed to arbitrary arrest and extortion",
            "Separate search rooms; female officers on every shift",
        ),
        (
            "Work",
            "Most small-scale traders are women, who carry goods on foot",
            "Men dominate trucking and face long waits in the parking yard",
            "Support to the women traders' association",
        ),
        (
            "Services",
            "Women cannot use the post after dark because there is no lighting",
            "Truck drivers lack health services",
            "Solar lighting and a health desk",
        ),
    )
    text = (
        "# Border post project\n\n## 4. Gender analysis\n\nConsultations with traders and "
        "officers identified the following differences between women and men, and the "
        "project's response to each of them.\n\n" + matrix
    )
    result = check(write(tmp_path, "p.md", text))
    assert rules_fired(result) == []
    assert result.gender_section.differences >= 2


def test_plain_text_label_followed_by_measures(tmp_path: Path):
    text = """\
PROJECT: SAFE MIGRATION INFORMATION

1. BACKGROUND

Migrants lack reliable information before departure and many pay high recruitment fees to
brokers in their villages.

2. CROSS-CUTTING ISSUES

Gender analysis:

Women migrants are concentrated in domestic work and face confiscation of passports and sexual
harassment, while men work mostly in construction, where accidents and wage theft are the main
risks. Women have less access to information because of care responsibilities, and fewer women
than men attend the pre-departure orientation held in district towns.

Measures:

- women-only information sessions with childcare;
- female counsellors in every centre;
- data disaggregated by sex and age.

Environment:

The centres will use solar power.
"""
    result = check(write(tmp_path, "p.txt", text))
    assert rules_fired(result) == []
    assert result.gender_section.heading == "Gender analysis"
    assert result.gender_section.measures >= 2


def test_french_and_spanish_sections_with_varied_headings(tmp_path: Path):
    french = """\
# Projet d'appui à l'insertion des jeunes à Abidjan

## 1. Contexte

Le chômage des jeunes reste élevé à Abidjan et pousse une partie d'entre eux à émigrer.

## 2. Égalité femmes-hommes

Les jeunes femmes et les jeunes hommes ne sont pas exposés aux mêmes obstacles. Les jeunes
femmes sont plus nombreuses à travailler dans le secteur informel, sans contrat, et leurs
charges domestiques limitent leur accès aux formations. Les jeunes hommes subissent davantage
la pression de leur famille pour partir et envoyer de l'argent.

Le projet réservera 50 % des places de formation aux jeunes femmes, organisera les cours à des
horaires adaptés avec une garderie, et mènera des séances spécifiques pour les jeunes hommes.
"""
    spanish = """\
# Proyecto de integración en Lima

## 1. Antecedentes

Más de un millón de personas venezolanas viven en Perú, la mayoría en Lima Metropolitana.

## 2. Inclusión social

Las mujeres venezolanas enfrentan barreras distintas a las de los hombres: la mayoría trabaja
en el comercio ambulante y el trabajo doméstico, sin contrato, y muchas son jefas de hogar con
hijos pequeños. Los hombres se concentran en la construcción y el transporte, con alto riesgo
de accidentes. Las mujeres sufren además acoso y explotación sexual en el trabajo.

El proyecto habilitará espacios de cuidado infantil durante las capacitaciones y reservará el
60 % de los cupos de formación para mujeres.
"""
    fr_result = check(write(tmp_path, "fr.md", french))
    es_result = check(write(tmp_path, "es.md", spanish))
    assert fr_result.language == "fr" and es_result.language == "es"
    assert rules_fired(fr_result) == [] and rules_fired(es_result) == []
    assert fr_result.gender_section.heading == "2. Égalité femmes-hommes"
    assert es_result.gender_section.heading == "2. Inclusión social"


def test_plain_text_underlined_and_capitals_headings(tmp_path: Path):
    underlined = """\
Reintegration of returnees in Herat
===================================

Background
----------

Thousands of Afghans have been returned from Iran and Pakistan since 2023. Most arrive with
nothing and settle in informal sites around Herat city.

Gender analysis
---------------

Returnee women and men face different constraints. Women cannot move freely without a male
relative and are barred from most paid work outside the home, so female-headed households
depend on aid. Girls over twelve are out of school. Men and boys returned alone from Iran are
more exposed to drug use and debt.

The project will deliver assistance at home through female staff, provide home-based grants
to women, and run separate counselling for young men.

Risks
-----

Access restrictions may change without notice.
"""
    capitals = """\
PROJECT PROPOSAL: ROAD SAFETY FOR TRUCK DRIVERS

1. BACKGROUND

Truck drivers on the Northern Corridor spend long periods away from home and face high rates
of road accidents. Rest areas are few and poorly lit.

2. GENDER MAINSTREAMING

Gender will be mainstreamed in all activities of the project.

3. RISKS

Funding delays.
"""
    result = check(write(tmp_path, "underlined.txt", underlined))
    assert rules_fired(result) == [] and result.gender_section.heading == "Gender analysis"
    result = check(write(tmp_path, "capitals.txt", capitals))
    assert rules_fired(result) == ["GS002"]
    assert result.findings[0].match == "2. GENDER MAINSTREAMING"
    assert result.findings[0].location.line == 8


def test_facts_are_reported_when_only_one_rule_runs(tmp_path: Path):
    path = write(tmp_path, "p.md", ADEQUATE_SUBSECTION_EN)
    only_missing = tuple(rule for rule in GS_RULES if rule.id == "GS001")
    result = check(path, rules=only_missing)
    assert result.gender_section.heading == "6.2 Gender"


def test_json_report_carries_the_gender_section(tmp_path: Path):
    path = write(tmp_path, "p.md", TOKEN_EN)
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pat_lint.cli",
            "check",
            str(path),
            "--format",
            "json",
            "--select",
            "GS001,GS002",
            "--no-progress",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    report = json.loads(completed.stdout)
    (file,) = report["files"]
    assert file["gender_section"]["found"] is True
    assert file["gender_section"]["heading"] == "4. Gender analysis"
    assert file["gender_section"]["words"] == 10
    assert [f["rule"] for f in file["findings"]] == ["GS002"]
    assert completed.returncode == 1


# --------------------------------------------------------------------------------------------
# Params: data, validated
# --------------------------------------------------------------------------------------------


def test_thresholds_are_params(tmp_path: Path):
    """Raising ``min_words`` in the rule's params turns an adequate section into a thin one."""
    from dataclasses import replace

    path = write(tmp_path, "p.md", ADEQUATE_SUBSECTION_EN)
    rule = next(rule for rule in GS_RULES if rule.id == "GS002")
    strict = replace(rule, params=replace(rule.params, min_words=500))
    result = check(path, rules=(strict,))
    (finding,) = result.findings
    assert "has only" in finding.message and "words" in finding.message


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"report": "absent", "heading_terms": {"en": ["gender"]}}, "report"),
        ({"heading_terms": {"pt": ["gênero"]}}, "unknown language"),
        ({"heading_terms": {}}, "heading_terms"),
        ({"heading_terms": {"en": ["gender"]}, "content_share": 2}, "between 0 and 1"),
    ],
)
def test_bad_params_are_rejected(raw, message):
    with pytest.raises(ParamError, match=message):
        build_params(registry()["section"], raw, "gs.yaml: rule GS001")


def test_spacy_stays_off_the_start_up_path():
    code = "import sys, pat_lint.checks.section, pat_lint.cli; print('spacy' in sys.modules)"
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert completed.stdout.strip() == "False", completed.stderr


# --------------------------------------------------------------------------------------------
# Everything under the heading counts; a heading needs something under it
# --------------------------------------------------------------------------------------------

ACTION_PLAN_EN = """\
# Safe water for returnee towns

## 1. Background

Returnee families in the three towns rely on shared wells far from their homes.

## 2. Gender analysis

Women and girls collect water for about two hours a day, while men decide on the location of
water points in the committees where women hold only one seat in ten. Girls miss school on
collection days, and women report harassment on the way to distant wells after dark.

### Gender action plan

| Action | Responsible | Timeline |
|---|---|---|
| Separate latrines for women and men at every water point, with lighting | Engineer | Year 1 |
| A quota of 40% women on every water committee | Field team | Year 1 |
| Collection times set with women's groups, including after dark | Committees | Year 2 |

## 3. Budget

The budget is USD 800,000 over three years.
"""


def docx_from_markdown_table(path: Path, text: str) -> Path:
    """The same proposal written with python-docx: headings, paragraphs and a real table."""
    import docx

    document = docx.Document()
    lines = text.splitlines()
    table_rows = [line for line in lines if line.startswith("|") and not line.startswith("|---")]
    for line in lines:
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            document.add_heading(line.lstrip("# "), level=level)
        elif line.startswith("|") or not line.strip():
            if line is table_rows[0] if table_rows else False:
                rows = [[c.strip() for c in row.strip("|").split("|")] for row in table_rows]
                table = document.add_table(rows=len(rows), cols=len(rows[0]))
                for r, row in enumerate(rows):
                    for c, cell in enumerate(row):
                        table.cell(r, c).text = cell
        else:
            document.add_paragraph(line)
    document.save(path)
    return path


@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_a_gender_action_plan_table_is_part_of_the_section(tmp_path: Path, fmt: str):
    """The measures of the section are in a table under "Gender action plan": the section is
    adequate and its words include the table's (it was judged a 0-measure section before)."""
    if fmt == "md":
        path = write(tmp_path, "p.md", ACTION_PLAN_EN)
    else:
        path = docx_from_markdown_table(tmp_path / "p.docx", ACTION_PLAN_EN)
    result = check(path)
    section = result.gender_section
    assert section.heading == "2. Gender analysis"
    assert section.adequate, section.lacking
    assert section.measures >= 2 and section.words > 80  # the prose alone has 49
    assert rules_fired(result) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "# Rural roads\n\n## 1. Context\n\nThe district roads are impassable for five "
            "months a year and the markets close.\n\n## 2. Partners\n\nMinistry of Transport\n\n"
            "Ministry of Women and Social Affairs\n\nThe ministries will co-chair the steering "
            "committee and approve the annual road maintenance plans of the districts.\n\n"
            "## 3. Glossary\n\nGBV: gender-based violence, harm done to a person because of "
            "their sex or gender, which the district councils have no mandate to address.\n",
        ),
        (
            "fr",
            "# Pistes rurales\n\n## 1. Contexte\n\nLes pistes du district sont impraticables "
            "cinq mois par an et les marchés ferment.\n\n## 2. Partenaires\n\nMinistère des "
            "Transports\n\nMinistère de la Femme et des Affaires sociales\n\nLes ministères "
            "coprésideront le comité de pilotage et approuveront les plans annuels d'entretien "
            "des pistes.\n\n## 3. Glossaire\n\nVBG : violences basées sur le genre, atteintes "
            "faites à une personne en raison de son sexe, que les conseils de district ne "
            "traitent pas.\n",
        ),
        (
            "es",
            "# Caminos rurales\n\n## 1. Contexto\n\nLos caminos del distrito quedan "
            "intransitables cinco meses al año y los mercados cierran.\n\n## 2. Socios\n\n"
            "Ministerio de Transporte\n\nMinisterio de la Mujer y Asuntos Sociales\n\nLos "
            "ministerios copresidirán el comité directivo y aprobarán los planes anuales de "
            "mantenimiento de los caminos.\n\n## 3. Glosario\n\nVBG: violencia basada en "
            "género, daño hecho a una persona por su sexo, que los consejos de distrito no "
            "atienden.\n",
        ),
    ],
)
def test_a_partner_name_or_a_glossary_entry_is_not_a_gender_section(
    tmp_path: Path, language: str, text: str
):
    result = check(write(tmp_path, "p.md", text), language=language)
    assert rules_fired(result) == ["GS001"], result.gender_section
    assert not result.gender_section.found
