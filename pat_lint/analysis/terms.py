"""Term lists, the spaCy matchers that find their entries, and the context decisions shared by the
terminology checks (``substitution`` and ``pronoun``).

Term lists are data: ``terminology/<lang>.yaml``, one entry per term with its surface ``forms``,
``suggestions``, ``category`` and ``source``. They are loaded once per process and a matcher is
built once per language:

- a :class:`~spacy.matcher.PhraseMatcher` on ``LOWER`` finds every listed form whatever its case;
- for English, a second one runs on a parallel *lemma doc* (each token replaced by its
  lower-case lemma), so that inflections of a base form match without listing them ("illegal
  migrant" finds "Illegal migrants"); only forms that are their own lemma take part, so
  "manned" (lemma "man") can never make every "man" a finding. French and Spanish lemma tables
  also map feminine to masculine ("ministra" → "ministro", "migrante illégale" → "migrant
  illégal"), which would turn "la ministra" into "la ministro": their lists spell out every
  form instead;
- a :class:`~spacy.matcher.Matcher` covers hyphen, dash, slash, space and closed variants of
  hyphenated forms ("man-made", "man–made", "man made", "manmade"), whichever way the language's
  tokenizer splits them;
- entries marked ``case_sensitive`` are matched on ``ORTH`` only ("l'Homme" for humanity).

Matching works on tokens, so it is whole-word by construction: "manageable", "Manchester",
"humanity", "chairperson" and "woman" never contain a match for "man".

What a match means is then decided from its context in the text, never from a list of names:
quotations, reference sections and citation-shaped entries, official and company names
(capitalised multi-word names holding an organisation word), surnames after a title or a first
name, adjectival uses of words that are terms only as nouns, and generic "man" words in a
sentence that compares women and men.

Optional entry keys that steer these decisions:

``case_sensitive``
    match the forms exactly as written (no case folding, no lemmas);
``as_noun``
    a single-word form that is a term only when used as a noun ("clandestins", "ilegales"),
    i.e. after an article, determiner, quantifier or preposition, not as an adjective after a
    noun ("réseaux clandestins", "mercancías ilegales");
``generic_only``
    "man" standing for humanity: not a finding in a sentence (or its neighbours) that also
    names women, because comparing women and men is the vocabulary of gender analysis;
``highlight``
    sub-phrases of the forms to report as the match ("el hombre" in "causado por el hombre"):
    the whole form must be present, the finding points at the gendered words.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pat_lint.analysis.nlp import lemma, pipeline
from pat_lint.model import Block, BlockKind
from pat_lint.packs import PackError, data_dir, load_yaml

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from pat_lint.analysis import Analysis

LANGUAGES = ("en", "fr", "es")
TERM_KEYS = frozenset(
    {
        "id",
        "forms",
        "suggestions",
        "category",
        "source",
        "note",
        "case_sensitive",
        "as_noun",
        "generic_only",
        "highlight",
    }
)
DASHES = ("-", "‐", "‑", "–", "—", "/")
#: Languages matched by lemma as well as by form (see the module docstring).
LEMMA_LANGUAGES = frozenset({"en"})


def words(text: str) -> frozenset[str]:
    """A set of words written as one space-separated string (for readable word lists)."""
    return frozenset(text.split())


# --- term lists ------------------------------------------------------------------------------


class TermListError(PackError):
    """A term list is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Term:
    """One entry of a term list."""

    id: str
    language: str
    forms: tuple[str, ...]
    suggestions: tuple[str, ...]
    category: str
    sources: tuple[str, ...] = ()
    note: str = ""
    case_sensitive: bool = False
    as_noun: bool = False
    generic_only: bool = False
    highlight: tuple[str, ...] = ()


@dataclass(frozen=True)
class TermList:
    """All entries of one language, with the public guidance they cite."""

    language: str
    path: Path | None
    terms: tuple[Term, ...]
    sources: dict[str, Any] = field(default_factory=dict)

    def by_category(self, categories: Iterable[str]) -> tuple[Term, ...]:
        """The entries whose category is one of ``categories`` (all when empty)."""
        wanted = set(categories)
        return tuple(t for t in self.terms if not wanted or t.category in wanted)


def term_list_path(language: str) -> Path:
    """Where the shipped term list of ``language`` lives."""
    return data_dir("terminology") / f"{language}.yaml"


