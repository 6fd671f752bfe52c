"""The gender marker (GM001 gender-marker, GM002 gender-blind-proposal): an indicative IOM-style
code 0 / 1 / 2a / 2b with its reasons, computed from the text and the other checks."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from pat_lint.analysis import marker
from pat_lint.cli import cli
from pat_lint.config import Config, resolve_rules
from pat_lint.engine import RunOptions, lint_file
from pat_lint.model import Criterion
from pat_lint.packs import PackError, load_pack

ALL_RULES, ENABLED = resolve_rules(Config())
GM001 = next(rule for rule in ALL_RULES if rule.id == "GM001")
GM002 = next(rule for rule in ALL_RULES if rule.id == "GM002")

BLIND_EN = """\
# Safe labour migration in the river districts

## 1. Background

Every year thousands of young people leave the river districts to look for work in the capital
and abroad. Brokers advance the cost of travel, and many workers arrive at their destination
with large debts and little knowledge of their rights. Local authorities have no information
desk and no referral system for cases of abuse, and the labour inspectorate has four staff for
the whole province.

## 2. Objectives

The overall objective is to make labour migration from the river districts safer and fairer.

## 3. Activities

- Open two migrant information desks at district offices.
- Train local officials on labour rights and on the referral of cases of abuse.
- Run a radio campaign on recruitment fees and on how to check a job offer.

## 4. Results matrix

| Result | Indicators | Baseline | Target |
|---|---|---|---|
| Outcome 1 | Number of prospective migrants counselled | 0 | 2,000 |
| Output 1.1 | Number of officials trained on labour rights | 0 | 60 |
| Output 1.2 | Number of radio programmes broadcast | 0 | 24 |
"""

GENDER_SECTION_EN = """\
## 4. Gender analysis

Women and men are affected differently by labour migration from the districts. Men make up
about 80 per cent of those who leave, mostly for construction sites where accidents are common
and wages are often paid late. Women more often stay behind and take on the farm work and the
repayment of migration debts, and those who migrate work in garment factories where long hours
and harassment are common. Women own land in only 8 per cent of households, which limits their
access to credit.

The project will therefore hold separate information sessions for women at times that suit
mothers of young children, recruit a female counsellor at each desk, and collect all data
disaggregated by sex and age.
"""

ADDON_EN = BLIND_EN.replace("## 4. Results matrix", GENDER_SECTION_EN + "\n## 5. Results matrix")

MAINSTREAMED_EN = (
    """\
# Safe labour migration in the river districts

## 1. Background

Every year thousands of people leave the river districts to look for work in the capital and
abroad. Men make up four in five of those who travel, mostly to construction sites; women more
often stay behind and repay the migration debts. Women who migrate work mainly in garment
factories, where harassment is common and wages are lower than men's. Brokers advance the cost
of travel, and many workers arrive with large debts.

## 2. Objectives

The overall objective is to make labour migration from the river districts safer and fairer
for women and men.

## 3. Activities

- Open two migrant information desks at district offices, each with a female counsellor.
- Hold information sessions for women in the villages, at times that suit mothers of young
  children.
- Train local officials on labour rights and on the referral of cases of abuse.

"""
    + GENDER_SECTION_EN
    + """
## 5. Results matrix

| Result | Indicators | Baseline | Target |
|---|---|---|---|
| Outcome 1 | Number of prospective migrants counselled, disaggregated by sex and age | 0 | 2,000 |
| Output 1.1 | Number of officials trained on labour rights, by sex | 0 | 60 |
| Output 1.2 | Number of women attending village information sessions | 0 | 900 |
| Output 1.3 | Number of radio programmes broadcast | 0 | 24 |
"""
)

PRINCIPAL_EN = MAINSTREAMED_EN.replace(
    "The overall objective is to make labour migration from the river districts safer and fairer\n"
    "for women and men.",
    "The overall objective is to advance gender equality and women's economic empowerment in\n"
    "labour migration from the river districts.",
)

NO_SECTION_EN = MAINSTREAMED_EN.replace(GENDER_SECTION_EN, "")

MAINSTREAMED_FR = """\
# Migration de main-d'œuvre sûre dans les districts du fleuve

