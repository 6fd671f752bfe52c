"""Scoring pat-lint's indicator judgements on labelled indicator sets (SD001).

Two sources, each with a blind part (labelled before pat-lint ever ran on it; its misses are
never printed, so that nobody tunes on it):

- ``sdg``: the 756 titles of the SDG global indicator framework in ``../shared/real-world/sdg``
  (EN/FR/ES), labelled by id in ``tests/realworld/sdg_labels.yaml``; the blind part is a third
  of the ids, picked by a hash of the id;
- ``wdi``: 1,344 World Bank WDI series titles (English), labelled by series code in
  ``tests/realworld/wdi_labels.yaml``; the titles are read from ``../shared/real-world/wdi/
  series.json`` (a JSON list of ``[code, title]``) or the file named by ``PAT_LINT_WDI``, and the
  source is skipped when neither exists; the blind part is a third of the codes by hash;
- ``written``: indicators written in the styles of real results frameworks
  (``fixtures/indicators/{dev,blind}/<lang>.yaml``).

Each group of indicators (source, language, part) is written as the "Indicator" column of a
Markdown results table and checked by pat-lint like any proposal, so extraction (numbering and
labels dropped), language detection and classification are all exercised. Used by
``tests/test_indicator_sets.py`` and ``python -m tests.indicator_eval [dev|blind|all]``;
``python -m tests.indicator_eval agreement`` prints how far the SDG labels' readers agree.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from tests.scoring import Flags

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "real-world"
SDG_LABELS = ROOT / "tests" / "realworld" / "sdg_labels.yaml"
WDI_LABELS = ROOT / "tests" / "realworld" / "wdi_labels.yaml"
SECOND_READERS = ROOT / "tests" / "realworld" / "sdg_second_readers.yaml"
WRITTEN = ROOT / "fixtures" / "indicators"
LANGUAGES = ("en", "fr", "es")


@dataclass(frozen=True)
class Labelled:
    """One labelled indicator: as written in the document, the text pat-lint should extract,
    and what a reviewer says of it."""

    id: str
    raw: str
    text: str
    people: bool
    sex: bool

    @property
    def flag(self) -> bool:
        return flags(self.people, self.sex)


def flags(people: bool, sex: bool) -> bool:
    """Whether SD001 should flag an indicator so labelled: it counts people, not by sex."""
    return bool(people) and not sex


def is_blind_sdg(sdg_id: str) -> bool:
    """The blind third of the SDG ids and WDI codes (fixed by a hash, never by content)."""
    return int(hashlib.sha256(sdg_id.encode()).hexdigest(), 16) % 3 == 0


def wdi_titles() -> Path | None:
    """Where the WDI titles are, if anywhere."""
    named = os.environ.get("PAT_LINT_WDI")
    for path in (Path(named) if named else None, SHARED / "wdi" / "series.json"):
        if path is not None and path.is_file():
            return path
    return None


@cache
def wdi_set(language: str, part: str) -> tuple[Labelled, ...]:
    """The WDI titles (English only) in ``part``, with their labels."""
    path = wdi_titles()
    if language != "en" or path is None or not WDI_LABELS.is_file():
        return ()
    labels = yaml.safe_load(WDI_LABELS.read_text(encoding="utf-8"))
    found = []
    for code, title in json.loads(path.read_text(encoding="utf-8")):
        if code not in labels or (part == "blind") != is_blind_sdg(code):
            continue
        text = " ".join(str(title).split())
        found.append(
            Labelled(code, text, text, bool(labels[code]["people"]), bool(labels[code]["sex"]))
        )
    return tuple(found)


def sdg_available() -> bool:
    return SDG_LABELS.is_file() and (SHARED / "sdg" / "indicators.en.yml").is_file()


@cache
def sdg_set(language: str, part: str) -> tuple[Labelled, ...]:
    """The SDG titles of ``language`` in ``part`` (dev or blind), with their labels."""
    labels = yaml.safe_load(SDG_LABELS.read_text(encoding="utf-8"))
    titles = yaml.safe_load((SHARED / "sdg" / f"indicators.{language}.yml").read_text("utf-8"))
    found = []
    for key, title in titles.items():
        sdg_id = key.removesuffix("-title")
        if (part == "blind") != is_blind_sdg(sdg_id):
            continue
        label = labels[sdg_id][language]
        text = " ".join(str(title).split())
        found.append(Labelled(sdg_id, text, text, bool(label["people"]), bool(label["sex"])))
    return tuple(found)


def _from_yaml(item: dict) -> Labelled:
    """One indicator of a labelled YAML set: ``text`` as pat-lint should report it (without a
    "1.2 " numbering prefix), ``raw`` as the document writes it (``text`` when not given). A
    line break a labeller copied from a source's string as ``\\n`` is the break it shows."""
    text = " ".join(str(item["text"]).split())
    raw = str(item.get("raw") or text).replace("\\n", " ")
    return Labelled(
        str(item["id"]),
        " ".join(raw.split()),
        _NUMBERING.sub("", text),
        bool(item["people"]),
        bool(item["sex"]),
    )