@cache
def load_terms(language: str) -> TermList:
    """The term list of ``language``, loaded and validated once per process.

    A language without a list has an empty one; a malformed list raises
    :class:`TermListError` naming the file and the entry.
    """
    path = term_list_path(language)
    if not path.is_file():
        return TermList(language, None, ())
    data = load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("terms"), list):
        raise TermListError(f"{path}: a term list is a mapping with a 'terms' list")
    sources = data.get("sources") or {}
    terms = tuple(
        _load_term(path, language, i, raw, sources) for i, raw in enumerate(data["terms"], 1)
    )
    seen: set[str] = set()
    for term in terms:
        if term.id in seen:
            raise TermListError(f"{path}: term {term.id!r} is defined twice")
        seen.add(term.id)
    return TermList(language, path, terms, dict(sources))


def _strings(value: Any, where: str, key: str, required: bool = True) -> tuple[str, ...]:
    """A YAML string or list of strings as a tuple; errors name the entry and key."""
    if value is None and not required:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise TermListError(f"{where}: {key!r} must be a list of non-empty strings")
    if required and not value:
        raise TermListError(f"{where}: {key!r} is empty")
    return tuple(v.strip() for v in value)


def _load_term(path: Path, language: str, index: int, raw: Any, sources: dict) -> Term:
    """Validate one entry."""
    where = f"{path}: term #{index}"
    if not isinstance(raw, dict):
        raise TermListError(f"{where}: an entry is a mapping")
    if isinstance(raw.get("id"), str):
        where = f"{path}: term {raw['id']!r}"
    unknown = sorted(set(raw) - TERM_KEYS)
    if unknown:
        known = ", ".join(sorted(TERM_KEYS))
        raise TermListError(f"{where}: unknown key {unknown[0]!r} (known: {known})")
    for key in ("id", "category"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise TermListError(f"{where}: missing or empty {key!r}")
    source = _strings(raw.get("source"), where, "source")
    if sources:
        missing = [s for s in source if s not in sources]
        if missing:
            raise TermListError(f"{where}: source {missing[0]!r} is not under 'sources'")
    for flag in ("case_sensitive", "as_noun", "generic_only"):
        if flag in raw and not isinstance(raw[flag], bool):
            raise TermListError(f"{where}: {flag!r} must be true or false")
    return Term(
        id=raw["id"].strip(),
        language=language,
        forms=_strings(raw.get("forms"), where, "forms"),
        suggestions=_strings(raw.get("suggestions"), where, "suggestions"),
        category=raw["category"].strip(),
        sources=source,
        note=str(raw.get("note") or ""),
        case_sensitive=bool(raw.get("case_sensitive", False)),
        as_noun=bool(raw.get("as_noun", False)),
        generic_only=bool(raw.get("generic_only", False)),
        highlight=_strings(raw.get("highlight"), where, "highlight", required=False),
    )


# --- matching --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TermMatch:
    """A term found in a Doc: token span ``[start, end)``."""

    term: Term
    start: int
    end: int


def lemma_key(token_text: str, language: str) -> str:
    """What a token is compared on in the lemma doc: function words as written (lower case),
    content words by lemma, dashes unified."""
    lower = token_text.lower().replace("’", "'")
    if lower in _stop_words(language) or not any(ch.isalpha() for ch in lower):
        return "-" if lower in DASHES else lower
    return lemma(lower, language)


@cache
def _stop_words(language: str) -> frozenset[str]:
    return frozenset(pipeline(language).Defaults.stop_words)


def lemma_doc(doc: Doc, language: str) -> Doc:
    """A Doc with the same tokens as ``doc`` whose texts are the tokens' :func:`lemma_key`."""
    from spacy.tokens import Doc as SpacyDoc

    words = [lemma_key(t.text, language) or t.text for t in doc]
    return SpacyDoc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])


_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def dash_variants(form: str) -> list[str]:
    """Other spellings of a hyphenated form: other dashes, a slash, closed up ("man–made",
    "homme/jour", "manmade").

    A space is not one of them: "one-man" is a term, "one man" is a count. Spaced spellings
    that are terms are listed in the term lists themselves ("man made").
    """
    if not _HYPHEN.search(form):
        return []
    parts = _HYPHEN.split(form)
    variants = [joiner.join(parts) for joiner in (*DASHES[1:], "")]
    return [v for v in variants if v != form]