## 1. Contexte

Chaque année, des milliers de personnes quittent les districts du fleuve pour chercher du
travail. Les hommes représentent quatre départs sur cinq, surtout vers les chantiers ; les
femmes restent plus souvent au village et remboursent les dettes de la migration. Les femmes qui
migrent travaillent surtout dans les usines textiles, où le harcèlement est fréquent et les
salaires plus bas que ceux des hommes.

## 2. Objectifs

L'objectif général est de rendre la migration de main-d'œuvre plus sûre et plus équitable pour
les femmes et les hommes.

## 3. Activités

- Ouvrir deux guichets d'information dans les préfectures, chacun avec une conseillère.
- Organiser des séances d'information pour les femmes dans les villages, à des heures
  compatibles avec la garde des enfants.
- Former les agents locaux au droit du travail et au référencement des cas d'abus.

## 4. Analyse selon le genre

Les femmes et les hommes ne sont pas touchés de la même manière par la migration. Les hommes
représentent environ 80 pour cent des départs, surtout vers les chantiers où les accidents sont
fréquents. Les femmes restent plus souvent au village et assument seules les travaux agricoles
et le remboursement des dettes ; celles qui migrent sont davantage exposées au harcèlement. Les
femmes ne possèdent la terre que dans 8 pour cent des ménages, ce qui limite leur accès au crédit.

Le projet organisera donc des séances séparées pour les femmes, recrutera une conseillère dans
chaque guichet et ventilera toutes les données par sexe et par âge.

## 5. Cadre logique

| Résultat | Indicateurs | Référence | Cible |
|---|---|---|---|
| Effet 1 | Nombre de candidats à la migration conseillés, ventilé par sexe et âge | 0 | 2 000 |
| Produit 1.1 | Nombre de femmes participant aux séances villageoises | 0 | 900 |
| Produit 1.2 | Nombre d'émissions de radio diffusées | 0 | 24 |
"""

BLIND_ES = """\
# Migración laboral segura en los departamentos del río

## 1. Antecedentes

Cada año miles de jóvenes dejan los departamentos del río para buscar trabajo en la capital y
en el extranjero. Los intermediarios adelantan el costo del viaje y muchos trabajadores llegan
endeudados y sin conocer sus derechos. Las autoridades locales no cuentan con oficinas de
información ni con un sistema de referencia de casos de abuso.

## 2. Objetivos

El objetivo general es que la migración laboral desde los departamentos del río sea más segura.

## 3. Actividades

- Abrir dos oficinas de información en las alcaldías.
- Capacitar a funcionarios locales en derechos laborales y referencia de casos.
- Difundir una campaña radial sobre las tarifas de reclutamiento.

## 4. Marco lógico

| Resultado | Indicadores | Línea de base | Meta |
|---|---|---|---|
| Efecto 1 | Número de personas migrantes asesoradas | 0 | 2.000 |
| Producto 1.1 | Número de funcionarios capacitados en derechos laborales | 0 | 60 |
"""


def lint(
    tmp_path: Path,
    text: str,
    rules: tuple = (),
    language: str | None = None,
    name: str = "proposal.md",
):
    """Lint ``text`` as a Markdown file with ``rules`` (default: every enabled rule)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return lint_file(path, RunOptions(rules or tuple(ENABLED), tuple(ALL_RULES), language))


def statuses(result) -> dict[str, str]:
    return {item.id: item.status for item in result.marker.criteria}


# --------------------------------------------------------------------------------------------
# Codes


