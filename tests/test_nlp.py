"""The NLP layer: pipelines that give spaCy's own tokens and sentences in every language, word
tables that give spaCy's lemmas and word facts, and shipped data that is what the generator
(``tools/make_nlp_data.py``) makes from the installed spaCy and spacy-lookups-data."""

from __future__ import annotations

import gzip
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pat_lint.analysis import nlp
from pat_lint.analysis.nlp import french, wordtable

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = json.loads((nlp.DATA / "sources.json").read_text(encoding="utf-8"))

SENTENCES = {
    "en": (
        "Dr. Smith met the chairmen of the women's groups, e.g. in Kano. They didn't agree. "
        "Mr. O'Neill's well-being improved; the U.K. team left at 5 p.m. on 3 Jan."
    ),
    "fr": (
        "L'homme d'un village a reçu M. Dupont et Mme Diallo, p. ex. aux États-Unis. "
        "Aujourd'hui, l'arc-en-ciel est-il visible ? Les travailleuses qu'on a formées "
        "(cf. annexe) gèrent la main-d'œuvre jusqu'à 20 h."
    ),
    "es": (
        "El Dr. García y la Sra. Pérez entregaron los kits a las trabajadoras. Dáselo hoy; "
        "no se lo des. ¿Los niños y las niñas del Sr. López, p. ej. en EE. UU., lo saben?"
    ),
}


def tokens(doc) -> list[str]:
    return [t.text for t in doc]


def sentence_starts(doc) -> list[str]:
    return [t.text for t in doc if t.is_sent_start]


# -- the pipelines -----------------------------------------------------------------------------


def test_french_elisions_titles_and_compounds():
    doc = nlp.parse(SENTENCES["fr"], "fr")
    words = tokens(doc)
    assert words[:5] == ["L'", "homme", "d'", "un", "village"]
    assert "M." in words and "Mme" in words and "États-Unis" in words
    assert "arc-en-ciel" in words and "qu'" in words and "jusqu'" in words
    assert [nlp.lemma(w, "fr") for w in ("L'", "d'", "travailleuses", "formées", "a")] == [
        "le",
        "de",
        "travailleuse",
        "former",
        "avoir",
    ]
    # "M." does not end a sentence; "ex." and "?" do (spaCy's sentencizer)
    assert sentence_starts(doc) == ["L'", "aux", "Aujourd'hui", "Les"]


def test_spanish_titles_and_clitics():
    doc = nlp.parse(SENTENCES["es"], "es")
    words = tokens(doc)
    assert "Dr." in words and "Sra." in words and "Sr." in words
    assert "Dáselo" in words  # spaCy's Spanish keeps enclitic pronouns on the verb
    assert [nlp.lemma(w, "es") for w in ("trabajadoras", "niñas", "entregaron", "des")] == [
        "trabajador",
        "niño",
        "entregar",
        "dar",
    ]
    assert sentence_starts(doc)[:2] == ["El", "Dáselo"]


def test_english_abbreviations_and_contractions():
    doc = nlp.parse(SENTENCES["en"], "en")
    words = tokens(doc)
    assert words[:2] == ["Dr.", "Smith"] and "e.g." in words and "p.m." in words
    assert "did" in words and "n't" in words
    assert [nlp.lemma(w, "en") for w in ("chairmen", "women", "met", "groups")] == [
        "chairman",
        "woman",
        "meet",
        "group",
    ]
    assert sentence_starts(doc)[:3] == ["Dr.", "They", "Mr."]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_pipelines_give_spacys_own_tokens_and_sentences(language):
    """The same tokens, spaces, sentences and lexical attributes as ``spacy.blank`` with a
    sentencizer, on the sentences above and on the hyphenated and elided forms of the lemma
    table (what the French ``token_match`` decides)."""
    import spacy

    reference = spacy.blank(language)
    reference.add_pipe("sentencizer")
    table = json.loads(gzip.decompress(_lookups_file(f"{language}_lemma_lookup").read_bytes()))
    joined = sorted(w for w in table if "-" in w or "'" in w)[::7]
    texts = [SENTENCES[language], " ".join(joined), " ".join(w.title() for w in joined)]
    for text in texts:
        ours, theirs = nlp.parse(text, language), reference(text)
        assert [(t.text, t.whitespace_, t.is_sent_start) for t in ours] == [
            (t.text, t.whitespace_, t.is_sent_start) for t in theirs
        ]
        attrs = ("is_alpha", "is_punct", "like_num", "is_stop", "norm_", "lower_")
        assert [[getattr(t, a) for a in attrs] for t in ours] == [
            [getattr(t, a) for a in attrs] for t in theirs
        ]


def test_french_pipeline_mirrors_spacys_french_defaults():
    from spacy.lang.fr import FrenchDefaults

    spacy_sets = {k for k in vars(FrenchDefaults) if not k.startswith("_")}
    assert spacy_sets == set(french.DEFAULTS)
    ours = nlp.pipeline("fr").Defaults
    assert ours.stop_words == FrenchDefaults.stop_words
    assert ours.tokenizer_exceptions == FrenchDefaults.tokenizer_exceptions


