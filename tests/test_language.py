"""Language detection: English, French and Spanish recognised without a model; other
languages reported as such; the --language override."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pat_lint import readers
from pat_lint.analysis import Analysis
from pat_lint.analysis.language import detect, detect_block
from pat_lint.config import Config, resolve_rules
from pat_lint.engine import RunOptions, lint_file
from tests import corpus_eval

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "fixtures" / "corpus" / "src").glob("*.src.md"))
BUILT = corpus_eval.load_corpus()
ALL_RULES, ENABLED = resolve_rules(Config())

PORTUGUESE = (
    "O projeto tem como objetivo apoiar a reintegração sustentável dos migrantes que regressam "
    "a Moçambique. As mulheres e os homens não enfrentam os mesmos riscos: as mulheres são mais "
    "expostas à violência e têm menos acesso ao crédito. O projeto também vai apoiar as "
    "associações de mulheres nas províncias de Maputo e Gaza, em parceria com as autoridades."
)
GERMAN = (
    "Das Projekt unterstützt die nachhaltige Wiedereingliederung von Rückkehrerinnen und "
    "Rückkehrern in Nigeria. Frauen und Männer sind nicht in gleicher Weise betroffen: Frauen "
    "haben weniger Zugang zu Krediten und sind stärker von Gewalt bedroht. Die Maßnahmen werden "
    "mit den lokalen Behörden abgestimmt."
)


def source(path: Path) -> tuple[str, str]:
    """(language label, body text) of a corpus source file."""
    _, front, body = path.read_text(encoding="utf-8").split("---", 2)
    return yaml.safe_load(front)["language"], body


@pytest.mark.parametrize("path", SOURCES, ids=[p.name.split(".")[0] for p in SOURCES])
def test_corpus_source_text_is_detected(path: Path):
    language, body = source(path)
    assert detect(body) == language


@pytest.mark.skipif(not BUILT, reason="corpus not built")
@pytest.mark.parametrize("item", BUILT, ids=[item.path.name for item in BUILT])
def test_built_file_is_detected_in_every_format(item):
    """What the readers extract (docx, pdf, md, txt) is detected as the labelled language."""
    analysis = Analysis(readers.read(item.path))
    assert analysis.detected_language == item.language


def paragraph(text: str) -> str:
    """The longest prose paragraph of a Markdown body (not a table)."""
    return max((p for p in text.split("\n\n") if not p.startswith("|")), key=len)


def test_each_language_in_a_single_paragraph():
    _, en = source(next(p for p in SOURCES if p.name.startswith("en-")))
    _, fr = source(next(p for p in SOURCES if p.name.startswith("fr-")))
    _, es = source(next(p for p in SOURCES if p.name.startswith("es-")))
    assert detect(paragraph(en)) == "en"
    assert detect(paragraph(fr)) == "fr"
    assert detect(paragraph(es)) == "es"


@pytest.mark.parametrize("text", [PORTUGUESE, GERMAN], ids=["pt", "de"])
def test_other_languages_are_not_taken_for_supported_ones(text: str):
    assert detect(text) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("# Gender\n\nGender issues will be taken into account in all activities.", "en"),
        (
            "# Genre\n\nLe projet tiendra compte de la dimension genre dans toutes ses activités.",
            "fr",
        ),
        (
            "# Género\n\nEl proyecto incorporará la perspectiva de género en todas sus "
            "actividades.",
            "es",
        ),
    ],
)
def test_short_documents(text: str, language: str):
    assert detect(text) == language


def test_too_little_text_is_not_guessed():
    assert detect("Budget: 1,200,000") is None
    assert detect("") is None


def test_mixed_document_takes_the_majority_language():
    _, en = source(next(p for p in SOURCES if p.name.startswith("en-")))
    _, fr = source(next(p for p in SOURCES if p.name.startswith("fr-")))
    annex = paragraph(fr)
    assert detect(en + "\n\n" + annex) == "en"
    assert detect_block(annex, "en") == "fr"
    assert detect_block("Mr Diallo, Ministère de l'Intérieur", "en") == "en"  # too short


def test_other_language_file_gets_a_note_not_english_rules(tmp_path: Path):
    path = tmp_path / "proposta.md"
    path.write_text(f"# Proposta de projeto\n\n{PORTUGUESE}\n\n{PORTUGUESE}\n", encoding="utf-8")
    result = lint_file(path, RunOptions(tuple(ENABLED), tuple(ALL_RULES)))
    assert [finding.rule for finding in result.findings] == ["PL002"]
    assert result.gender_section is None


def test_language_override(tmp_path: Path):
    path = tmp_path / "p.md"
    path.write_text(
        "# Genre\n\nLe projet tiendra compte de la dimension genre.\n", encoding="utf-8"
    )
    document = readers.read(path)
    assert Analysis(document).detected_language is None
    analysis = Analysis(document, "fr")
    assert analysis.language == "fr"
    assert set(analysis.block_languages) == {"fr"}
    gs = tuple(rule for rule in ALL_RULES if rule.id.startswith("GS"))
    result = lint_file(path, RunOptions(gs, tuple(ALL_RULES), "fr"))
    assert result.language == "fr"
    assert [finding.rule for finding in result.findings] == ["GS002"]