def test_gender_blind_proposal_is_0_and_warned(tmp_path: Path):
    result = lint(tmp_path, BLIND_EN)
    assert result.marker.code == "0"
    assert result.marker.dac == "0"
    assert set(statuses(result).values()) == {"not met"}
    rules = [f.rule for f in result.findings if f.category == "gender-marker"]
    assert rules == ["GM001", "GM002"]
    gm002 = next(f for f in result.findings if f.rule == "GM002")
    assert gm002.severity.label == "warning" and "gender-blind" in gm002.message


def test_gender_section_as_an_add_on_is_1(tmp_path: Path):
    """An adequate gender section is the proposal's gender analysis (its measures are
    activities), but indicators that ignore sex keep the code at 1."""
    result = lint(tmp_path, ADDON_EN)
    assert result.marker.code == "1"
    found = statuses(result)
    assert found["gender_section"] == "met"
    assert found["analysis"] == "met"
    assert found["indicators"] != "met"
    assert "only in the gender section" not in " ".join(result.marker.reasons)
    assert not any(f.rule == "GM002" for f in result.findings)


def test_echo_reading_asks_for_gender_outside_the_gender_section(tmp_path: Path):
    """With require_outside_gender_section (ECHO's reading), statements found only in the
    gender section make analysis and activities only "partly" met, and the reasons say so."""
    path = tmp_path / "proposal.md"
    path.write_text(ADDON_EN, encoding="utf-8")
    config = Config(root=tmp_path)
    config.set("rules", {"GM001": {"params": {"require_outside_gender_section": True}}}, "t")
    all_rules, enabled = resolve_rules(config)
    result = lint_file(path, RunOptions(tuple(enabled), tuple(all_rules)))
    found = statuses(result)
    assert found["analysis"] == "partly"
    assert "only in the gender section" in " ".join(result.marker.reasons)


def test_mainstreamed_proposal_is_2a(tmp_path: Path):
    result = lint(tmp_path, MAINSTREAMED_EN)
    assert statuses(result) == {
        "analysis": "met",
        "activities": "met",
        "indicators": "met",
        "principal": "not met",
        "gender_section": "met",
    }
    assert result.marker.code == "2a"
    assert result.marker.dac == "1"


def test_gender_equality_as_principal_objective_is_2b(tmp_path: Path):
    result = lint(tmp_path, PRINCIPAL_EN)
    assert statuses(result)["principal"] == "met"
    assert result.marker.code == "2b"
    assert result.marker.dac == "2"
    assert "gender equality" in result.marker.criterion("principal").detail


def test_without_an_adequate_gender_section_never_2a_or_2b(tmp_path: Path):
    text = NO_SECTION_EN.replace(
        "The overall objective is to make labour migration from the river districts safer and "
        "fairer\nfor women and men.",
        "The overall objective is to advance gender equality in labour migration.",
    )
    result = lint(tmp_path, text)
    found = statuses(result)
    assert found["gender_section"] == "not met"
    assert found["analysis"] == "met" and found["principal"] == "met"
    assert result.marker.code == "1"
    assert any("cannot be 2a or 2b" in reason for reason in result.marker.reasons)


@pytest.mark.parametrize("enabled", ["ALL", "GM"], ids=["with-gs-rules", "gs-rules-disabled"])
def test_a_users_gender_section_params_change_the_marker(tmp_path: Path, enabled: str):
    """The marker reads the gender section found with the active GS params: a configuration
    that asks 400 words of an adequate section makes this one inadequate, and the marker drops
    from 2a to 1 — also when the GS rules themselves are not selected."""
    (tmp_path / "proposal.md").write_text(MAINSTREAMED_EN, encoding="utf-8")
    config = Config(root=tmp_path)
    config.set("select", [enabled], "test")
    assert lint(tmp_path, MAINSTREAMED_EN).marker.code == "2a"
    config.set("rules", {"GS001": {"params": {"min_words": 400}}}, "test")
    all_rules, enabled_rules = resolve_rules(config)
    result = lint_file(tmp_path / "proposal.md", RunOptions(tuple(enabled_rules), tuple(all_rules)))
    assert result.marker.code == "1", result.marker.reasons
    section = result.marker.criterion("gender_section")
    assert section.status == "partly" and "not adequate" in section.detail


