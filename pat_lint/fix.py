"""``pat-lint fix``: the terminology findings that have one safe replacement, fixed.

In a Word file each fix is a **tracked change** (``w:del`` of the matched runs, ``w:ins`` of a
run with the first matched run's formatting, author "pat-lint") that the writer accepts or
rejects in Word; a generic pronoun gets a review comment instead, since only the writer can
rephrase the sentence. In Markdown and text the matched characters are replaced in the
decoded source. Nothing ambiguous is changed (:func:`replacement` says why a finding is left):

- the term has several suggestions (chairman → chair or chairperson), or none;
- the replacement changes number (sexual preferences → sexual orientation), brings its own
  article, or would break the words before it (a/an, an elided l'/d', a French or Spanish
  determiner agreeing with a different head noun);
- the match cannot be found exactly where the finding says (markup or formatting inside it).

The input is only read unless in-place fixing of a text file is asked for explicitly.
"""

from __future__ import annotations

import copy
import difflib
import io
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pat_lint.model import FileResult, Finding

AUTHOR = "pat-lint"
#: Check types whose findings are word-for-word substitutions, and the one left to a comment.
SUBSTITUTION_CHECKS = frozenset({"substitution"})
PRONOUN_CHECKS = frozenset({"pronoun"})
#: Formats that can be fixed, and those fixed in place on request.
FIXABLE = ("docx", "md", "txt")
TEXT_FORMATS = ("md", "txt")