def test_start_up_imports_neither_spacy_nor_the_tables():
    """``--version`` and ``--help`` stay fast; a French pipeline does not import spaCy's slow
    French module."""
    probe = (
        "import sys\n"
        "from pat_lint.cli import cli\n"
        "for args in (['--version'], ['--help'], ['check', '--help']):\n"
        "    try:\n"
        "        cli(args, prog_name='pat-lint')\n"
        "    except SystemExit:\n"
        "        pass\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] == 'spacy' or 'nlp' in m]\n"
        "print('start-up:', sorted(loaded), file=sys.stderr)\n"
        "from pat_lint.analysis import nlp\n"
        "nlp.parse(\"l'homme\", 'fr')\n"
        "print('french:', 'spacy.lang.fr' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert "start-up: []" in done.stderr
    assert "french: False" in done.stderr


# -- the word tables ---------------------------------------------------------------------------


def test_word_table_round_trip(tmp_path: Path):
    path = tmp_path / "t.words"
    entries = [
        ("man", wordtable.FORM | wordtable.SEEN, "man"),
        ("mana", wordtable.FORM, "mana"),
        ("men", wordtable.FORM, "man"),
        ("feet", wordtable.FORM, "foot"),
        ("niñas", wordtable.FORM, "niño"),
        ("é", wordtable.FORM, "e"),  # the lemma shares part of a multi-byte character
        ("Rachel", wordtable.CAPITALISED_MORE_OFTEN, None),
        ("rachel", wordtable.SEEN, None),
    ]
    wordtable.write(path, entries)
    table = wordtable.WordTable(path)
    for word, flags, lemma in entries:
        assert table.get(word) == wordtable.Entry(flags, lemma)
    for missing in ("ma", "mens", "", "Man", "a\0b", "x\ny"):
        assert table.get(missing) is None
    wordtable.write(tmp_path / "again.words", reversed(entries))
    assert (tmp_path / "again.words").read_bytes() == path.read_bytes()


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs /proc (Linux)")
def test_word_tables_are_not_kept_in_memory(tmp_path: Path):
    """Lookups read one bucket each; the table is not mapped into the process, so a long run
    that looks up many words does not hold the pages it touched (the tables are 4-12 MB)."""
    path = tmp_path / "big.words"
    wordtable.write(path, [(f"word{i}", wordtable.FORM, f"lemma{i}") for i in range(50_000)])
    table = wordtable.WordTable(path)
    assert all(table.get(f"word{i}") == wordtable.Entry(1, f"lemma{i}") for i in range(50_000))
    assert str(path) not in Path("/proc/self/maps").read_text()


def test_lemma_lookups_are_spacys(tmp_path: Path):
    """Every form of the English table, and a sample of the French and Spanish ones, gets the
    lemma spaCy's table gives, whatever its case; words not in the table are their own lemma."""
    for language, step in (("en", 1), ("fr", 13), ("es", 29)):
        table = json.loads(gzip.decompress(_lookups_file(f"{language}_lemma_lookup").read_bytes()))
        for form in sorted(table)[::step]:
            if form != form.lower():
                continue
            expected = table[form]
            if isinstance(expected, list):
                expected = expected[0] if expected else form
            assert nlp.lemma(form, language) == expected, form
            assert nlp.lemma(form.upper(), language) == expected, form
            assert nlp.is_known_form(form, language)
        assert nlp.lemma("Zxqvword", language) == "zxqvword"
        assert not nlp.is_known_form("zxqvword", language)


def test_word_frequencies_say_which_words_are_names():
    assert nlp.capitalised_more_often("Rachel", "en") is True
    assert nlp.capitalised_more_often("Project", "en") is False
    assert nlp.capitalised_more_often("Zxqvword", "en") is True  # never seen in lower case
    assert nlp.capitalised_more_often("Proyecto", "es") is False
    assert nlp.capitalised_more_often("Moussa", "fr") is None  # no frequencies for French
    assert nlp.is_known_form("travailleuses", "fr") and not nlp.is_known_form("ousmane", "fr")


# -- the shipped data is fresh -----------------------------------------------------------------


def _lookups_file(name: str) -> Path:
    import spacy_lookups_data

    return Path(spacy_lookups_data.__file__).parent / "data" / f"{name}.json.gz"


def test_shipped_data_matches_its_inputs_and_outputs():
    """The installed spacy-lookups-data and spaCy are the ones the data was made from, and the
    shipped files are the ones the generator wrote (after an upgrade, run
    ``python tools/make_nlp_data.py``)."""
    for name, digest in MANIFEST["inputs"].items():
        assert hashlib.sha256(_lookups_file(name[: -len(".json.gz")]).read_bytes()).hexdigest() == (
            digest
        ), f"{name} changed: run python tools/make_nlp_data.py"
    for name, digest in MANIFEST["outputs"].items():
        assert hashlib.sha256((nlp.DATA / name).read_bytes()).hexdigest() == digest, name
    data = json.loads((nlp.DATA / "fr-tokenizer.json").read_text(encoding="utf-8"))
    assert data["spacy_sources"] == french.spacy_sources_digest(), (
        "spaCy's French tokenizer sources changed: run python tools/make_nlp_data.py"
    )


def test_regenerating_the_french_tokenizer_data_gives_the_same_bytes():
    """The exceptions and grouped ``token_match`` from the installed spaCy. (Generating also
    checks that the grouped regex accepts the same words as spaCy's, over every form of the
    French and English lemma tables; here the pipeline test above compares them.)"""
    sys.path.insert(0, str(ROOT))
    try:
        from tools.make_nlp_data import french_tokenizer, one_item_a_line
    finally:
        sys.path.remove(str(ROOT))
    shipped = (nlp.DATA / "fr-tokenizer.json").read_text(encoding="utf-8")
    assert one_item_a_line(french_tokenizer(check=False)) == shipped