class TermMatcher:
    """Every term of one language, compiled into spaCy matchers (built once per language)."""

    def __init__(self, terms: TermList) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        self.language = terms.language
        self.terms = terms.terms
        nlp = pipeline(terms.language)
        self._nlp = nlp
        self._lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._lemma = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._variants = Matcher(nlp.vocab)
        self._keys: dict[str, Term] = {}
        for index, term in enumerate(terms.terms):
            key = f"{terms.language}:{index}"
            self._keys[key] = term
            self._add(key, term)

    def _add(self, key: str, term: Term) -> None:
        """Compile one entry into the matchers."""
        make = self._nlp.make_doc
        forms = [f for form in term.forms for f in (form, _straight(form)) if f]
        forms = list(dict.fromkeys(forms))
        if term.case_sensitive:
            self._exact.add(key, [make(f) for f in forms])
            self._add_variants(key, forms, "ORTH")
            return
        self._lower.add(key, [make(f) for f in forms])
        self._add_variants(key, forms, "LOWER")
        base = [f for f in forms if self._is_base_form(f)]
        if base and self.language in LEMMA_LANGUAGES:
            self._lemma.add(key, [self._lemma_pattern(f) for f in base])

    def _add_variants(self, key: str, forms: list[str], attr: str) -> None:
        """Dash, slash and closed spellings of hyphenated forms, however they are tokenized."""
        variants = [v for form in forms for v in dash_variants(form)]
        if variants:
            matcher = self._exact if attr == "ORTH" else self._lower
            matcher.add(key, [self._nlp.make_doc(v) for v in variants])
        patterns = [p for p in (self._dash_pattern(form, attr) for form in forms) if p]
        if patterns:
            self._variants.add(key, patterns)

    def _dash_pattern(self, form: str, attr: str) -> list[dict[str, Any]] | None:
        """A token pattern for a hyphenated form written with a free-standing dash of any kind
        ("homme - jour", "man – made"), where the tokenizer splits the dash off."""
        parts = _HYPHEN.split(form)
        if len(parts) < 2:
            return None
        pattern: list[dict[str, Any]] = []
        for number, part in enumerate(parts):
            if number:
                pattern.append({"ORTH": {"IN": list(DASHES)}})
            for token in self._nlp.make_doc(part):
                pattern.append({attr: token.text if attr == "ORTH" else token.lower_})
        return pattern

    def _is_base_form(self, form: str) -> bool:
        """Whether every content word of ``form`` is its own lemma (safe to match by lemma)."""
        doc = self._nlp.make_doc(form)
        content = [t for t in doc if t.is_alpha and t.lower_ not in _stop_words(self.language)]
        if not content:
            return False
        return all(lemma_key(t.text, self.language) == t.lower_ for t in content)

    def _lemma_pattern(self, form: str) -> Doc:
        return lemma_doc(self._nlp.make_doc(form), self.language)

    def find(self, doc: Doc) -> list[TermMatch]:
        """Every term occurrence in ``doc``, longest first where matches overlap."""
        found: list[tuple[str, int, int]] = []
        for matcher in (self._lower, self._exact, self._variants):
            if len(matcher):
                found += [(self._key(doc, m), s, e) for m, s, e in matcher(doc)]
        if len(self._lemma):
            lemmas = lemma_doc(doc, self.language)
            found += [(self._key(doc, m), s, e) for m, s, e in self._lemma(lemmas)]
        found.sort(key=lambda item: (-(item[2] - item[1]), item[1]))
        taken: set[int] = set()
        matches: list[TermMatch] = []
        for key, start, end in found:
            if taken.intersection(range(start, end)):
                continue
            taken.update(range(start, end))
            matches.append(TermMatch(self._keys[key], start, end))
        return sorted(matches, key=lambda m: m.start)

    @staticmethod
    def _key(doc: Doc, match_id: int) -> str:
        return doc.vocab.strings[match_id]


def _straight(form: str) -> str:
    """The form with typographic apostrophes straightened (or the reverse)."""
    if "’" in form:
        return form.replace("’", "'")
    return form.replace("'", "’") if "'" in form else ""


@cache
def matcher(language: str) -> TermMatcher:
    """The compiled matcher of ``language`` (built once per process)."""
    return TermMatcher(load_terms(language))


# --- context: quotations and references --------------------------------------------------------