def test_french_mainstreamed_proposal_is_2a(tmp_path: Path):
    result = lint(tmp_path, MAINSTREAMED_FR)
    assert result.language == "fr"
    assert result.marker.code == "2a", result.marker.reasons


def test_spanish_gender_blind_proposal_is_0(tmp_path: Path):
    result = lint(tmp_path, BLIND_ES)
    assert result.language == "es"
    assert result.marker.code == "0", result.marker.reasons
    assert any(f.rule == "GM002" for f in result.findings)


def test_too_short_to_code_gets_no_marker(tmp_path: Path):
    result = lint(
        tmp_path,
        "The full proposal follows next week; thank you for your patience "
        "and for the comments on the concept note.",
        language="en",
    )
    assert result.marker is None
    assert not [f for f in result.findings if f.category == "gender-marker"]


# --------------------------------------------------------------------------------------------
# Running alone, findings, reports


@pytest.mark.parametrize("text", [BLIND_EN, ADDON_EN, MAINSTREAMED_EN, PRINCIPAL_EN])
def test_rule_alone_gives_the_same_verdict(tmp_path: Path, text: str):
    """Without the GS and SD rules the marker computes the same facts itself."""
    together = lint(tmp_path, text).marker
    alone = lint(tmp_path, text, rules=(GM001,)).marker
    assert alone == together


def test_finding_is_document_level_info_with_dac_and_caveat(tmp_path: Path):
    result = lint(tmp_path, ADDON_EN)
    finding = next(f for f in result.findings if f.rule == "GM001")
    assert finding.severity.label == "info"
    assert finding.category == "gender-marker"
    assert finding.location.paragraph is None and finding.location.line is None
    assert finding.message.startswith("indicative gender marker 1 (IOM) ≈ DAC 0: ")
    assert "the reviewer decides" in finding.message
    assert "decides the marker" in result.marker.note
    assert result.marker.scheme == "IOM Gender Marker (indicative)"


def test_json_and_text_reports_carry_the_marker(tmp_path: Path):
    path = tmp_path / "proposal.md"
    path.write_text(MAINSTREAMED_EN, encoding="utf-8")
    runner = CliRunner()
    out = runner.invoke(cli, ["check", str(path), "--format", "json", "--no-progress"])
    data = json.loads(out.output)
    found = data["files"][0]["marker"]
    assert found["code"] == "2a" and found["dac"] == "1"
    assert found["scheme"] and all(isinstance(r, str) for r in found["reasons"])
    text = runner.invoke(cli, ["check", str(path), "--no-progress"]).output
    assert "marker 2a (indicative)" in text


def test_verdict_is_deterministic(tmp_path: Path):
    first = lint(tmp_path, MAINSTREAMED_EN).marker
    second = lint(tmp_path, MAINSTREAMED_EN).marker
    assert json.dumps(first.to_dict(), sort_keys=True) == json.dumps(
        second.to_dict(), sort_keys=True
    )


# --------------------------------------------------------------------------------------------
# The decision table and the params


def _criteria(**status: str) -> dict[str, Criterion]:
    ids = ("analysis", "activities", "indicators", "principal", "gender_section")
    return {key: Criterion(key, key, status.get(key, "not met"), "") for key in ids}


@pytest.mark.parametrize(
    ("statuses_", "code"),
    [
        ({}, "0"),
        ({"indicators": "partly"}, "1"),
        ({"gender_section": "partly"}, "0"),
        ({"gender_section": "met"}, "1"),
        ({"analysis": "met", "activities": "met", "indicators": "met"}, "1"),
        (
            {"analysis": "met", "activities": "met", "indicators": "met", "gender_section": "met"},
            "2a",
        ),
        (
            {
                "analysis": "met",
                "activities": "partly",
                "indicators": "met",
                "gender_section": "met",
                "principal": "met",
            },
            "1",
        ),
        (
            {
                "analysis": "met",
                "activities": "met",
                "indicators": "met",
                "gender_section": "met",
                "principal": "met",
            },
            "2b",
        ),
        (
            {
                "analysis": "met",
                "activities": "met",
                "indicators": "met",
                "gender_section": "met",
                "principal": "partly",
            },
            "2a",
        ),
    ],
)
def test_decision_table(statuses_: dict[str, str], code: str):
    assert marker.decide(_criteria(**statuses_)) == code


