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


@dataclass
class Flags(Tally):
    """True and false positives and negatives, with precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0