#: A numbering before a labelled text: dotted ("1.2 ", "3. "); a bare number is the target's
#: quantity ("250 km de pistes …", "40 femmes formées"), "100 % des …" a share, and a decimal
#: before a unit a quantity too ("1.6 km2 of gender-friendly urban spaces …").
_NUMBERING = re.compile(
    r"^\d+(?:(?:\.\d+){2,}\.?|\.\d+\.|\.|\.\d+(?!\s+(?:km|ha|m|kg|t|mw|kw|gwh|mwh|tons?|"
    r"tonnes?|million|billion)[\d²³]?\b))\s+(?=[^\d%])"
)


@cache
def written_set(language: str, part: str) -> tuple[Labelled, ...]:
    """The written indicators of ``language`` in ``part``."""
    path = WRITTEN / part / f"{language}.yaml"
    if not path.is_file():
        return ()
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return tuple(_from_yaml(item) for item in data["indicators"])


def local_sets() -> Path | None:
    """A folder of labelled sets kept outside the repository (``PAT_LINT_LOCAL_SETS``): real
    indicator titles that may not be committed, in the format of the written sets."""
    folder = os.environ.get("PAT_LINT_LOCAL_SETS")
    return Path(folder) if folder and Path(folder).is_dir() else None


def local_set(language: str, part: str) -> tuple[Labelled, ...]:
    """The indicators of ``language`` in every file of :func:`local_sets` (all are dev)."""
    folder = local_sets()
    if folder is None or part != "dev":
        return ()
    found: list[Labelled] = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if data.get("language") == language:
            found += [_from_yaml(item) for item in data.get("indicators") or ()]
    return tuple(found)


def labelled(source: str, language: str, part: str) -> tuple[Labelled, ...]:
    sets = {"sdg": sdg_set, "wdi": wdi_set, "written": written_set, "local": local_set}
    return sets[source](language, part)


# --- running pat-lint ---------------------------------------------------------------------------


def results_table(items: Iterable[Labelled]) -> str:
    """A Markdown results framework with one row per indicator, as written. A raw title
    written "code|title" was copied from two columns of its source (a code column, then the
    title): it gets a code column before the indicator column, as in its source."""
    items = list(items)
    if any(_raw_parts(item)[0] for item in items):
        rows = ["# Results framework", "", "| Code | Indicator | Baseline | Target |"]
        rows.append("|---|---|---|---|")
        for item in items:
            code, title = _raw_parts(item)
            rows.append(f"| {code} | {_cell(title)} | – | – |")
        return "\n".join(rows) + "\n"
    rows = ["# Results framework", "", "| Indicator | Baseline | Target |", "|---|---|---|"]
    rows += [f"| {_cell(_raw_parts(item)[1])} | – | – |" for item in items]
    return "\n".join(rows) + "\n"


