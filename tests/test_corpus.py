"""Precision and recall on the labelled dev corpus (fixtures/corpus), per check family.

The figures are printed (run with ``-s``, or ``python -m tests.corpus_eval`` for every miss)
and each test fails below the bar the issues set.
"""

from __future__ import annotations

from collections import Counter

import pytest

from tests import corpus_eval

ITEMS = corpus_eval.load_corpus()
pytestmark = pytest.mark.skipif(not ITEMS, reason="corpus not built")


def test_corpus_is_large_and_varied_enough():
    formats = Counter(item.path.suffix for item in ITEMS)
    languages = Counter(item.language for item in ITEMS)
    indicators = sum(len(item.labels.get("indicators") or []) for item in ITEMS)
    terms = sum(len(item.labels.get("terms") or []) for item in ITEMS)
    lookalikes = sum(len(item.labels.get("not_flag") or []) for item in ITEMS)
    print(f"\ncorpus: {len(ITEMS)} proposals {dict(formats)} {dict(languages)}; "
          f"{indicators} indicators, {terms} terms, {lookalikes} look-alikes")
    assert len(ITEMS) >= 24
    assert set(formats) == {".docx", ".pdf", ".md", ".txt"}
    assert set(languages) == {"en", "fr", "es"}
    assert indicators >= 200 and terms >= 150 and lookalikes >= 60


def test_gender_section_accuracy():
    wrong = []
    for item in ITEMS:
        result = corpus_eval.lint(item.path)
        expected = corpus_eval.section_outcome_expected(item.labels)
        found = corpus_eval.section_outcome_found(result)
        if expected != found:
            wrong.append(f"{item.id}: expected {expected}, found {found}")
        if item.labels.get("gender_section", {}).get("found") and found != "missing":
            heading = result.gender_section and result.gender_section.get("heading")
            if corpus_eval.normalise(heading or "") != corpus_eval.normalise(
                item.labels["gender_section"]["heading"]
            ):
                wrong.append(f"{item.id}: heading {heading!r}, expected "
                             f"{item.labels['gender_section']['heading']!r}")
    print(f"\ngender section accuracy: {len(ITEMS) - len(wrong)}/{len(ITEMS)}")
    assert not wrong, "\n".join(wrong)


def test_indicator_extraction_and_flagging():
    score = corpus_eval.IndicatorScore()
    for item in ITEMS:
        corpus_eval.score_indicators(item, corpus_eval.lint(item.path), score)
    print(f"\nindicators: {score.expected}; extraction recall {score.extraction_recall:.3f}; "
          f"spurious {score.spurious}; flag precision {score.flag_precision:.3f}; "
          f"flag recall {score.flag_recall:.3f}")
    detail = "\n".join(score.misses)
    assert score.extraction_recall >= 0.97, detail
    assert score.flag_precision >= 0.97, detail
    assert score.flag_recall >= 0.97, detail


def test_terminology_precision_recall_and_lookalikes():
    score = corpus_eval.TermScore()
    for item in ITEMS:
        corpus_eval.score_terms(item, corpus_eval.lint(item.path), score)
    print(f"\nterms: precision {score.precision:.3f}, recall {score.recall:.3f} "
          f"(tp {score.tp}, fp {score.fp}, fn {score.fn}); look-alikes {score.lookalikes}, "
          f"flagged {len(score.lookalikes_flagged)}")
    detail = "\n".join(score.misses + score.lookalikes_flagged)
    assert score.precision >= 0.97, detail
    assert score.recall >= 0.97, detail
    assert not score.lookalikes_flagged, detail