def test_criteria_are_pack_data_per_language():
    params = GM001.params
    for name in marker.CUE_PARAMS:
        assert set(getattr(params, name)) == {"en", "fr", "es"}, name
    assert GM002.params == replace(GM001.params, fire_on=["0"])


@pytest.mark.parametrize(
    ("params", "error"),
    [
        ({"fire_on": ["3"]}, "unknown code '3'"),
        ({"indicator_share": 1.5}, "indicator_share"),
        ({"female_terms": {"de": ["Frauen"]}}, "unknown language 'de'"),
        ({"dac": {"0": "0"}}, "dac"),
        ({"min_words": "many"}, "min_words"),
    ],
)
def test_bad_params_are_pack_errors(tmp_path: Path, params: dict, error: str):
    pack = tmp_path / "pack.yaml"
    rule = {
        "id": "XM001",
        "name": "my-marker",
        "check": "marker",
        "category": "gender-marker",
        "severity": "info",
        "message": "m",
        "params": params,
        "docs": {"why": "w", "example": "e", "instead": "i", "references": ["r"]},
    }
    pack.write_text(json.dumps({"rules": [rule]}), encoding="utf-8")
    with pytest.raises(PackError, match=error):
        load_pack(pack)


def test_enumerated_measures_and_a_gender_specific_indicator_make_2a(tmp_path: Path):
    """Measures enumerated in one sentence ("Measures: (a) …; (b) …") count one by one, and
    one indicator by sex out of three is enough with a gender-specific indicator beside it."""
    section = GENDER_SECTION_EN.replace(
        "The project will therefore hold separate information sessions for women at times that "
        "suit\nmothers of young children, recruit a female counsellor at each desk, and collect "
        "all data\ndisaggregated by sex and age.",
        "Measures: (a) separate information sessions for women at times that suit mothers of "
        "young children; (b) a female counsellor at each desk; (c) separate toilets for women "
        "and men at the desks.",
    )
    assert section != GENDER_SECTION_EN
    text = BLIND_EN.replace("## 4. Results matrix", section + "\n## 5. Results matrix").replace(
        "| Output 1.2 | Number of radio programmes broadcast | 0 | 24 |",
        "| Output 1.2 | Number of women attending village information sessions | 0 | 900 |",
    )
    result = lint(tmp_path, text)
    found = statuses(result)
    assert found["activities"] == "met", result.marker.reasons
    indicators = result.marker.criterion("indicators")
    assert indicators.status == "met" and "gender-specific indicator" in indicators.detail
    assert result.marker.code == "2a"


@pytest.mark.parametrize(
    ("objective", "code"),
    [
        (
            "The overall objective is that rural women in the river districts live free of "
            "violence and earn their own income.",
            "2b",
        ),
        (
            "The overall objective is to make labour migration from the river districts safer "
            "and fairer for women and men.",
            "2a",
        ),
    ],
)
def test_a_main_objective_about_women_alone_is_a_targeted_action(
    tmp_path: Path, objective: str, code: str
):
    """IOM 2b: a project that targets one group because of a gender analysis; an objective
    naming both women and men stays 2a."""
    text = MAINSTREAMED_EN.replace(
        "The overall objective is to make labour migration from the river districts safer and "
        "fairer\nfor women and men.",
        objective,
    )
    assert text != MAINSTREAMED_EN
    result = lint(tmp_path, text)
    assert result.marker.code == code, result.marker.reasons
