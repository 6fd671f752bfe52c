"""The history of reviews: one SQLite database (standard library ``sqlite3``) in the data
folder, beside the uploads and annotated copies it names.

Every review is a row of ``reviews`` (file name, content hash, language, marker, gender-section
verdict, indicator figures, finding counts, tag, pat-lint version, time, and the JSON report);
its findings are rows of ``findings`` with a key that survives a new upload (rule, match and
sentence, not the path), so that two versions of a proposal can be compared.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
SCHEMA = """
CREATE TABLE IF NOT EXISTS reviews (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  proposal TEXT NOT NULL,
  file_name TEXT NOT NULL,
  stored_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  format TEXT NOT NULL,
  language TEXT,
  marker TEXT,
  dac TEXT,
  section TEXT NOT NULL,
  section_heading TEXT,
  indicators INTEGER NOT NULL,
  people INTEGER NOT NULL,
  by_sex INTEGER NOT NULL,
  findings INTEGER NOT NULL,
  errors INTEGER NOT NULL,
  warnings INTEGER NOT NULL,
  infos INTEGER NOT NULL,
  tag TEXT NOT NULL DEFAULT '',
  version TEXT NOT NULL,
  created TEXT NOT NULL,
  annotated_name TEXT,
  report TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reviews_by_proposal ON reviews (proposal, id);
CREATE INDEX IF NOT EXISTS reviews_by_time ON reviews (created);
CREATE TABLE IF NOT EXISTS findings (
  review_id INTEGER NOT NULL REFERENCES reviews (id),
  rule TEXT NOT NULL,
  name TEXT NOT NULL,
  severity TEXT NOT NULL,
  match TEXT NOT NULL,
  message TEXT NOT NULL,
  place TEXT NOT NULL,
  key TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS findings_by_review ON findings (review_id);
"""
REVIEW_FIELDS = (
    "proposal",
    "file_name",
    "stored_name",
    "sha256",
    "size",
    "format",
    "language",
    "marker",
    "dac",
    "section",
    "section_heading",
    "indicators",
    "people",
    "by_sex",
    "findings",
    "errors",
    "warnings",
    "infos",
    "tag",
    "version",
    "created",
    "annotated_name",
    "report",
)


def finding_key(rule: str, match: str, context: str) -> str:
    """What identifies a finding across versions of a proposal: rule, match, sentence."""
    norm = " ".join(f"{rule}\0{match}\0{context}".lower().split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True)
class StoredFinding:
    rule: str
    name: str
    severity: str
    match: str
    message: str
    place: str
    key: str


class Store:
    """The review history in ``folder/reviews.sqlite3`` (created on first use)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / "reviews.sqlite3"
        with self.connect() as db:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise RuntimeError(
                    f"{self.path} was written by a newer pat-lint (schema {version})"
                )
            db.executescript(SCHEMA)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        """A connection for one unit of work (committed at the end, rolled back on error)."""
        db = sqlite3.connect(self.path, timeout=30)
        db.row_factory = sqlite3.Row
        try:
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA foreign_keys = ON")
            with db:
                yield db
        finally:
            db.close()

    def add(self, review: dict[str, Any], findings: list[StoredFinding]) -> int:
        """Store one review and its findings; return its id."""
        columns = ", ".join(REVIEW_FIELDS)
        marks = ", ".join("?" for _ in REVIEW_FIELDS)
        with self.connect() as db:
            cursor = db.execute(
                f"INSERT INTO reviews ({columns}) VALUES ({marks})",
                [review[name] for name in REVIEW_FIELDS],
            )
            review_id = int(cursor.lastrowid or 0)
            db.executemany(
                "INSERT INTO findings VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (review_id, f.rule, f.name, f.severity, f.match, f.message, f.place, f.key)
                    for f in findings
                ],
            )
        return review_id

    def review(self, review_id: int) -> sqlite3.Row | None:
        with self.connect() as db:
            return db.execute("SELECT * FROM reviews WHERE id = ?", (review_id,)).fetchone()

    def versions(self, proposal: str) -> list[sqlite3.Row]:
        """Every review of one proposal, oldest first."""
        with self.connect() as db:
            return db.execute(
                "SELECT * FROM reviews WHERE proposal = ? ORDER BY id", (proposal,)
            ).fetchall()

    def findings(self, review_id: int) -> list[StoredFinding]:
        with self.connect() as db:
            rows = db.execute(
                "SELECT rule, name, severity, match, message, place, key FROM findings "
                "WHERE review_id = ? ORDER BY rowid",
                (review_id,),
            ).fetchall()
        return [StoredFinding(*row) for row in rows]

    def recent(self, limit: int = 20) -> list[sqlite3.Row]:
        with self.connect() as db:
            return db.execute("SELECT * FROM reviews ORDER BY id DESC LIMIT ?", (limit,)).fetchall()

    def latest(self, since: str = "", until: str = "", tag: str = "") -> list[sqlite3.Row]:
        """The latest review of each proposal among the reviews made from ``since`` to
        ``until`` (dates, inclusive) whose tag contains ``tag`` (case-insensitive)."""
        where, values = ["1 = 1"], []
        if since:
            where.append("created >= ?")
            values.append(since)
        if until:
            where.append("substr(created, 1, 10) <= ?")
            values.append(until)
        if tag:
            where.append("instr(lower(tag), lower(?)) > 0")
            values.append(tag)
        query = (
            "SELECT * FROM reviews WHERE id IN (SELECT max(id) FROM reviews WHERE "
            + " AND ".join(where)
            + " GROUP BY proposal) ORDER BY file_name COLLATE NOCASE, id"
        )
        with self.connect() as db:
            return db.execute(query, values).fetchall()

    def tags(self) -> list[str]:
        with self.connect() as db:
            rows = db.execute("SELECT DISTINCT tag FROM reviews WHERE tag != '' ORDER BY tag")
            return [row[0] for row in rows]