def _raw_parts(item: Labelled) -> tuple[str, str]:
    """The code a labeller gave before the title in ``raw`` ("code|title"), or "", and the
    title as written: a pipe in a title written without ``raw`` ("… Due to Cost | Disability
    Status") is the title's own, and a source's key that is its title again ("PLHIV|PLHIV",
    "Maternal deaths|Maternal deaths": a report builder's names) is no code."""
    if item.raw == item.text or "|" not in item.raw:
        return "", item.raw
    code, _, title = item.raw.partition("|")
    return ("", title) if code.strip().casefold() == title.strip().casefold() else (code, title)


def _cell(text: str) -> str:
    """A title as a Markdown table cell: its own pipes escaped, as a converter writes them."""
    return text.replace("|", "\\|")


def normalise(text: str) -> str:
    """A text as compared: quotes and spaces evened out, and without the closing punctuation,
    footnote asterisks, footnote letter or note numbers that pat-lint drops and a labeller may
    have copied."""
    from pat_lint.analysis.indicators.spans import (  # the extractor's own cuts
        before_footnote,
        before_placeholder,
        display_text,
    )

    # markup left in a title, or a footnote's asterisks inside it ("… per 100 Million VMT**
    # (NHTSA, …)"), are dropped as the report drops them
    text = display_text(unicodedata.normalize("NFC", text))
    text = text.replace("’", "'").replace("‘", "'").strip()
    text = text[: before_footnote(text, 0, len(text))]  # a footnote letter: "(…) a"
    text = text[: before_placeholder(text, 0, len(text))]  # note numbers: "… total [1] [2]"
    return re.sub(r"\s+", " ", text).strip().lower().rstrip(" .,;:*")


@dataclass
class Score(Flags):
    """Extraction, ``people`` accuracy and SD001 flags for one group of indicators."""

    expected: int = 0
    extracted: int = 0
    people_right: int = 0

    @property
    def people_accuracy(self) -> float:
        return self.people_right / self.extracted if self.extracted else 1.0

    def line(self) -> str:
        return (
            f"{self.expected:4d} indicators, extracted {self.extracted / max(1, self.expected):.3f}"
            f", people accuracy {self.people_accuracy:.3f}, SD001 precision "
            f"{self.precision:.3f} recall {self.recall:.3f} F1 {self.f1:.3f}"
        )


#: Longest prefix a labelled set's ``raw`` may have before its ``text`` (a code, "Cuadro 4.").
MAX_PREFIX = 20


def _with_prefix(by_text: dict[str, Any], item: Labelled) -> Any:
    """The indicator pat-lint reported for an item written with a prefix it may keep as part
    of the text (a statistical code, "Cuadro 4.", "VIH - 1.1 -"): its text is the item's,
    after at most :data:`MAX_PREFIX` characters of that prefix."""
    if item.raw == item.text:
        return None
    wanted = normalise(item.text)
    title = normalise(_raw_parts(item)[1])  # after a code column, if any
    for text, indicator in by_text.items():
        prefix = text[: len(text) - len(wanted)].strip()
        kept = text.endswith(wanted) and 0 < len(text) - len(wanted) <= MAX_PREFIX
        if kept and title.startswith(prefix):
            return indicator
    return None


def _before_fields(by_text: dict[str, Any], item: Labelled) -> Any:
    """The indicator pat-lint reported for an item whose labeller kept the fields written after
    it on its line ("… care. Target: 80%", "… Baseline: 0, Target 250"): pat-lint reports the
    text before them, as #12 asks (baseline and target are not the indicator)."""
    from pat_lint.analysis.indicators.spans import before_field  # the extractor's own cut

    cut = before_field(item.text, 0, len(item.text))
    return by_text.get(normalise(item.text[:cut])) if 0 < cut < len(item.text) else None