_DOUBLE_QUOTES = re.compile(
    r"“[^”\n]{1,400}”|«[^»\n]{1,400}»|\"[^\"\n]{1,400}\"|„[^“”\n]{1,400}[“”]"
)
_SINGLE_QUOTES = re.compile(r"(?<![\w'’])['‘](?=\S)([^'’‘\n]{1,300}?)(?<=\S)['’](?!\w)")
_REFERENCE_HEADING = re.compile(
    r"\b(references|reference list|reference documents|bibliograph\w*|works cited"
    r"|literature cited|sources consulted|further reading"
    r"|documents consulted|références|ouvrages cités|documents consultés|sources documentaires"
    r"|referencias|bibliografía|obras citadas|fuentes consultadas)\b",
    re.IGNORECASE,
)
_TERMS_OF_REFERENCE = re.compile(
    r"\b(terms of reference|termes de référence|términos de referencia)\b", re.IGNORECASE
)
_CITATION = re.compile(
    r"^\s*(?:[-•*]\s*)?(?P<authors>[A-ZÀ-ÝŒ][^()\n]{0,120}?)\s*"
    r"\(\s*(?:19|20)\d{2}[a-z]?(?:,[^)]{0,30})?\)\s*[.:]"
)
#: Lower-case words that may appear in a reference's authors ("Smith, J. and Ahmed, K.").
_AUTHOR_WORDS = words("and & et y e de del des du la le van von da der al. al et. eds. ed. (eds.)")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of text in quotation marks (double, guillemets, or single quotes that are
    not apostrophes)."""
    spans = [m.span() for m in _DOUBLE_QUOTES.finditer(text)]
    spans += [m.span() for m in _SINGLE_QUOTES.finditer(text)]
    return spans


def in_spans(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` lies inside one of ``spans``."""
    return any(s <= start and end <= e for s, e in spans)


def is_citation(text: str) -> bool:
    """Whether a block looks like a reference-list entry: "Author, A. (2019). Title. Place.".

    The authors are names, initials and organisations (capitalised words joined by "and",
    "de"…), so a sentence such as "This was confirmed by the Ministry (2021)." is not one.
    """
    found = _CITATION.match(text)
    if not found:
        return False
    authors = found.group("authors").replace(",", " ").split()
    return len(authors) <= 14 and all(
        w[:1].isupper() or w.lower() in _AUTHOR_WORDS or not w[:1].isalpha() for w in authors
    )


def _is_reference_title(text: str) -> bool:
    """A short heading or label naming a reference list ("7. References", "Bibliografía:"), not
    terms of reference ("Annex 3: Terms of Reference", "Termes de référence")."""
    if _TERMS_OF_REFERENCE.search(text):
        return False
    return bool(_REFERENCE_HEADING.search(text)) and len(text.split()) <= 6


def _after_reference_label(blocks: tuple[Block, ...]) -> Iterator[int]:
    """Blocks of a reference list introduced by a label paragraph rather than a heading
    ("References:" followed by list items or by paragraphs that cite a year)."""
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING or not _is_reference_title(block.text):
            continue
        if not block.text.rstrip().endswith(":") and len(block.text.split()) > 2:
            continue
        for later in range(index + 1, len(blocks)):
            item = blocks[later]
            if item.kind is BlockKind.LIST_ITEM or _YEAR.search(item.text):
                yield later
            else:
                break


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
def reference_blocks(analysis: Analysis) -> frozenset[int]:
    """Indices of the blocks under a References / Bibliography / Références / Bibliografía
    heading (at any level), plus blocks shaped like a citation anywhere (once per document)."""
    return analysis.memo("reference_blocks", lambda: _reference_blocks(analysis))


def _reference_blocks(analysis: Analysis) -> frozenset[int]:
    found: set[int] = set()
    for section in analysis.sections:
        if _is_reference_title(section.title):
            found.update(range(section.start, section.end))
    found.update(_after_reference_label(analysis.blocks))
    found.update(i for i, block in enumerate(analysis.blocks) if is_citation(block.text))
    return frozenset(found)


# --- context: names ----------------------------------------------------------------------------

