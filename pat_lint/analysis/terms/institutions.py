"""Whether a match is part of the name of an institution, company, publication or official text
("Manpower Planning Directorate", "Conseil des droits de l'homme"), decided from capitalisation
and organisation words, never from a list of names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pat_lint.analysis.nlp import lemma
from pat_lint.analysis.terms.tokens import COORDINATORS, is_capitalised, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

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
    "en": words("of the for and on in to & de against"),
    "fr": words("de des du la le les l' l’ d' d’ aux au à et pour sur en contre"),
    "es": words("de del la las los el y para sobre en a al contra"),
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
