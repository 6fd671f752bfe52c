"""The outcome of the search: the chosen gender section, if any, and the facts the report
shows about it (the JSON ``gender_section`` object)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pat_lint.analysis.gender.candidates import Candidate
from pat_lint.model import Block


@dataclass(frozen=True)
class GenderSection:
    """The outcome of the search: the chosen section, if any."""

    candidate: Candidate | None = None

    @property
    def adequate(self) -> bool:
        return self.candidate is not None and self.candidate.judgement.adequate

    def facts(self, blocks: Sequence[Block]) -> dict[str, Any]:
        """The report's ``gender_section`` object (``found``, ``heading``, ``words`` and more)."""
        if self.candidate is None:
            return {"found": False, "heading": None, "words": 0, "adequate": False}
        outline, judgement = self.candidate.outline, self.candidate.judgement
        return {
            "found": True,
            "heading": outline.title,
            "words": judgement.words,
            "adequate": judgement.adequate,
            "matched_by": self.candidate.match,
            "differences": judgement.differences,
            "measures": judgement.measures,
            "lacking": list(judgement.lacking),
            "location": blocks[outline.heading].location.to_dict(),
        }
