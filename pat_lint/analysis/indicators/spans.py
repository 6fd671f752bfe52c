"""Spans: where an indicator's text sits in a block, and how that text is cut out of it.

A :class:`Span` is a block index and offsets; :func:`clean` takes the label ("Indicator 1.1:"),
list marker, numbering and markup off the front and a following field ("Target: 500") off the
end, so that a finding points at the indicator itself; :func:`display_text` is the text as
reported. The "Indicator" label patterns of every language live here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from pat_lint.analysis.cues import pattern
from pat_lint.analysis.indicators.lexicons import every_language, fold, structure_words
from pat_lint.model import Block

#: Cell texts that hold no indicator.
EMPTY_CELLS = frozenset(
    {
        "n/a",
        "na",
        "n.a.",
        "nd",
        "n.d.",
        "s.d.",
        "s. d.",
        "tbd",
        "tbc",
        "-",
        "—",
        "–",
        "...",
        "…",
        "to be determined",
        "à déterminer",
        "à définir",
        "por definir",
        "por determinar",
    }
)


@dataclass(frozen=True)
class Span:
    """Where one indicator's text is: block index and offsets in the block's text, plus any
    breakdown given for it elsewhere (a "Disaggregation" column of the same table row).

    ``more`` holds ``(block, start, end)`` continuations when a reader split one indicator
    over several blocks (a PDF cell broken at a line or page end).
    """

    block: int
    start: int
    end: int
    extra: tuple[str, ...] = ()
    more: tuple[tuple[int, int, int], ...] = ()

    def raw_text(self, blocks: Sequence[Block]) -> str:
        """The indicator's text as written, continuations joined with a space."""
        pieces = [(self.block, self.start, self.end), *self.more]
        return " ".join(blocks[b].text[s:e] for b, s, e in pieces)


def _indicator_word() -> str:
    return pattern(structure_words("indicator_words"))


