"""The terminology rules (GT) on labelled real prose, per language, beside the first run.

Two sources (see ``tests/prose_eval.py``): 32 passages in the manner of project documents,
evaluation reports and calls for proposals (``fixtures/prose``, labelled blind before pat-lint
ever ran on them) and the real public documents of ``../shared/real-world/prose``. The test
prints precision, recall and look-alike hits per language, the first (blind) run first, and
asserts the targets of the terminology issue: precision and recall of at least 0.97, no
look-alike flagged, generic-pronoun recall of at least 0.95 (the labelled proposals are held to
their bars by ``tests/test_corpus.py``). ``python -m tests.prose_eval`` lists every miss.
"""

from __future__ import annotations

import pytest

from tests import prose_eval

#: The first run of the tool on the labelled prose, before any change made for it (blind).
BLIND = """\
passages en    9172 words, terms 112: precision 0.981 recall 0.920 (tp 103, fp 2, fn 9); generic-pronoun recall 0.875; look-alikes 112, flagged 17
passages fr    5395 words, terms  31: precision 1.000 recall 0.968 (tp 30, fp 0, fn 1); look-alikes 50, flagged 5
passages es    4918 words, terms  22: precision 0.909 recall 0.909 (tp 20, fp 2, fn 2); look-alikes 42, flagged 2
passages all  19485 words, terms 165: precision 0.975 recall 0.927 (tp 153, fp 4, fn 12); generic-pronoun recall 0.875; look-alikes 204, flagged 24
real     en    6941 words, terms   0; look-alikes 9, flagged 0"""  # noqa: E501 (verbatim output)

PRECISION = RECALL = 0.97
PRONOUN_RECALL = 0.95

SOURCES = {"passages": prose_eval.load_passages(), "real": prose_eval.load_real()}


def _groups() -> list[tuple[str, str, prose_eval.Score]]:
    """(source, language, score) for every source and language with text, and each source's
    total."""
    found = []
    for name, passages in SOURCES.items():
        total = prose_eval.Score()
        for language in prose_eval.LANGUAGES:
            group = prose_eval.Score()
            for passage in passages:
                if passage.language == language:
                    group.add(prose_eval.score(passage))
            if group.words:
                found.append((name, language, group))
                total.add(group)
        if total.words:
            found.append((name, "all", total))
    return found


GROUPS = _groups()


def test_the_dev_set_is_large_and_varied_enough():
    passages = SOURCES["passages"]
    languages = {p.language for p in passages}
    formats = {p.path.suffix for p in passages}
    words = sum(
        score.words for name, language, score in GROUPS if (name, language) == ("passages", "all")
    )
    assert len(passages) >= 30 and words >= 15_000
    assert languages == {"en", "fr", "es"}
    assert formats == {".docx", ".pdf", ".md", ".txt"}


@pytest.mark.parametrize(
    ("name", "language", "score"), GROUPS, ids=[f"{n}-{lang}" for n, lang, _ in GROUPS]
)
def test_terms_on_real_prose_meet_the_targets(name, language, score, capsys):
    with capsys.disabled():
        if (name, language) == GROUPS[0][:2]:
            print(f"\nfirst (blind) run:\n{BLIND}\nnow:")
        print(f"{name:8} {language:3} {score.line()}")
    misses = "\n".join(score.misses)
    assert score.precision >= PRECISION, misses
    assert score.recall >= RECALL, misses
    assert score.lookalikes_flagged == 0, misses
    assert score.pronoun_recall >= PRONOUN_RECALL, misses