#: A tag a labeller kept before the title and pat-lint drops as a programme's or a sector's
#: ("NNA - Número de …", "HPV — Filles scolarisées"): a short prefix closed by a dash or a colon,
#: the colon also glued to it ("PQI 01: Heart Failure Admission Rate": Medicaid's measure codes).
_TAG = re.compile(rf"^(?P<tag>.{{1,{MAX_PREFIX}}}?)(?:\s+[-–—:]|:)\s+(?P<rest>.+)$")


def _without_tag(by_text: dict[str, Any], item: Labelled) -> Any:
    """The indicator pat-lint reported for an item whose labeller kept a programme's or a
    sector's tag before it ("NNA - Número de niñas …"), which pat-lint reports without."""
    found = _TAG.match(" ".join(item.text.split()))
    return by_text.get(normalise(found.group("rest"))) if found else None


def _field_parenthesis(by_text: dict[str, Any], item: Labelled) -> Any:
    """The indicator pat-lint reported for an item whose labeller dropped a closing
    parenthesis that holds a field ("…: (target: 4140)"): pat-lint keeps such a parenthesis
    whole, as written, and #12 accepts it kept whole or dropped whole."""
    from pat_lint.analysis.indicators.spans import field_pattern

    wanted = normalise(item.text)
    for text, indicator in by_text.items():
        opening = text.rfind("(")
        if opening <= 0 or not text.endswith(")") or not text.startswith(wanted):
            continue
        field = field_pattern().match(text, opening)
        if field and normalise(text[:opening].rstrip(" :;,")) == wanted:
            return indicator
    return None


def reported_for(by_text: dict[str, Any], item: Labelled) -> Any:
    """The indicator pat-lint reported for a labelled item (keyed by normalised text), or None
    when it was not extracted as written."""
    return (
        by_text.get(normalise(item.text))
        or _with_prefix(by_text, item)
        or _before_fields(by_text, item)
        or _field_parenthesis(by_text, item)
        or _without_tag(by_text, item)
    )


@cache
def verdicts(source: str, language: str, part: str) -> tuple[tuple[Labelled, Any, bool], ...]:
    """Each labelled indicator of a group with what pat-lint reported for it (None when it was
    not extracted as written) and whether SD001 flagged it (cached per process)."""
    from pat_lint.config import Config, resolve_rules
    from pat_lint.engine import RunOptions, lint_file

    items = labelled(source, language, part)
    if not items:
        return ()
    config = Config()
    config.set("select", ["SD"], "indicator_eval")
    all_rules, enabled = resolve_rules(config)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{source}-{language}-{part}.md"
        path.write_text(results_table(items), encoding="utf-8")
        found = lint_file(path, RunOptions(tuple(enabled), tuple(all_rules), language))
    by_text = {normalise(i.text): i for i in found.indicators}
    flagged = {normalise(f.match) for f in found.findings if f.rule == "SD001"}
    result = []
    for item in items:
        got = reported_for(by_text, item)
        result.append((item, got, got is not None and normalise(got.text) in flagged))
    return tuple(result)


@cache
def score(source: str, language: str, part: str) -> Score:
    """pat-lint's score on one group (cached per process)."""
    result = Score()
    for item, got, is_flagged in verdicts(source, language, part):
        result.expected += 1
        if got is None:
            result.misses.append(f"{item.id}: not extracted as written: {item.text!r}")
            result.fn += item.flag
            continue
        result.extracted += 1
        result.people_right += got.people == item.people
        result.tp += item.flag and is_flagged
        result.fn += item.flag and not is_flagged
        result.fp += is_flagged and not item.flag
        if got.people != item.people or is_flagged != item.flag:
            result.misses.append(
                f"{item.id}: expected people={item.people} sex={item.sex}, got "
                f"people={got.people} by={list(got.disaggregated_by)}: {item.text!r}"
            )
    return result


# --- how far labellers agree -------------------------------------------------------------------