@lru_cache(maxsize=1)
def label_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(labelled line, bare label, heading label) patterns in every language."""
    word = _indicator_word()
    qualifier = pattern(structure_words("qualifiers"))
    number = (
        # "3.1", "3.a.1" (an SDG id: a letter between its numbers), "4.C.1.B"
        r"(?:n[°ºo]\.?\s*)?(?:[A-Za-z]{0,4}[\s-]?)?\d+(?:[.\-](?:\d+|[a-z]\b))*[a-z]?\.?"
        r"|[A-Z]\b|[ivxIVX]{1,4}\b"
    )
    paren = r"\([^()]{0,40}\)"
    # a programme's acronym: "IYCF Indicator 1: …" (WHO/UNICEF's feeding indicators)
    acronym = r"(?-i:[A-Z]{2,6})"
    item = rf"(?:{qualifier}|{number}|{paren}|{acronym})"
    markup = r"(?:\*\*|__|\*|_)?"
    # the result it belongs to may come first: "Target 3, Indicator: …", "Outcome 2, indicator 1:"
    result = r"(?:[^\W\d_]{2,12}\s+\d{1,2}(?:\.\d{1,2}){0,2}\s*,\s*)?"
    head = rf"^\s*{markup}\s*{result}(?:{item}\s+){{0,4}}{word}\.?(?:\s+{item}){{0,4}}?\s*{markup}"
    labelled = re.compile(
        rf"{head}\s*(?:[:：]|\s[–—-](?=\s)|(?:(?<=\d)|(?<=\d\.))(?=\s+[A-ZÀ-Ý%#]))\s*{markup}\s*",
        re.IGNORECASE,
    )
    numbering = r"(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[A-H]\.)\s+"
    heading = re.compile(
        rf"^\s*(?:{numbering})?(?:{qualifier}\s+){{0,4}}{word}(?:\s+{qualifier}){{0,4}}\s*[:：]?\s*$",
        re.IGNORECASE,
    )
    bare = re.compile(rf"(?<![\w-]){word}(?![\w-])", re.IGNORECASE)
    return labelled, bare, heading


@lru_cache(maxsize=1)
def _result_lead() -> re.Pattern[str]:
    """A result's label and number written before its indicator's count sign ("Output 1.1.1
    # of adolescent girls …"), or its label and a colon ("Output: # of male and female CBE
    teachers …", "Output: [CP] # of girls and boys …": OCHA's response-plan logframes; lexicon
    ``result_labels``): the indicator starts at the sign, past a cluster's tag in brackets."""
    labels = pattern(structure_words("result_labels"))
    return re.compile(
        rf"^\s*{labels}(?:\s+\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}\s*[:：.–—-]?|\s*[:：])\s*"
        rf"(?:\[[^\[\]]{{1,20}}\]\s*)?(?=[#%])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _caption() -> re.Pattern[str]:
    """The caption label of a statistical table before its title ("Tableau 5.4 :", "Cuadro 4.",
    "Table 3.2 –"; lexicon ``caption_words``), also after the publication it is taken from,
    then ended by a colon, a dash or the title's capital ("2009 Census Volume II Table 3: ",
    "Vol 1b Table 1 Constituency Population …")."""
    words = pattern(structure_words("caption_words"))
    # "3.2", "4-1", "1.A." (a table numbered by its section and a letter: "Tableau 1.A. – "),
    # "1.F/G." (two tables at once)
    # ... or a letter alone, or before its numbers ("Section H:", "SECCIÓN B.2:")
    number = (
        r"(?:(?:n[°º]\.?\s*)?[A-Z]?\d+(?:\s?[.\-/]\s?(?:\d+|[A-Z]\b))*[a-z]?\.?"
        r"|(?-i:[A-Z])(?:\.\d{1,2})*\b\.?)"
    )
    source = r"(?-i:(?:[A-ZÀ-Ý][\w]*\.?|\d{1,4}[a-z]?|[IVX]{1,4})\s+){1,5}"
    return re.compile(
        # ... also with the publisher's acronym before its number ("Tabla INE 60259 - ")
        rf"^\s*(?:{words}\s+(?-i:[A-Z]{{2,6}}\s+)?{number}(?:\s*[:：.–—-]\s*|\s+(?=[A-ZÀ-Ý]))"
        rf"|{source}{words}\s+{number}(?:\s*[:：–—-]\s*|\s+(?=[A-ZÀ-Ý])))",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def field_pattern() -> re.Pattern[str]:
    """A field that follows an indicator on its line ("Baseline: 0", "; Cible : 500")."""
    labels = pattern(structure_words("field_labels"))
    return re.compile(
        rf"(?:^|[\s.;,(–—-])\s*{labels}(?:\s*\([^()]{{0,30}}\))?\s*[:：=]", re.IGNORECASE
    )


#: Pictographs a list or a dashboard puts before an indicator as its bullet or status ("✅ Taux
#: de ...", "💜 Féminicides", "➡️ Number of ..."): arrows, technical and geometric symbols,
#: dingbats, circled numbers, emoji and their joiners.
_PICTOGRAPHS = (
    "\u2190-\u21ff\u2300-\u23ff\u2460-\u24ff\u2500-\u27bf\u2900-\u297f\u2b00-\u2bff"
    "\U0001f000-\U0001faff\ufe0f\u200d"
)
#: Units of a duration that may follow a number after a programme tag ("HIV - 12 months …").
_DURATION_UNITS = (
    r"(?:months?|years?|weeks?|days?|mois|ans|années|semaines|jours|meses|años|semanas|días)"
)
_LEAD = re.compile(
    r"^(?:\s+|\*\*|__|[-*•–‣·]\s+|o\s+(?=[A-ZÀ-Ý%#])|[-•–](?=[A-ZÀ-Ý¿])"
    rf"|[{_PICTOGRAPHS}]+\s*"
    # an indicator code or programme tag of a health information system: "CH027 -",
    # "HIV - 1.1 -", "TB03a:", "VIH - ", "HIV PREV - PRV.3", "TB-Ménage - ", "VIH: "
    r"|(?:[A-Z]{1,4}\d{3}[a-z]?|[A-Z]{2,5}\s+[-–]\s+\d{1,2}(?:[.,]\d{1,2}){0,3}[a-z]?)"
    r"\s*[-–—:：]\s+(?=[A-ZÀ-Ýa-zà-ÿ%#¿])"
    # ... its words in capitals, or hyphenated to a word ("TB-Household - "), not an acronym
    # and the words of a measure ("GRDP Per Capita - Annual Average Growth Rate")
    # ("RMNCAH - ", also before a duration: "HIV - 12 months on ART rate (%)", and before a
    # share's or a count's sign: "PALU - % d'enfants …", "AAP - % of affected people …")
    r"|[A-Z]{2,6}(?:[-\s][A-Z]{2,5}|-[A-ZÀ-Ý][a-zà-ÿ]+){0,2}\s+[-–—]\s+"
    rf"(?=[A-ZÀ-Ý¿]|[%#]\s?(?:of|de|d'|des|du)\b|\d{{1,3}}\s+{_DURATION_UNITS}\b)"
    # ... and a form's section code with its question number: "EDL - BCZS - 114. Nombre …",
    # "EDL - CS - 902.2 Participation …", "EDL - CS - 201 - RH au CS : …" (a baseline survey's
    # forms, read one code at a time)
    # (not a tag before a duration: "HIV - 12 months on ART rate (%)")
    r"|[A-Z]{2,5}\s+[-–—]\s+\d{1,4}(?:\.\d{1,3})*(?:\.|\s+[-–—])?\s+(?=[A-ZÀ-Ýa-zà-ÿ¿])"
    rf"(?!{_DURATION_UNITS}\b)"
    # ... and a hyphenated code with its dash joined to it: "VC-ITN- Nombre de personnes …"
    # (DHIS2 vector control; not "HIV- Positive", one word)
    r"|[A-Z]{2,5}(?:-[A-Z]{2,5}){1,2}-\s+(?=[A-ZÀ-Ý¿])"
    # ... and a reporting code of PEPFAR's MER or a national HIV report: "TX_CURR:",
    # "HTS_TST:", "VIHTBDEP:", "TARVCV12SUPPR:"
    r"|[A-Z]{2,6}(?:_[A-Z]{2,6})*\s*[:：]\s+(?=[A-ZÀ-Ý¿]?[a-zà-ÿ])"
    r"|[A-Z]{2,}(?:\d+[A-Z]*)?(?<=\w{7})(?<!\w{17})\s*[:：]\s+(?=[A-ZÀ-Ý¿]?[a-zà-ÿ])"
    r"|(?:\d{1,2}(?:\.(?:\d{1,2}|[a-z]))*[a-z]?|[a-z]|[ivx]{1,4})(?:[.)]|\.-|-\.|-)\s+"
    r"(?=[A-ZÀ-Ý%#¿]|\[[A-ZÀ-Ý])"
    # a reporting standard's disclosure number before the title: "2-7 Employees", "403-8 Workers
    # covered by …" (GRI), not an age band before its unit ("15-24 Years")
    rf"|\d{{1,3}}-\d{{1,2}}\s+(?=[A-ZÀ-Ý][a-zà-ÿ])(?!(?i:{_DURATION_UNITS})\b)"
    # ... and a table's number joined to the title by a hyphen: "41-Incidence de la Coqueluche
    # …", "79-Décès notifiés …" (a national health atlas), not "5-Year survival"
    rf"|\d{{1,3}}-(?=[A-ZÀ-Ý][a-zà-ÿ])(?!(?i:{_DURATION_UNITS})\b)"
    # ... and a source's number in brackets: "[Fuente 09] Población en Riesgo de Pobreza …"
    r"|\[[A-ZÀ-Ý][a-zà-ÿ]{2,12}\s\d{1,3}\]\s+(?=[A-ZÀ-Ý¿])"
    # numberings of development-bank frameworks: "1.# of", "6: ", "1B ", "2 (new): ",
    # "IRI # 2: ", "3.1.1: ", "Reg-Int-1: "
    r"|\d{1,2}\.(?=[#%])"
    # ... and a numbering with no space after its full stop: "6.Number of …", "2.Endorsed …",
    # also with a dash after it: "1.-Tasa de conclusión …" (a regional monitoring system's menu)
    r"|\d{1,2}(?:\.\d{1,2}){0,3}\.-?(?=[A-ZÀ-Ý][a-zà-ÿ])"
    # a file-derived numbering joined by an underscore: "6.2_Quotient de mortalité …", and a
    # platform's sub-series number after it: "1.2.1.1_1 Población en riesgo …" (Madrid)
    # and the code of capitals that may follow it: "2.7_PRI.SEC.TRANSITION.RATE Progression …"
    r"|\d{1,2}(?:\.\d{1,2}){0,3}(?:-\d{1,2}(?:\.\d{1,2}){0,3})?_"
    r"(?:\d{1,2}\s+|[A-Z][A-Z0-9._]{0,40}\s+(?=[A-ZÀ-Ý¿][a-zà-ÿ]))?(?=[A-ZÀ-Ý])"
    r"|\d{1,2}(?:\.\d{1,2}){0,3}\s*[:：]\s*(?=[A-ZÀ-Ý%#¿])"  # also "1.1 :NOUVEAUX : …"
    r"|\d{1,2}[A-H]\s+(?=[A-Z][a-z])"
    r"|\d{1,2}\s*\(\s*[A-Za-z]{1,10}\s*\)\s*[:：.]\s+"
    r"|[A-Z]{1,4}\s*#\s*\d{1,2}\s*[:：]\s+"
    r"|[A-Z][a-z]{1,4}(?:-[A-Z][a-z]{1,4})+-\d{1,2}\s*[:：]\s+"
    r"|\[\d{1,3}\]\s+(?=[A-ZÀ-Ý%#¿])"
    # a metadata package's tag in brackets before the name: "[CONFIG] RMNCAH - ANC 4th visit
    # coverage (%)" (DHIS2 metadata packages)
    r"|\[[A-Z]{3,10}\]\s+(?=[A-ZÀ-Ý])"
    # ... and a response plan's tag of words before a count sign: "[Core Reach] # of boys and
    # girls enrolled …", "[CP] # of …" (OCHA's logframes)
    r"|\[[A-Z][\w-]{1,15}(?:\s[A-Z][\w-]{1,15}){0,2}\]\s*(?=[#%])"
    # a reference to a framework's indicator in brackets, spaced or joined: "[SDG 4.4.1]Number
    # of youth …" (a project logframe), "[ODS 5.5.2] Porcentaje …"
    r"|\[[A-Z]{2,5}\s?\d{1,2}(?:\.[\da-z]{1,2}){1,3}\]\s*(?=[A-ZÀ-Ý%#¿])"
    # a dotted numbering, also an SDG id with a letter or a national suffix ("3.b.1 ",
    # "1.2.1.a ", "8.5.1c ": Mexico's SDG platform)
    # ... and before the indicator's unit in parentheses: "2.2.6 (Number) Percentage of …"
    # (IFAD's core indicators in a project's logframe)
    r"|\d{1,2}(?:\.(?:\d{1,2}|[a-z])){1,3}(?:\.?[a-z])?\s+(?=[A-ZÀ-Ý%#¿]|\d{1,3}\s?%|\([A-Z%#])"
    # ... and before a spaced dash: "12.09.01 - Reduced Under 5 Mortality Rate" (a national
    # development plan's reference and name, joined as its database shows them)
    r"|\d{1,2}(?:\.\d{1,2}){1,3}\s+[-–—]\s+(?=[A-ZÀ-Ý%#¿])"
    # a report's row code of capitals, digits and a hyphenated line number: "K5-2 ",
    # "HV02-04 " (Kenya's MOH 731)
    r"|[A-Z]{1,4}\d{1,2}(?:-\d{1,3}){1,2}\s+(?=[A-ZÀ-Ý%#¿])"
    # ... and a form's number before it: "105-MA07. ", "105-AN01a. " (Uganda's HMIS 105)
    r"|\d{2,3}-[A-Z]{1,4}\d{1,3}[a-z]?\.\s+(?=[A-ZÀ-Ý%#¿])"
    # ... and one led by its number: "01INGE-03 " (a university's gender-equality framework)
    r"|\d{1,3}[A-Z]{2,6}(?:-\d{1,3}){1,2}\s+(?=[A-ZÀ-Ý¿][a-zà-ÿ])"
    # a catalogue's identifier, alone or before a double hyphen typed for a dash: "ID 90647 - ",
    # "40401 -- " (OHID Fingertips ids in an outcomes framework)
    r"|I[Dd]\s?\d{1,6}\s*(?:--|[-–—:：])\s*(?=[A-ZÀ-Ý%#¿])"
    r"|\d{3,6}\s+--\s+(?=[A-ZÀ-Ý%#¿])"
    # a catalogue code of capitals and digits with a full stop, alone or several joined:
    # "F101. ", "F136-F137-F138. " (a health ministry's indicator sheets)
    r"|[A-Z]{1,4}\d{1,4}[a-z]?(?:[-–/][A-Z]{1,4}\d{1,4}[a-z]?)*\.\s+(?=[A-ZÀ-Ý%#¿])"
    # a logframe's numeric code of three digits, or four with a letter (never a year):
    # "120. ", "1200a. ", "1210b) "
    r"|(?:\d{3,4}[a-z]|\d{3})[.)]\s+(?=[A-ZÀ-Ý%#¿])"
    # a dotted code of capitals: a WHO digital adaptation kit's "HIV.IND.2 ", a statistical
    # series' "SE.PRM.ENRR ", "IN.POV.HCR.EST.RURL ", "YOUTH.LITERACY.RATE " (World Bank
    # catalogues), "CR.3.DPIA ", "EA.2T8.AG25T99.F.LPIA ", "AIDEDUC.LOWINCOMECOUNT " (UNESCO-UIS
    # series), taken whole before a result-chain code could take its first part ("CR.3."); a
    # first part of one letter needs two points at least ("X.PPPCONST.2T4.V.FSGOV ")
    r"|[A-Z](?:[A-Z0-9]{1,19}(?:[._][A-Z0-9]{1,16}){0,6}|(?:[._][A-Z0-9]{1,16}){1,6})"
    r"\.[A-Z0-9]{1,16}[a-z]?\s+(?=[A-ZÀ-Ý%#¿])"
    # a result-chain code: "OP 2.2", "IR 2.1 :", "R2.I3", "OS1.I1", "ODP 3 :", "IRI-17:",
    # "OS2-I1 :", "IR1.2 - "
    # ... and a hyphenated number before a colon or a spaced dash ("SO 1-1 – Trends in land
    # cover": UNCCD's strategic objectives; not "DPT 1-3 Dropout rate")
    # ... and a letter after its number: "D.26.a. " (a municipal urban agenda's descriptors)
    # ... never a gas or a particle measured ("CO2 Emissions Area Wide per Capita": Scotland's
    # council benchmarks, set 511), nor a fiscal, calendar or school year that dates the title
    # ("FY 09 Total N Served": a state agency's data points, set 617)
    r"|(?!(?:CO|CH|NO|SO|PM|NH|N)\d[\d.]*\s+(?:[Ee]missions?|[Cc]oncentrations?|[Ee]quivalent))"
    r"(?!(?:FY|CY|SY)\s?(?:\d{2}|\d{4})(?:[-/]\d{2,4})?\s)"
    r"[A-Z]{1,4}(?:\.\s?|\s|-)?\d{1,2}(?:\.\d{1,2}){0,3}(?:\.[a-z](?=\.))?"
    r"(?:[.-]?[A-Z]{1,2}\.?\d{1,2})?"
    r"(?:-\d{1,2}(?=\s*[:：]|\s+[-–—]\s))?"
    # ... also before a target's share ("B.4.2 100% d'enseignants …", a PBF contract's targets)
    r"(?:\s*(?:[:：.)]|\.-|-\.)\s*|\s+[-–—]\s+|\s+)(?=[A-ZÀ-Ý%#¿]|\d{1,3}(?:[.,]\d+)?\s?%)"
    r"|\(\s*(?:\d{1,2}|[a-z])\s*\)\s+"
    # a variable's name with an underscore, before a colon or a capitalised title: a
    # survey's "al_prim_none_dfcl_all Persons with …", INSEE's "P11_FCHOM1564 : Chômeurs …" and
    # "P15_NSCOL15P_DIPLMIN Pop 15 ans …", the CAF's "RSA_SOCLE_Majore_Pers_couv_yyyy : nombre …"
    # (before a space, two underscores at least: "N_Hospitalisation Deces", "FP_Implants
    # Removed" are a form's label and the title)
    # an American Community Survey table's id, alone or before "Series:" or "Table:" ("B17001
    # Poverty Status …", "B01001 Series: Sex by Age", "S1701 Poverty Status …": detailed tables
    # B and C, subject tables S, data profiles DP)
    r"|(?:[BC]\d{5}[A-Z]?|S\d{4}|DP\d{2})(?:_\d{3}[A-Z]?)?(?:\s+(?:Series|Table))?\s*[:：]?\s+"
    r"(?=[A-ZÀ-Ý][a-zà-ÿ])"
    # ... also named as a variable ("Variable B19013_001E: Median Household Income …": the US
    # Census Bureau's API names of American Community Survey tables)
    r"|(?:[Vv]ariable\s+)?[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+\s*[:：]\s*(?=[^\W\d_])"
    r"|[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+){2,}\s+(?=[A-ZÀ-Ý¿][a-zà-ÿ])"
    # a Global Fund modular-framework code, "HIV I-9a(M) ", "KP-1b(M) "
    r"|(?:[A-Z]{2,5}\s[A-Z]{1,2}-\d{1,2}[a-z]?(?:\([A-Z]\))?"
    r"|[A-Z]{2,5}-\d{1,2}(?:[a-z](?:\([A-Z]\))?|\([A-Z]\)))\s+(?=[A-ZÀ-Ý%#¿])"
    # a code of capitals and two or three numbers: "IND-2-005 " (never "COVID-19 "), or one
    # number of three digits: "SUP-001 ", "C-110 " (an indicator tool's catalogue codes)
    r"|[A-Z]{2,5}(?:-\d{1,4}){2,3}\s+(?=[A-ZÀ-Ý%#¿])"
    r"|[A-Z]{1,4}-\d{3}\s+(?=[A-ZÀ-Ý¿][a-zà-ÿ])"
    # a donor's core-indicator number: "GAFSP#1 ", "GAFSP#13.F " (GAFSP's core indicators)
    r"|[A-Z]{2,6}#\d{1,3}(?:\.[A-Z0-9]{1,3})?\s+(?=[A-ZÀ-Ý%#¿])"
    # any other code: capitals, digits and ._-/# with a digit, then a separator ("P2-3a:",
    # "KPI#4 -", "C1.2.b)", a cluster's activity/indicator path "SCA12/IC1/IE1:")
    r"|(?=[A-Z0-9._/#-]{0,11}\d)[A-Z][A-Za-z0-9._/#-]{0,15}\s*(?:[:：)]|\s(?:--|[-–—]))\s+"
    r"(?=[A-ZÀ-Ý%#¿]))"
)
#: Unicode's hyphen and non-breaking hyphen, read as the hyphen-minus a code's pattern knows.
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})
#: What ends a line without being the indicator: spaces, markup, closing punctuation, and a
#: status mark a dashboard puts after it (the pictographs of a bullet), bare, with a note's
#: code or in parentheses ("… vitamine A ❌", "… under LLIN ⚠F3", "(✅)").
_TRAIL = re.compile(
    rf"(?:\s|\*\*|__|[.;:,]|[{_PICTOGRAPHS}]+(?:\s*[A-Z]{{1,2}}\d{{1,2}}[a-z]?(?![\w-]))?"
    rf"|\(\s*[{_PICTOGRAPHS}]+\s*\))+$"
    # ... and a footnote's mark glued to the last word ("Passenger movement#", "Exposure to
    # unsafe drinking water@": India's infrastructure KPI framework)
    r"|(?<=[a-zà-ÿ])[#@^†‡]{1,2}$"
    # ... and a statistical dataset's code after a spaced dash ("Employment by sex, age and
    # citizenship (1 000) - lfsa_egan", "Prisoners by citizenship - crim_pris_ctz": Eurostat)
    r"|\s[-–—]\s+[a-z]{2,8}(?:_[a-z0-9]{1,10}){1,4}\s*$"
)
#: A value given after the indicator and a colon, a figure with its thousands or a share ("No.
#: of TVET graduates: 25,002", "…: 45%"): not the indicator; a year stays ("…, by sex: 2019").
_VALUE_AFTER_COLON = re.compile(
    r"(?<=[^\W\d_])\s*[:：]\s*(?:\d{1,3}(?:[.,\u202f\u00a0 ]\d{3})+|\d+(?:[.,]\d+)?\s*%)\s*$"
)
#: A step of a path of a results chain or an activity database written before the indicator
#: ("Child protection case management > # of girls and boys …", "Hotlines > # individuals …").
_PATH_STEP = re.compile(r"\s>\s+")
#: What may follow a path: an indicator of three words or more starting with "#", "%" or a
#: capital (a comparison, "> 2 SD", "(> 5 years)", "income > the poverty line", is not a path).
_AFTER_PATH = re.compile(r"[#%A-ZÀ-Ý¿]\S*\s+\S+\s+\S")


