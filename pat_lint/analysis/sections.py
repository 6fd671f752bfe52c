"""The section tree: each heading owns the blocks under it, down to the next heading of the
same or a higher level."""

from __future__ import annotations

from dataclasses import dataclass

from pat_lint.model import Block, BlockKind


@dataclass(frozen=True)
class Section:
    """A heading and the half-open range of block indices it owns (heading excluded)."""

    heading: int  # index of the heading block
    title: str
    level: int
    start: int
    end: int
    parent: int | None  # index into the section list

    def body(self, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
        return blocks[self.start : self.end]


def build_sections(blocks: tuple[Block, ...]) -> list[Section]:
    """All sections in document order, with their nesting."""
    headings = [i for i, block in enumerate(blocks) if block.kind is BlockKind.HEADING]
    sections: list[Section] = []
    stack: list[int] = []  # indices into sections of open ancestors
    for position, index in enumerate(headings):
        level = max(1, blocks[index].level)
        end = len(blocks)
        for later in headings[position + 1 :]:
            if max(1, blocks[later].level) <= level:
                end = later
                break
        while stack and sections[stack[-1]].level >= level:
            stack.pop()
        parent = stack[-1] if stack else None
        sections.append(Section(index, blocks[index].text, level, index + 1, end, parent))
        stack.append(len(sections) - 1)
    return sections


def innermost_titles(blocks: tuple[Block, ...], sections: list[Section]) -> list[str | None]:
    """For every block, the title of the innermost section holding it (its own, for a heading)."""
    titles: list[str | None] = [None] * len(blocks)
    for section in sections:  # document order: later (deeper or following) sections overwrite
        titles[section.heading] = section.title
        for index in range(section.start, section.end):
            titles[index] = section.title
    return titles