@dataclass
class Agreement:
    """How often two readings of the same titles agree on ``people`` and on the SD001 flag."""

    titles: int = 0
    people: int = 0
    flag: int = 0

    def line(self) -> str:
        return (
            f"{self.titles:4d} titles, people agree {self.people / max(1, self.titles):.3f}, "
            f"SD001 flag agrees {self.flag / max(1, self.titles):.3f}"
        )


def readings() -> dict[str, dict[str, dict[str, dict[str, bool]]]]:
    """The SDG labels by reader: "A" (sdg_labels.yaml) and the second readers of
    ``sdg_second_readers.yaml`` ("B", "C"), on the ids the second readers labelled."""
    if not SECOND_READERS.is_file() or not SDG_LABELS.is_file():
        return {}
    second = yaml.safe_load(SECOND_READERS.read_text(encoding="utf-8"))
    first = yaml.safe_load(SDG_LABELS.read_text(encoding="utf-8"))
    ids = set.intersection(*(set(labels) for labels in second.values()))
    return {"A": {i: first[i] for i in ids}, **second}


def agreement(first: str, second: str, part: str) -> Agreement:
    """How far two readers agree on the ids of ``part`` (all three languages)."""
    found = Agreement()
    labels = readings()
    for sdg_id, by_language in labels[first].items():
        if (part == "blind") != is_blind_sdg(sdg_id):
            continue
        for language in LANGUAGES:
            one, other = by_language[language], labels[second][sdg_id][language]
            found.titles += 1
            found.people += bool(one["people"]) == bool(other["people"])
            found.flag += flags(one["people"], one["sex"]) == flags(other["people"], other["sex"])
    return found


def against_majority(part: str) -> Score:
    """pat-lint's score on the SDG ids of ``part`` that all readers labelled, against the
    majority of the readers."""
    labels = readings()
    result = Score()
    for language in LANGUAGES:
        for item, got, is_flagged in verdicts("sdg", language, part):
            votes = [labels[reader].get(item.id) for reader in labels]
            if any(vote is None for vote in votes) or got is None:
                continue
            people = sum(bool(v[language]["people"]) for v in votes) * 2 > len(votes)
            flag = sum(flags(v[language]["people"], v[language]["sex"]) for v in votes) * 2 > len(
                votes
            )
            result.expected += 1
            result.extracted += 1
            result.people_right += got.people == people
            result.tp += flag and is_flagged
            result.fn += flag and not is_flagged
            result.fp += is_flagged and not flag
    return result


def agreement_report() -> str:
    """Pairwise agreement of the readers and pat-lint against their majority, per part."""
    readers = sorted(readings())
    if not readers:
        return "no second readers' labels on this machine"
    lines = []
    for part in ("dev", "blind"):
        for index, first in enumerate(readers):
            for second in readers[index + 1 :]:
                lines.append(f"{part:5} {first}–{second}  {agreement(first, second, part).line()}")
        lines.append(f"{part:5} pat-lint vs majority  {against_majority(part).line()}")
    return "\n".join(lines)


def sources() -> list[str]:
    wdi = ["wdi"] if wdi_titles() is not None else []
    local = ["local"] if local_sets() is not None else []
    return (["sdg"] if sdg_available() else []) + wdi + ["written"] + local


def report(parts: Iterable[str]) -> str:
    """Figures per source, language and part; the misses of the dev parts only."""
    lines: list[str] = []
    misses: list[str] = []
    for part in parts:
        for source in sources():
            total = Score()
            for language in LANGUAGES:
                found = score(source, language, part)
                if not found.expected:
                    continue
                total.add(found)
                lines.append(f"{source:8} {part:5} {language}  {found.line()}")
                if part == "dev":
                    misses += found.misses
            lines.append(f"{source:8} {part:5} all {total.line()}")
    return "\n".join(misses + lines)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    wanted = sys.argv[1:] or ["dev", "blind"]
    if wanted == ["agreement"]:
        print(agreement_report())
    else:
        print(report(["dev", "blind"] if wanted == ["all"] else wanted))