#: Most words after the indicator in a path: a modality of the activity ("… > # supported with
#: emergency shelter kits > cash-voucher", "… > in-kind"), not an indicator of its own.
PATH_TAIL_WORDS = 3


def _within_path(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the indicator is in a path written around it ("Case management > # of girls and
    boys …", "Winter heating > # supported with winter energy > cash-voucher"): the last step
    that counts ("# …", "% …") whatever follows it, else the last step that reads as an
    indicator when only a short modality follows it; else ``(start, end)``.
    In time linear in the text."""
    steps = list(_PATH_STEP.finditer(text, start, end))
    if not steps or not text[start : steps[0].start()].strip():
        return start, end
    starts = [step.end() for step in steps]
    ends = [step.start() for step in steps[1:]] + [end]
    for begin, finish in zip(reversed(starts), reversed(ends), strict=True):
        # the last step that counts ("# of …", "% of …") is the indicator, whatever sub-activity
        # and modality follow it ("… > # of individuals receiving … > General Food
        # Distribution > In-kind", ActivityInfo's Ukraine response plan)
        if text[begin:finish].lstrip()[:1] in ("#", "%"):
            return begin, finish
    for begin, finish in zip(reversed(starts), reversed(ends), strict=True):
        if ">" in text[begin:finish] or not _AFTER_PATH.match(text, begin, finish):
            if len(text[begin:finish].split()) > PATH_TAIL_WORDS:
                return start, end
            continue
        if len(text[finish:end].replace(">", " ").split()) > PATH_TAIL_WORDS:
            return start, end
        return begin, finish
    return start, end


#: A footnote letter or number glued to the end of an indicator: "(per 1,000 live births)a";
#: or a footnote's number in parentheses after the last word ("taux de pauvreté monétaire au
#: seuil de 60 % du revenu médian équivalent (2)": France's anti-poverty dashboard, a legal
#: annex whose notes follow the table), also after its full stop ("… ratificados por el
#: Estado. (1)": a national human-rights indicator matrix, set 561); or footnote letters in
#: parentheses after the unit's ("Labour force (‘000 persons) (e)(f)": a central bank's table of
#: key economic indicators).
_FOOTNOTE = re.compile(
    r"(?<=[)\]%])\s?[a-h]$|(?<=[)\]])\d$|[ᵃᵇᶜᵈᵉᶠᵍʰ¹²³⁴⁵⁶⁷⁸⁹⁰*†‡]+$|(?<=[^\W\d_)])\s\(\d{1,2}\)$"
    r"|(?<=[^\W\d_)]\.)\s?\(\d{1,2}\)$|(?<=\))\s?(?:\([a-z]\)){1,3}$"
)
#: A placeholder for a value still to come, or a reference to an indicator or a note, left at
#: the end: "[TBD]", "[TBC]", "[XX]", "[…]", "[12.3.1]", "[1.5.1, 11.5.1]", "[3]"; or several
#: notes in a row: "… ajusté (TNS), total [1] [2]" (MICS tabulation plans).
_PLACEHOLDER = re.compile(
    r"(?:\s*\[\s*(?:TBD|TBC|N/?A|X{2,}|\.{3}|…|\d{1,3}"
    r"|\d{1,2}(?:\.[\da-z]{1,2}){1,3}(?:\s*[,;]\s*\d{1,2}(?:\.[\da-z]{1,2}){1,3})*)\s*\])+$",
    re.IGNORECASE,
)
#: A title written whole inside square brackets (a Markdown link's text without its address:
#: "01. [Population by sex, age and district]"), double or single quotes.
_BRACKETED = re.compile(
    r"\s*(?:\[([^\[\]]*[^\W\d_]{2,}[^\[\]]*\s[^\[\]]*)\]"
    # ... or inside double quotes: 'Target 18, Indicator: "Telephone lines … per 100 population"'
    r"|[\"“]([^\"“”]*[^\W\d_]{2,}[^\"“”]*\s[^\"“”]*)[\"”]"
    # ... or single quotes, an apostrophe between letters inside ("'Women's share of …'")
    r"|['‘]((?:[^'‘’]|(?<=\w)['’](?=\w))*[^\W\d_]{2,}(?:[^'‘’]|(?<=\w)['’](?=\w))*)['’])\s*"
)
#: A cell or line that only gives a time frame or a field label ("By 2027:", "D'ici 2028 :").
_TIME_ONLY = re.compile(
    r"^\W*(?:(?:by|before|until|in|d['’]ici|avant|en|para|hasta|a|al)\s+)?(?:(?:the\s+)?end\s+"
    r"(?:of\s+)?|fin\s+|finales\s+de\s+)?(?:(?:19|20)\d{2}|Q[1-4]\s+(?:19|20)\d{2})\W*$",
    re.IGNORECASE,
)
#: A lettered or numbered part of a composite indicator: "(a) … and (b) …", "a) …; b) …".
_ENUMERATOR = re.compile(r"(?<![\w])\(?([a-h]|[ivx]{1,3}|\d)\)\s")
_BREAK = re.compile(r"<br\s*/?>|\n", re.IGNORECASE)


def before_footnote(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` ends without a footnote letter or mark glued to its end
    ("(per 1,000 live births)a", "… (%)¹")."""
    footnote = _FOOTNOTE.search(text, start, end)
    return footnote.start() if footnote is not None else end


def before_placeholder(text: str, start: int, end: int) -> int:
    """Where ``text[start:end]`` ends without the placeholders or note numbers in square
    brackets left at its end ("[TBD]", "… total [1] [2]")."""
    placeholder = _PLACEHOLDER.search(text, start, end)
    return placeholder.start() if placeholder is not None else end


def _named_with_a_number(code: str) -> bool:
    """Whether what looks like a result-chain code is an antigen and its dose ("DTP3",
    "MCV 1", "Penta3", "MR 1"; the lexicons' ``services`` of every language), a visit of a
    care programme and its number ("ANC 4": ``one_sex_services``), or a name whose number is
    part of it ("PHQ-9 Screenings", "CD4 Testing Coverage": ``numbered_names``)."""
    words = re.sub(r"[\s.:-]+", "", code).lower()
    dose = re.fullmatch(r"([a-z]{2,})\d{1,2}", words)  # a dose number: "SRM - " is a tag
    if dose is None:
        return False
    named = (words, dose.group(1))
    lists = ("services", "one_sex_services", "numbered_names")
    return any(w in every_language(key) for w in named for key in lists)


def clean(text: str, start: int, end: int, strip_label: bool = True) -> tuple[int, int] | None:
    """Offsets of an indicator inside ``text[start:end]``: leading space, list marker,
    numbering, label and markup removed, a following field ("Target: 500") and trailing
    punctuation cut. None when nothing that reads like an indicator is left. A continuation
    (``strip_label=False``) keeps whatever text it has ("2022 : 3 100)")."""
    labelled = label_patterns()[0]
    while strip_label:
        segment = text[start:end]
        bracketed = _BRACKETED.fullmatch(segment)
        if bracketed is not None:  # the title inside, brackets or quotes dropped whole
            inside = next(i for i in (1, 2, 3) if bracketed.group(i) is not None)
            start, end = start + bracketed.start(inside), start + bracketed.end(inside)
            continue
        match = (
            # a code's hyphen typed as Unicode's ("OH‑03 ", Healthy People 2030) read as "-"
            _LEAD.match(segment.translate(_HYPHENS))
            or labelled.match(segment)
            or _caption().match(segment)
            or _result_lead().match(segment)
        )
        if not match or match.end() == 0 or _first_of_parts(segment, match.end()):
            break
        if _named_with_a_number(match.group()):
            break  # "DTP3 Vaccination rate", "MCV 1 Vaccine Coverage": an antigen, not a code
        start += match.end()
    if strip_label and ">" in text[start:end]:
        start, end = _within_path(text, start, end)  # "Case management > # of girls …"
    end = before_field(text, start, end)
    trail = _TRAIL.search(text, start, end)
    if trail is not None:
        end = trail.start()
    value = _VALUE_AFTER_COLON.search(text, start, end)
    if value is not None:
        end = value.start()
    end = before_placeholder(text, start, before_footnote(text, start, end))
    segment = text[start:end]
    if not strip_label:
        return (start, end) if segment.strip() else None
    words = re.findall(r"[^\W\d_]{2,}", segment)
    if not words or fold(segment) in EMPTY_CELLS or _TIME_ONLY.match(segment):
        return None
    return start, end


@lru_cache(maxsize=1)
def _result_pattern() -> re.Pattern[str]:
    """A result statement or table sub-header ("Outcome 1: ...", "R2 (suite)", "Impact",
    "Resultado 1. …")."""
    labels = pattern(structure_words("result_labels"))
    return re.compile(
        # not an indicator's code within a result's ("OE.1.I.1 …": specific objective 1, its
        # indicator 1)
        # a code, not a word: "Activity rate (age 15-64) - women" is Eurostat's indicator
        rf"^\s*(?:\*\*)?\s*(?:{labels})\b\s*(?:n[°º]\s*)?(?![^\W\d_]{{3,}}\b)[\w.]{{0,6}}\s*"
        rf"(?:\([^()]*\))?\s*"
        rf"(?:[:：–—-]|\.(?![A-Za-z]{{0,2}}\.?\d)|$)"
        rf"|^\s*R\d+(?:\.\d+)*\s*(?:[:：–—-]|\.(?![A-Za-z]{{0,2}}\d)|\(|$)",
        re.IGNORECASE,
    )


def is_result_statement(text: str) -> bool:
    """A result statement or a sub-header of a results framework, not an indicator
    ("Outcome 1: Women farmers …", "Resultado 2. …", "R1 :"), unless it is labelled as one or
    its label leads to a count sign ("Output: # of …")."""
    return (
        bool(_result_pattern().match(text))
        and not label_patterns()[0].match(text)
        and not _result_lead().match(text)
    )


#: An item of an inline enumeration: " b. Number of …", " c) Nombre de …".
_INLINE_ITEM = re.compile(r"(?<=\s)(?P<letter>[a-h])[.)]\s+(?=[A-ZÀ-Ý%#¿])")


def enumerated_parts(
    text: str, start: int, end: int, first_given: bool = False
) -> list[tuple[int, int]]:
    """The parts of a cell or paragraph that enumerates indicators inline ("a. Number of women
    trained b. Number of men trained"): it must start with "a." or "a)" (or continue a text
    that did: ``first_given``) and go on with "b.", "c."… in order; else the whole text."""
    lead = re.match(r"\s*\(?a[.)]\s+", text[start:end])
    if lead is None and not first_given:
        return [(start, end)]
    cuts, expected = [], "b"
    for found in _INLINE_ITEM.finditer(text, start, end):
        if found.group("letter") == expected:
            cuts.append(found.start())
            expected = chr(ord(expected) + 1)
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False)]