#: Titles before a person's name (as written; a single capital with a dot is "M." etc.).
PERSON_TITLES = words(
    "Mr Mr. Mrs Mrs. Ms Ms. Mx Mx. Miss Dr Dr. Prof Prof. Professor Sir Dame Lord Lady Sheikh "
    "Rev Rev. Hon Hon. Eng. Eng M. MM. Mme Mmes Mlle Me Pr Pr. Sr Sr. Sra Sra. Srta Srta. Dra "
    "Dra. Don Doña Lic. Lic Licda. Ing. Ing"
)
#: Words that make a capitalised name an institution, company, publication or official text.
ORG_WORDS: dict[str, frozenset[str]] = {
    "en": words(
        "ministry ministries office offices directorate directorates department departments agency "
        "agencies bureau board authority authorities commission council committee secretariat "
        "service services solutions recruitment recruiters consulting consultancy consultants "
        "logistics group holdings company co corp corporation inc incorporated ltd llc llp plc pvt "
        "limited sarl sa gmbh bv association associations federation union league society "
        "foundation trust institute institution university college school academy centre center "
        "fund bank network alliance coalition forum unit division court tribunal parliament "
        "assembly senate congress government review times herald tribune post journal gazette "
        "news daily weekly magazine chronicle guardian observer express telegraph press radio "
        "television tv declaration convention charter covenant protocol treaty act code "
        "programme program project initiative award prize museum hospital clinic mission "
        "embassy consulate chamber cooperative co-operative enterprises industries "
        "international audit survey report census"
    ),
    "fr": words(
        "ministère ministères conseil commission comité commissariat haut-commissariat délégation "
        "direction office agence bureau service services département secrétariat institut "
        "institution observatoire ligue fédération association groupement union syndicat "
        "fondation centre maison université école cour tribunal assemblée sénat parlement "
        "gouvernement déclaration convention charte pacte loi code décret protocole traité "
        "journée prix programme projet réseau collectif plateforme coalition alliance forum "
        "société compagnie sarl sa sas groupe cabinet entreprise entreprises établissements banque "
        "fonds unité cellule mission ambassade consulat rapporteur rapporteuse journal revue "
        "magazine quotidien radio télévision chambre coopérative organisation confédération "
        "haut-commissaire défenseur médiateur inspection"
    ),
    "es": words(
        "ministerio ministerios consejo comisión comité comisaría delegación dirección oficina "
        "agencia secretaría subsecretaría procuraduría defensoría fiscalía instituto institución "
        "observatorio liga federación asociación agrupación unión sindicato fundación centro "
        "universidad escuela corte tribunal asamblea senado congreso parlamento gobierno "
        "declaración convención carta pacto ley código decreto protocolo tratado día premio "
        "programa proyecto red colectivo plataforma coalición alianza foro sociedad compañía "
        "empresa empresas grupo supermercado supermercados banco fondo unidad misión embajada "
        "consulado relator relatora diario periódico revista radio televisión cámara cooperativa "
        "organización confederación s.a. s.l. s.a.s. ltda. inspección"
    ),
}
#: Organisation words that are also everyday Title Case words in headings.
WEAK_ORG_WORDS = words(
    "service services solutions recruitment consulting logistics group fund network unit division "
    "review times post journal news daily weekly express press radio television tv act code "
    "programme program project initiative award prize international audit survey report census "
    "mission chamber enterprises industries alliance forum coalition plan programa proyecto "
    "projet red réseau revue journal informe rapport"
)
#: Lower-case words that may join the words of a name ("Bureau of Manpower", "Conseil des …").
CONNECTORS: dict[str, frozenset[str]] = {
    "en": words("of the for and on in to & de"),
    "fr": words("de des du la le les l' l’ d' d’ aux au à et pour sur en"),
    "es": words("de del la las los el y para sobre en a al"),
}
#: Words that end a noun phrase when looking back for an institution name.
CLAUSE_WORDS: dict[str, frozenset[str]] = {
    "en": words(
        "is are was were be been has have had will would shall should must can may "
        "which that who whom whose"
    ),
    "fr": words(
        "est sont était étaient sera seront a ont avait avaient doit doivent peut "
        "peuvent que qui dont où ne se"
    ),
    "es": words(
        "es son era eran será serán ha han había habían debe deben puede pueden que "
        "quien quienes cuyo cuya donde no se"
    ),
}
WOMEN_WORDS: dict[str, frozenset[str]] = {
    "en": words("woman women girl girls female females"),
    "fr": words("femme femmes fille filles féminine féminines"),
    "es": words("mujer mujeres niña niñas femenina femeninas"),
}
#: Determiners, quantifiers and prepositions after which an adjective-like word is a noun.
NOUN_MARKERS: dict[str, frozenset[str]] = {
    "en": words("the a an these those some many such of to for by with as among"),
    "fr": words(
        "les des de d' d’ aux ces leurs nombreux plusieurs certains quelques tous "
        "ses nos vos comme par pour entre avec sans sur un une le la l' l’ "
        "beaucoup autres mêmes"
    ),
    "es": words(
        "los las unos unas de a estos estas esos esas aquellos tantos tantas muchos "
        "muchas varios varias algunos algunas otros otras sus nuestros como con para "
        "por entre sin sobre contra el la un una al del miles cientos"
    ),
}

#: Adjectives that stand before a noun ("d'anciens clandestins", "supuestos ilegales").
PRENOMINAL: dict[str, frozenset[str]] = {
    "en": words("former alleged so-called suspected potential many other"),
    "fr": words(
        "anciens anciennes ex jeunes nouveaux nouvelles futurs futures présumés présumées "
        "prétendus prétendues soi-disant potentiels potentielles"
    ),
    "es": words(
        "antiguos antiguas ex jóvenes nuevos nuevas futuros futuras supuestos supuestas "
        "presuntos presuntas potenciales posibles"
    ),
}