ARTICLES = {
    "en": {"the", "a", "an"},
    "fr": {"le", "la", "les", "l'", "l’", "un", "une", "des", "du"},
    "es": {"el", "la", "los", "las", "un", "una", "unos", "unas"},
}
#: Words before a French or Spanish noun that agree with it in gender.
AGREEING = {
    "fr": ARTICLES["fr"]
    | {"ce", "cet", "cette", "au", "aux", "son", "sa", "mon", "ma", "ton", "ta", "notre"},
    "es": ARTICLES["es"] | {"del", "al", "este", "esta", "ese", "esa", "aquel", "aquella"},
}
#: English plurals that do not end in -s.
IRREGULAR_PLURALS = {"men", "women", "people", "children", "police", "staff", "personnel"}
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*['’]?")
_VOWEL_SOUND = re.compile(r"^(?:[aeiouàâéèêëîïôœùûü]|h(?:our|onou?r|eir|onest))", re.I)


class FixError(Exception):
    """Fixing is not possible; the message is one line for the user."""


@dataclass(frozen=True)
class Fix:
    """A finding and the text that replaces its match."""

    finding: Finding
    replacement: str


@dataclass
class Plan:
    """What ``fix`` does with a file's findings: fixes, comments (pronouns), findings left."""

    fixes: list[Fix] = field(default_factory=list)
    comments: list[Finding] = field(default_factory=list)
    left: list[tuple[Finding, str]] = field(default_factory=list)
    applied: list[Fix] = field(default_factory=list)
    #: Word: each changed paragraph as (where, text before, text after).
    paragraphs: list[tuple[str, str, str]] = field(default_factory=list)


# --------------------------------------------------------------------------------------------
# Which findings have one safe replacement


def _words(text: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(text)]


def head(words: Sequence[str], language: str) -> str:
    """The head noun of a term: English puts it last (before "of …"), French and Spanish
    first (after an article or a title)."""
    if language == "en":
        cut = words.index("of") if "of" in words[1:] else len(words)
        return words[max(cut - 1, 0)] if words else ""
    skip = ARTICLES.get(language, set()) | {"madame", "mme", "señora", "señor"}
    rest = [word for word in words if word not in skip]
    return rest[0] if rest else (words[0] if words else "")


def is_plural(word: str, language: str) -> bool:
    if language == "en":
        return word in IRREGULAR_PLURALS or (word.endswith("s") and not word.endswith("ss"))
    return word.endswith(("s", "x")) and not word.endswith("ss")


def match_case(replacement: str, match: str) -> str:
    """The replacement with the match's capitals: ALL CAPS, a capital first letter, or lower."""
    letters = [c for c in match if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if match[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    if replacement[:1].isupper() and not replacement[1:2].isupper():
        return replacement[:1].lower() + replacement[1:]
    return replacement


def replacement(finding: Finding, language: str, before: str) -> tuple[str | None, str]:
    """The safe replacement of a substitution finding, or None and why it is left.

    ``before`` is the text of the block before the match (what the replacement must agree
    with).
    """
    suggestions = [s for s in finding.suggestions if s.strip()]
    if len(suggestions) != 1:
        return None, f"{len(suggestions)} suggestions: the writer chooses"
    new, match = suggestions[0].strip(), finding.match
    if not match.strip():
        return None, "no matched text"
    old_words, new_words = _words(match), _words(new)
    if not old_words or not new_words:
        return None, "the suggestion is not a replacement"
    articles = ARTICLES.get(language, set())
    if new_words[0] in articles and old_words[0] not in articles:
        return None, "the replacement brings its own article"
    old_head, new_head = head(old_words, language), head(new_words, language)
    if is_plural(old_head, language) != is_plural(new_head, language):
        return None, "singular and plural differ: the sentence may need other changes"
    previous = _words(before)[-1:] or [""]
    vowel_changes = bool(_VOWEL_SOUND.match(match)) != bool(_VOWEL_SOUND.match(new))
    if language == "en" and previous[0] in {"a", "an"} and vowel_changes:
        return None, f"'{previous[0]}' before it would change"
    if language in ("fr", "es"):
        elided = re.search(r"\b\w['’]$", before) is not None
        if elided and not _VOWEL_SOUND.match(new):
            return None, "the elided article before it would change"
        new_noun = old_head != new_head and old_words[0] not in articles
        if new_noun and (previous[0] in AGREEING[language] or elided):
            return None, "the words before it agree with the replaced noun"
    return match_case(new, match), ""


def plan(file: FileResult, checks: dict[str, str], before: dict[int, str]) -> Plan:
    """Sort the file's findings into fixes, pronoun comments and findings left.

    ``checks`` maps rule ids to check types; ``before`` maps a finding's index in
    ``file.findings`` to the text before its match (missing: not located exactly).
    """
    result = Plan()
    language = file.language or "en"
    for index, finding in enumerate(file.findings):
        check = checks.get(finding.rule, "")
        if finding.category != "terminology":
            continue
        if check in PRONOUN_CHECKS:
            result.comments.append(finding)
            continue
        if check not in SUBSTITUTION_CHECKS:
            result.left.append((finding, "not a word-for-word substitution"))
            continue
        if index not in before:
            result.left.append((finding, "the match was not found where the finding says"))
            continue
        new, why = replacement(finding, language, before[index])
        if new is None:
            result.left.append((finding, why))
        else:
            result.fixes.append(Fix(finding, new))
    return result


# --------------------------------------------------------------------------------------------
# Markdown and text: replace the characters in the decoded source


def _offset(lines: list[str], line: int, column: int) -> int:
    return sum(len(text) + 1 for text in lines[: line - 1]) + column - 1


def text_spans(source: str, findings: Sequence[Finding]) -> dict[int, tuple[int, int]]:
    """Each finding's match as offsets in ``source`` (only where the source holds it exactly,
    whitespace aside)."""
    lines = source.split("\n")
    spans: dict[int, tuple[int, int]] = {}
    for index, finding in enumerate(findings):
        loc = finding.location
        if None in (loc.line, loc.column, loc.end_column) or not finding.match:
            continue
        end_line = loc.end_line or loc.line
        if not (1 <= loc.line <= end_line <= len(lines)):
            continue
        start = _offset(lines, loc.line, loc.column)
        end = _offset(lines, end_line, loc.end_column)
        if " ".join(source[start:end].split()) == " ".join(finding.match.split()):
            spans[index] = (start, end)
    return spans


def fix_text(source: str, file: FileResult, checks: dict[str, str]) -> tuple[str, Plan]:
    """The fixed text of a Markdown or text file, and what was done."""
    spans = text_spans(source, file.findings)
    before = {index: source[max(0, start - 80) : start] for index, (start, _) in spans.items()}
    result = plan(file, checks, before)
    index_of = {id(finding): index for index, finding in enumerate(file.findings)}
    fixes = sorted(result.fixes, key=lambda fix: spans[index_of[id(fix.finding)]], reverse=True)
    taken: list[tuple[int, int]] = []
    for fix in fixes:
        start, end = spans[index_of[id(fix.finding)]]
        if any(start < other_end and other_start < end for other_start, other_end in taken):
            result.left.append((fix.finding, "overlaps another fix"))
            continue
        source = source[:start] + fix.replacement + source[end:]
        taken.append((start, end))
        result.applied.append(fix)
    result.applied.reverse()
    return source, result


def unified_diff(old: str, new: str, name: str) -> str:
    """A unified diff of two texts, ``a/name`` → ``b/name``."""
    lines = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile=f"a/{name}",
        tofile=f"b/{name}",
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in lines)


# --------------------------------------------------------------------------------------------
# Word: tracked changes


def _w(tag: str) -> str:
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag


_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
#: Elements that may sit between the runs of a match and go into the deletion with them.
_BETWEEN_RUNS = frozenset({_w("proofErr"), _w("bookmarkStart"), _w("bookmarkEnd")})


def _next_id(root: Any) -> int:
    """An id above every ``w:id`` in the part (tracked changes and comments share the space)."""
    ids = [
        int(value)
        for element in root.iter()
        if (value := element.get(_w("id"))) is not None and value.isdigit()
    ]
    return max(ids, default=0) + 1


def _contiguous(runs: Sequence[Any]) -> bool:
    """The runs are siblings with nothing but proofing marks or bookmarks between them."""
    for left, right in zip(runs, runs[1:], strict=False):
        node = left.getnext()
        while node is not None and node is not right and node.tag in _BETWEEN_RUNS:
            node = node.getnext()
        if node is not right:
            return False
    return True


def track_replacement(runs: Sequence[Any], text: str, change_id: int, date: str) -> None:
    """Wrap ``runs`` in a ``w:del`` and add a ``w:ins`` run with ``text`` and the first run's
    formatting, both by :data:`AUTHOR`."""
    from docx.oxml import OxmlElement

    attributes = {_w("id"): "", _w("author"): AUTHOR, _w("date"): date}
    deletion, insertion = OxmlElement("w:del"), OxmlElement("w:ins")
    for element, number in ((deletion, change_id), (insertion, change_id + 1)):
        for name, value in attributes.items():
            element.set(name, value or str(number))
    first, last = runs[0], runs[-1]
    first.addprevious(deletion)
    node = first
    while node is not None:
        following = node.getnext()
        deletion.append(node)
        if node is last:
            break
        node = following
    for old in deletion.iter(_w("t")):
        old.tag = _w("delText")
    for old in deletion.iter(_w("instrText")):
        old.tag = _w("delInstrText")
    run = OxmlElement("w:r")
    properties = first.find(_w("rPr"))
    if properties is not None:
        run.append(copy.deepcopy(properties))
    piece = OxmlElement("w:t")
    piece.text = text
    piece.set(_XML_SPACE, "preserve")
    run.append(piece)
    insertion.append(run)
    deletion.addnext(insertion)


def fix_docx(source: Path, file: FileResult, checks: dict[str, str]) -> tuple[bytes, Plan]:
    """A copy of ``source`` with each safe fix as a tracked change and a comment on each
    generic pronoun, as bytes, and what was done."""
    import docx

    from pat_lint import annotate

    word = docx.Document(str(source))
    body = annotate.walk(word, str(source))
    located: dict[int, tuple[int, int, int]] = {}  # finding → (block, start, end)
    for index, finding in enumerate(file.findings):
        block = annotate.block_of(finding, body.blocks)
        if block is None or not finding.match:
            continue
        start, end = annotate.match_range(finding, body.blocks[block])
        if body.blocks[block].text[start:end] == finding.match:
            located[index] = (block, start, end)
    before = {i: body.blocks[b].text[:start] for i, (b, start, _) in located.items()}
    result = plan(file, checks, before)
    index_of = {id(finding): index for index, finding in enumerate(file.findings)}
    for finding in result.comments:  # first: comments do not change the text
        block, start, end = located.get(index_of[id(finding)], (None, 0, 0))
        if block is not None:
            text = body.blocks[block].text
            runs = annotate.anchor_runs(body, body.paragraphs[block], text, start, end)
            if runs:
                annotate.add_comment(word, runs, pronoun_comment(finding))
    date = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    change_id = _next_id(word.element)
    texts = {block: body.blocks[block].text for block, _, _ in located.values()}
    order = sorted(  # the last first in each paragraph, so that earlier offsets stay valid
        result.fixes, key=lambda fix: located[index_of[id(fix.finding)]], reverse=True
    )
    done: dict[int, list[tuple[int, int]]] = {}
    for fix in order:
        block, start, end = located[index_of[id(fix.finding)]]
        if any(start < e and s < end for s, e in done.get(block, [])):
            result.left.append((fix.finding, "overlaps another fix"))
            continue
        paragraph = body.paragraphs[block]
        runs = annotate.anchor_runs(body, paragraph, texts[block], start, end)
        got = "".join(text for run in runs for _, text in annotate._pieces(run))
        if " ".join(got.split()) != fix.finding.match or not _contiguous(runs):
            result.left.append((fix.finding, "the match spans formatting pat-lint cannot follow"))
            continue
        track_replacement(runs, fix.replacement, change_id, date)
        change_id += 2
        texts[block] = texts[block][:start] + fix.replacement + texts[block][end:]
        done.setdefault(block, []).append((start, end))
        result.applied.append(fix)
    result.applied.reverse()
    for block in sorted(done):
        where = body.blocks[block].location.short()
        result.paragraphs.append((where, body.blocks[block].text, texts[block]))
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue(), result


def pronoun_comment(finding: Finding) -> list[str]:
    """The comment on a generic pronoun: the finding, and why it was not rewritten."""
    return [
        *annotate_lines(finding),
        "pat-lint fix left this for you: rephrasing a pronoun needs the whole sentence "
        "(they/their, a plural, 'you', or an article).",
    ]


def annotate_lines(finding: Finding) -> list[str]:
    from pat_lint.annotate import comment_lines

    return comment_lines(finding)


def paragraph_diff(plan: Plan, name: str) -> str:
    """The paragraphs a Word fix changed, as a unified diff of their text (one hunk each)."""
    out: list[str] = (
        [f"--- a/{name}\n", f"+++ b/{name} (tracked changes)\n"] if plan.paragraphs else []
    )
    for where, old, new in plan.paragraphs:
        out += [f"@@ {where} @@\n", f"-{old}\n", f"+{new}\n"]
    return "".join(out)
