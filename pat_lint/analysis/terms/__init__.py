"""Term lists, the spaCy matchers that find their entries, and the context decisions shared by the
terminology checks (``substitution`` and ``pronoun``).

Term lists are data (``terminology/<lang>.yaml``), loaded once per process; a matcher is built
once per language. What a match means is then decided from its context in the text, never from
a list of names: quotations, reference sections and citation-shaped entries, official and
company names (capitalised multi-word names holding an organisation word), surnames after a
title or a first name, adjectival uses of words that are terms only as nouns, and generic "man"
words in a sentence that compares women and men.

One module per job; this package re-exports what the checks use:

- :mod:`.lists` — loading and validating the term lists (and the optional entry keys);
- :mod:`.lexicon` — the context words read around a term (``rules/lexicons/terms-<lang>.yaml``);
- :mod:`.matching` — :class:`TermMatcher`, lemma docs, dash variants, highlighted sub-phrases;
- :mod:`.scope` — which blocks are read; quotations, reproduced legal text, reference lists;
- :mod:`.institutions` — institution, company and publication names, capitalised proper names;
- :mod:`.persons` — person names (titles, first names), roles in apposition to a name;
- :mod:`.names` — whether a match is part of a name (the question the substitution check asks);
- :mod:`.joins` — text that runs on across a block boundary (a name cut by a line or page break);
- :mod:`.usage` — noun versus adjective use, pieces of longer words;
- :mod:`.generic` — "man" for humanity, inclusive pairs ("businessmen and businesswomen");
- :mod:`.repeats` — identical findings in repeated rows reported once;
- :mod:`.tokens` — small word and token helpers shared by the others.
"""

from __future__ import annotations

from pat_lint.analysis.nlp import pipeline
from pat_lint.analysis.terms.generic import means_humanity, paired_with_feminine
from pat_lint.analysis.terms.institutions import in_institution_name, is_org_word
from pat_lint.analysis.terms.lists import Term, TermList, TermListError, load_terms, term_list_path
from pat_lint.analysis.terms.matching import TermMatch, TermMatcher, highlight_span, matcher
from pat_lint.analysis.terms.names import in_name
from pat_lint.analysis.terms.persons import is_name_like, is_person_name
from pat_lint.analysis.terms.repeats import group_repeats
from pat_lint.analysis.terms.scope import (
    cited_spans,
    in_spans,
    iter_blocks,
    others_words,
    quoted_spans,
    reference_blocks,
)
from pat_lint.analysis.terms.tokens import char_span, is_capitalised
from pat_lint.analysis.terms.usage import about_people, part_of_longer_word, used_as_noun

__all__ = [
    "about_people",
    "Term",
    "TermList",
    "TermListError",
    "TermMatch",
    "TermMatcher",
    "char_span",
    "cited_spans",
    "group_repeats",
    "highlight_span",
    "in_institution_name",
    "in_name",
    "in_spans",
    "is_capitalised",
    "is_name_like",
    "is_org_word",
    "is_person_name",
    "iter_blocks",
    "load_terms",
    "matcher",
    "means_humanity",
    "others_words",
    "paired_with_feminine",
    "part_of_longer_word",
    "pipeline",
    "quoted_spans",
    "reference_blocks",
    "term_list_path",
    "used_as_noun",
]