def _first_of_parts(segment: str, lead_end: int) -> bool:
    """Whether a lead "(a)" / "a)" opens the first of several lettered parts of one composite
    indicator ("(a) Food loss index and (b) food waste index"): then it is kept."""
    first = _ENUMERATOR.match(segment)
    if first is None or first.end() != lead_end:
        return False
    later = [m.group(1) for m in _ENUMERATOR.finditer(segment, lead_end)]
    following = chr(ord(first.group(1)[0]) + 1) if len(first.group(1)) == 1 else ""
    return following in later


@lru_cache(maxsize=1)
def _unit_parenthesis() -> re.Pattern[str]:
    """A parenthesis that opens with the indicator's unit ("(UOM:%(Percentage))", "(Unité :
    %)") or a citation ("(Source: Statistique Canada)"): what the figure is measured in or
    where it comes from, not part of the indicator."""
    labels = pattern([*structure_words("unit_labels"), *structure_words("citation_labels")])
    return re.compile(rf"\s*\(\s*{labels}\s*[:：=]", re.IGNORECASE)


def before_field(text: str, start: int, end: int) -> int:
    """Where a field that follows the indicator begins ("; Target: 500"), or ``end``: a field
    label inside a parenthesis ("(2023 baseline: 2,050)") belongs to the indicator as written,
    so the parenthesis is kept whole; one that opens with the unit is dropped whole."""
    unit = _unit_parenthesis().search(text, start, end)
    if unit is not None and unit.start() > start:
        end = unit.start()
    for found in field_pattern().finditer(text, start, end):
        depth = text.count("(", start, found.end()) - text.count(")", start, found.end())
        if depth <= 0:
            return found.start()
    return end