def is_capitalised(token: Token) -> bool:
    """Whether a word token starts with a capital letter."""
    text = token.text
    return bool(text) and text[0].isupper()


def is_org_word(token: Token, language: str, strong: bool = False) -> bool:
    """Whether a token is an organisation/publication word of ``language`` (or English).

    ``strong`` keeps only words that name an institution or company whatever the context
    (Ministry, Directorate, Ltd, Conseil…), for Title Case headings where "Project" or "Review"
    prove nothing.
    """
    word = token.text.lower().replace("’", "'")
    found = ORG_WORDS.get(language, frozenset()) | ORG_WORDS["en"]
    if strong:
        found = found - WEAK_ORG_WORDS
    return word in found or word.rstrip(".") in found


def _run_part(token: Token, language: str) -> str | None:
    """How a token takes part in a capitalised name: 'word', 'join' or None (ends the run)."""
    if token.is_punct and token.text not in ("-", "&", "'", "’") and not token.text.endswith("."):
        return None
    if token.is_space:
        return None
    if token.lower_ in ("'s", "’s"):
        return "join"  # "the Labour Ombudsman's Office"
    if is_capitalised(token) or token.text in ("-", "&"):
        return "word"
    if (
        token.lower_ in CONNECTORS.get(language, CONNECTORS["en"])
        or token.lower_ in CONNECTORS["en"]
    ):
        return "join"
    return None


def capitalised_run(doc: Doc, start: int, end: int, language: str) -> tuple[int, int]:
    """The maximal run of capitalised words (joined by connectors) around ``doc[start:end]``."""
    left = start
    i = start - 1
    while i >= 0:
        part = _run_part(doc[i], language)
        if part is None or doc[i].is_sent_end:
            break
        if part == "word":
            left = i
        i -= 1
    right = end
    i = end
    # a word capitalised only because it starts the sentence does not reach over "of the …"
    initial = doc[start].is_sent_start
    while i < len(doc):
        part = _run_part(doc[i], language)
        if part is None or (initial and part == "join" and right == end):
            break
        if part == "word":
            right = i + 1
        if doc[i].is_sent_end:
            break
        i += 1
    return left, right


def in_institution_name(
    doc: Doc, start: int, end: int, language: str, heading: bool = False
) -> bool:
    """Whether the match is part of the name of an institution, company, publication or official
    text: a capitalised name holding an organisation word ("Manpower Planning Directorate",
    "Northgate Manpower Solutions Ltd", "The Spokesman-Review"), or, in French and Spanish where
    only the first word of such names is capitalised, a phrase headed by a capitalised
    organisation word ("Conseil des droits de l'homme", "Comisión nacional de los derechos…")."""
    span = doc[start:end]
    if any(is_capitalised(t) for t in span if t.is_alpha):
        left, right = capitalised_run(doc, start, end, language)
        others = [t for t in doc[left:right] if t.i < start or t.i >= end]
        if any(is_org_word(t, language, strong=heading) and is_capitalised(t) for t in others):
            return True
    if language in ("fr", "es"):
        return _headed_by_org_word(doc, start, language)
    return False


def _headed_by_org_word(doc: Doc, start: int, language: str, max_words: int = 2) -> bool:
    """Look back from ``start`` through connectors and at most ``max_words`` lower-case
    adjectives for a capitalised organisation word."""
    content = 0
    for i in range(start - 1, max(-1, start - 10), -1):
        token = doc[i]
        if token.is_punct and token.text not in ("-",):
            return False
        if is_capitalised(token):
            if is_org_word(token, language):
                return True
            continue
        lower = token.lower_.replace("’", "'")
        if lower in COORDINATORS or lower in CLAUSE_WORDS[language]:
            return False  # "le Niger et les droits de l'homme": another phrase
        if lower in CONNECTORS[language]:
            continue
        if _looks_like_verb(token, language):
            return False
        content += 1
        if content > max_words:
            return False
    return False


def _looks_like_verb(token: Token, language: str) -> bool:
    """A conjugated verb or participle: its lemma is an infinitive that differs from it, and it
    is not simply the plural of that word ("passagers" → "passager" is a noun)."""
    lower = token.lower_
    found = lemma(lower, language)
    if found == lower or len(found) <= 3 or not found.endswith(("er", "ir", "re", "ar")):
        return False
    return lower.rstrip("sx") != found


