"""What the evaluation scripts share: a tally of counts and misses that adds up group by group."""

from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass
class Tally:
    """Counts (every ``int`` field of a subclass) and the misses behind them."""

    misses: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Add ``other``'s counts and misses to this tally."""
        for item in fields(self):
            if item.name == "misses":
                self.misses += other.misses
            else:
                setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))