#: A Markdown footnote reference ("causas[^5] de muerte": pandoc's footnotes of a converted
#: Word document); its note is not the indicator.
_FOOTNOTE_REFERENCE = re.compile(r"\[\^[^\]\s]{1,20}\]")


def display_text(text: str) -> str:
    """The indicator as reported: markup and footnote references removed, whitespace
    collapsed."""
    text = _BREAK.sub(" ", text).replace("**", "").replace("__", "")
    text = _FOOTNOTE_REFERENCE.sub("", text)
    return " ".join(text.split())


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """The paragraphs of a cell's text that a reader left joined (``<br>`` or new lines)."""
    start = 0
    for match in _BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def spans_of(index: int, text: str) -> list[Span]:
    """Every indicator in one block's text: one per paragraph part, per label when several
    share a paragraph ("Indicator 1.1: … Indicator 1.2: …"), per inline "a. … b. …" item."""
    spans = []
    for start, end in paragraphs(text):
        for part_start, part_end in _labelled_parts(text, start, end):
            for a, b in enumerated_parts(text, part_start, part_end):
                cleaned = clean(text, a, b)
                if cleaned is not None:
                    spans.append(Span(index, cleaned[0], cleaned[1]))
    return spans


@lru_cache(maxsize=1)
def _inner_label() -> re.Pattern[str]:
    """A label inside running text that starts another indicator ("… trained. Indicator 1.2:
    Number of …"): the indicator word with a number, then a colon."""
    word = _indicator_word()
    return re.compile(
        rf"(?<=[\s.;,])(?:{word})\s+[A-Za-z]{{0,3}}\d+(?:[.\-]\d+)*[a-z]?\s*[:：]",
        re.IGNORECASE,
    )


def _labelled_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts of a paragraph that holds several labelled indicators, cut before each
    label after the first."""
    cuts = [m.start() for m in _inner_label().finditer(text, start, end) if m.start() > start]
    bounds = [start, *cuts, end]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if text[a:b].strip()]