def is_person_name(doc: Doc, start: int, end: int, language: str, heading: bool = False) -> bool:
    """Whether a capitalised match is (part of) a person's name: after a title ("Dr Esther
    Fireman", "Mr Workman", "M. Lhomme") or after a first name ("Rachel Foreman"). In a Title
    Case heading a capitalised word before the match proves nothing ("Somali Fishermen"), so
    only a title counts there."""
    first = doc[start]
    if not is_capitalised(first) or start == 0:
        return False
    before = doc[start - 1]
    if is_title(before):
        return True
    if not is_capitalised(before) or not before.is_alpha or is_org_word(before, language):
        return False
    if start >= 2 and is_title(doc[start - 2]):
        return True
    return not heading and is_name_like(before.text, language)


def is_title(token: Token) -> bool:
    """Whether a token is a title before a person's name ("Dr", "Ms.", "M.", "DR" in capitals)."""
    text = token.text
    return text in PERSON_TITLES or (
        text.isupper() and len(text) > 1 and text.title() in PERSON_TITLES
    )


def is_name_like(word: str, language: str) -> bool:
    """Whether a capitalised word is more often a name than a common word.

    English and Spanish use spaCy's word-frequency table: a word whose capitalised spelling is
    more frequent than its lower-case one ("Rachel", "Moussa") is a name, a word mostly written
    in lower case ("Project", "Local") is not. French has no table: a capitalised word that is
    not a known French word form counts as a name.
    """
    if not word[:1].isupper() or not word.isalpha():
        return False
    if word.isupper() and len(word) > 1:
        word = word.title()
    lower = word.lower()
    probs = _word_probs(language)
    if probs is not None:
        cap, low = probs.get(word), probs.get(lower)
        if cap is None and low is None:
            return True
        if low is None:
            return True
        return cap is not None and cap > low
    return (
        lemma(lower, language) == lower
        and lower not in _stop_words(language)
        and not _known(lower, language)
    )


def _known(word: str, language: str) -> bool:
    """Whether a lower-case word is a form in the language's lemma table."""
    from pat_lint.analysis.nlp import _lemma_table

    return word in _lemma_table(language)


@cache
def _word_probs(language: str) -> dict[str, float] | None:
    """spaCy's lexeme log-probabilities for ``language`` (spacy-lookups-data), if it has them."""
    try:
        import spacy_lookups_data
    except ImportError:  # pragma: no cover - a dependency of pat-lint
        return None
    path = Path(spacy_lookups_data.__file__).parent / "data" / f"{language}_lexeme_prob.json.gz"
    if not path.is_file():
        return None
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


# --- context: uses of a word ---------------------------------------------------------------------


def used_as_noun(doc: Doc, start: int, language: str) -> bool:
    """Whether the word at ``start`` is used as a noun: first in its sentence or clause, or after
    a determiner, quantifier or preposition (not after a noun it would qualify)."""
    if start == 0 or doc[start].is_sent_start:
        return True
    before = doc[start - 1]
    if before.is_punct:
        return before.text not in ("-",)
    markers = NOUN_MARKERS.get(language, frozenset())
    if before.lower_ in PRENOMINAL.get(language, frozenset()) and start >= 2:
        before = doc[start - 2]  # "d'anciens clandestins": look past the adjective
    return before.lower_.replace("’", "'") in markers or before.like_num


def means_humanity(doc: Doc, start: int, end: int, language: str) -> bool:
    """Whether "man" / "l'homme" / "el hombre" at ``[start, end)`` stands for people in general.

    Not when the sentence, or the one before or after it, names women (a comparison of women
    and men is gender analysis), when a relative clause singles out one man ("el hombre que…"),
    or when the text has already introduced a particular man ("un hombre", "a man", "un homme").
    """
    if mentions_women(doc, start, language):
        return False
    if end < len(doc) and doc[end].lower_ in RELATIVES:
        return False
    head = doc[end - 1].lower_
    indefinite = INDEFINITE_ARTICLES.get(language, frozenset())
    return not any(
        doc[i].lower_ == head and doc[i - 1].lower_ in indefinite for i in range(1, start)
    )


def mentions_women(doc: Doc, start: int, language: str) -> bool:
    """Whether the sentence of token ``start``, or the sentence before or after it, names women."""
    sentences = list(doc.sents)
    for index, sentence in enumerate(sentences):
        if sentence.start <= start < sentence.end:
            window = sentences[max(0, index - 1) : index + 2]
            words = WOMEN_WORDS.get(language, frozenset())
            return any(t.lower_ in words for s in window for t in s)
    return False


