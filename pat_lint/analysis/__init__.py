"""Analysis: what several checks share, built once per document and only when needed."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

from pat_lint.analysis import language as language_detection
from pat_lint.analysis.sections import Section, build_sections, innermost_titles
from pat_lint.model import Block, DisaggregationStatement, Document

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from pat_lint.analysis.gender import GenderSection
    from pat_lint.analysis.indicators import Indicator

T = TypeVar("T")


class Analysis:
    """Lazily computed facts about one document.

    ``params_by_check`` gives, per check type, the params that analyses shared by several check
    types are computed with: the gender section (:meth:`gender_section`) follows the active
    params of the ``section`` rules, whichever check asks for it.
    """

    def __init__(
        self,
        document: Document,
        language: str | None = None,
        params_by_check: Mapping[str, Any] | None = None,
    ) -> None:
        self.document = document
        self.blocks: tuple[Block, ...] = document.blocks
        self._language_override = language
        self.params_by_check: Mapping[str, Any] = params_by_check or {}
        self._docs: dict[int, Doc] = {}
        self._memo: dict[Hashable, Any] = {}

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """A derived result computed once per document (``key`` names it and its inputs)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    @cached_property
    def text(self) -> str:
        return "\n".join(block.text for block in self.blocks)

    @cached_property
    def detected_language(self) -> str | None:
        """The language the text is in (en/fr/es), or None when it is none of them."""
        return language_detection.detect(self.text)

    @property
    def known_language(self) -> str | None:
        """The override, else the detected language; None when the text is in none of ours."""
        return self._language_override or self.detected_language

    @cached_property
    def language(self) -> str:
        """The language rules run in: :attr:`known_language`, else English."""
        return self.known_language or "en"

    @cached_property
    def block_languages(self) -> tuple[str, ...]:
        """Per block: the document language unless the block is clearly in another one."""
        if self._language_override:
            return tuple(self.language for _ in self.blocks)
        return tuple(language_detection.detect_block(b.text, self.language) for b in self.blocks)

    @cached_property
    def sections(self) -> list[Section]:
        return build_sections(self.blocks)

    @cached_property
    def section_titles(self) -> list[str | None]:
        return innermost_titles(self.blocks, self.sections)

    @cached_property
    def indicators(self) -> list[Indicator]:
        """Every indicator of the document, classified (see :mod:`pat_lint.analysis.indicators`)."""
        from pat_lint.analysis.indicators import find

        return find(self)

    @cached_property
    def disaggregation_statement(self) -> DisaggregationStatement | None:
        """A proposal-wide statement that all indicators will be disaggregated by sex, if any
        (see :mod:`pat_lint.analysis.indicators.statement`)."""
        from pat_lint.analysis.indicators.statement import disaggregation_statement

        return disaggregation_statement(self)

    def gender_section(self, params: Any = None) -> GenderSection | None:
        """The gender section found with ``params`` (a ``section`` check's params; by default
        the active ones, see ``params_by_check``), computed once per document and params; None
        when no ``section`` rule exists."""
        params = params if params is not None else self.params_by_check.get("section")
        if params is None:
            return None
        from pat_lint.analysis.gender import find_gender_section, settings_of

        return find_gender_section(self, settings_of(params))

    def doc(self, index: int) -> Doc:
        """The spaCy ``Doc`` of block ``index``, in that block's language (cached)."""
        if index not in self._docs:
            from pat_lint.analysis import nlp

            self._docs[index] = nlp.parse(self.blocks[index].text, self.block_languages[index])
        return self._docs[index]