def paired_with_feminine(doc: Doc, start: int, end: int) -> bool:
    """Whether a masculine form is coordinated with its feminine counterpart, an inclusive pair
    ("businessmen and businesswomen", "chairmen or -women", "policewomen and policemen",
    "los hombres de negocios y las mujeres de negocios")."""
    words = [t.lower_ for t in doc[start:end]]
    while words and words[0] in ARTICLES:
        words = words[1:]
    feminine = [_feminine(w) for w in words]
    if not words or feminine == words:
        return False
    return _feminine_after(doc, end, feminine) or _feminine_before(doc, start, feminine)


def _feminine_after(doc: Doc, end: int, feminine: list[str]) -> bool:
    """ "X and (the) feminine-X" or "X and -women"."""
    i = end
    if i >= len(doc) or doc[i].lower_ not in COORDINATORS:
        return False
    i += 1
    if i < len(doc) and doc[i].lower_ in ARTICLES:
        i += 1
    if [t.lower_ for t in doc[i : i + len(feminine)]] == feminine:
        return True
    if i < len(doc) and doc[i].text in ("-", "–") and i + 1 < len(doc):
        return doc[i + 1].lower_ in _FEMININE_TAILS
    return i < len(doc) and doc[i].text[:1] in ("-", "–") and doc[i].lower_[1:] in _FEMININE_TAILS


def _feminine_before(doc: Doc, start: int, feminine: list[str]) -> bool:
    """ "feminine-X and (the) X"."""
    j = start - 1
    if j >= 0 and doc[j].lower_ in ARTICLES:
        j -= 1
    if j < 0 or doc[j].lower_ not in COORDINATORS:
        return False
    k = j - len(feminine)
    return k >= 0 and [t.lower_ for t in doc[k:j]] == feminine


def _feminine(word: str) -> str:
    """The feminine counterpart of a masculine word (men → women, hommes → femmes…)."""
    for masculine, feminine in _COUNTERPARTS:
        if masculine in word:
            return word.replace(masculine, feminine, 1)
    return word


_COUNTERPARTS = (
    ("hommes", "femmes"),
    ("homme", "femme"),
    ("hombres", "mujeres"),
    ("hombre", "mujer"),
    ("men", "women"),
    ("man", "woman"),
)
_FEMININE_TAILS = frozenset({"women", "woman", "femmes", "femme", "mujeres", "mujer"})
COORDINATORS = words("and or & et ou y o e u")
ARTICLES = words("the les des la le l' los las el unos unas")
RELATIVES = words("que qui quien quienes who whom")
INDEFINITE_ARTICLES: dict[str, frozenset[str]] = {
    "en": frozenset({"a", "one"}),
    "fr": frozenset({"un"}),
    "es": frozenset({"un"}),
}


def part_of_longer_word(doc: Doc, start: int, end: int, language: str) -> bool:
    """Whether the tokenizer cut the match out of a longer word ("prud'hommes" → "prud'" +
    "hommes"): the token before ends in an apostrophe but is not an elided function word."""
    if start == 0 or doc[start - 1].whitespace_:
        return False
    before = doc[start - 1].text.lower().replace("’", "'")
    if before.endswith("'") and before not in CONNECTORS.get(language, frozenset()) | _ELIDED:
        return True
    return before.isalpha() and not doc[start].is_punct


_ELIDED = words("l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' quoiqu'")


def highlight_span(doc: Doc, match: TermMatch) -> tuple[int, int]:
    """The tokens to report for a match: the entry's ``highlight`` sub-phrase when present."""
    span = [t.lower_.replace("’", "'") for t in doc[match.start : match.end]]
    for phrase in match.term.highlight:
        wanted = list(_phrase_words(match.term.language, phrase))
        for offset in range(len(span) - len(wanted) + 1):
            if span[offset : offset + len(wanted)] == wanted:
                return match.start + offset, match.start + offset + len(wanted)
    return match.start, match.end


@cache
def _phrase_words(language: str, phrase: str) -> tuple[str, ...]:
    """The lower-case tokens of a phrase, apostrophes straightened."""
    return tuple(t.lower_.replace("’", "'") for t in pipeline(language).make_doc(phrase))


def char_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character offsets of tokens ``[start, end)``."""
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def iter_blocks(analysis: Analysis, languages: Iterable[str]) -> Iterator[int]:
    """Indices of the blocks whose own language is one of ``languages`` (all supported when
    empty) and that hold some text."""
    wanted = set(languages) or set(LANGUAGES)
    for index, block in enumerate(analysis.blocks):
        if analysis.block_languages[index] in wanted and block.text.strip():
            yield index
