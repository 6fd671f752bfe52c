"""Word tables: a read-only file mapping words to a few flags and a lemma, looked up without
loading it.

A table answers for one word in about a microsecond and costs neither start-up time nor memory:
the bucket offsets are read once, and one lookup reads one small bucket of the file with
``os.pread``. Nothing else of the table is kept: a long run (a portfolio of a thousand
proposals) looks up tens of thousands of words, and with a memory-mapped table every page they
touched stayed in the process's memory (where ``os.pread`` does not exist, the file is
memory-mapped instead). The layout (all offsets little-endian ``uint32`` from the start of
the file)::

    b"pat-lint word table 1\\n"
    bucket count N
    N + 1 bucket offsets: bucket i holds the records from offset[i] to offset[i + 1]
    records, each "\\n" + key + "\\0" + flags digit + lemma + ... (see :func:`write`)

A word's bucket is ``crc32(word) % N``; within the bucket one ``find`` locates its record.
"""

from __future__ import annotations

import mmap
import os
import struct
import sys
import zlib
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MAGIC = b"pat-lint word table 1\n"
#: The word is a form of the lemma table; its record holds the lemma.
FORM = 1
#: (Lower-case words) the word is in the word-frequency table.
SEEN = 2
#: (Capitalised words) this spelling is more frequent than the word in lower case.
CAPITALISED_MORE_OFTEN = 4
#: Answers a table keeps (words looked up recently), per table.
RECENT_WORDS = 1 << 14
#: Average records per bucket: small enough for one ``find``, large enough for a small index.
_PER_BUCKET = 8


@dataclass(frozen=True)
class Entry:
    """What a table says about one word."""

    flags: int
    lemma: str | None  # None unless ``flags & FORM``


class WordTable:
    """A word table file, read one bucket at a time (read-only)."""

    def __init__(self, path: Path) -> None:
        self._file = open(path, "rb", buffering=0)  # noqa: SIM115 - kept open for lookups
        self._mapped: mmap.mmap | None = None
        header = self._read(0, len(MAGIC) + 4)
        if header[: len(MAGIC)] != MAGIC:
            self._file.close()
            raise ValueError(f"{path}: not a pat-lint word table")
        (buckets,) = struct.unpack_from("<I", header, len(MAGIC))
        self._buckets = buckets
        self._offsets = array("I")
        self._offsets.frombytes(self._read(len(header), 4 * (buckets + 1)))
        if sys.byteorder == "big":
            self._offsets.byteswap()
        #: The words of a run repeat: recent answers are kept (a few MB at most).
        self.get = lru_cache(maxsize=RECENT_WORDS)(self._get)  # type: ignore[method-assign]

    def _read(self, offset: int, size: int) -> bytes:
        """``size`` bytes of the file from ``offset`` (fewer at its end)."""
        if hasattr(os, "pread"):
            return os.pread(self._file.fileno(), size, offset)
        if self._mapped is None:
            self._mapped = mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ)
        return self._mapped[offset : offset + size]

    def get(self, word: str) -> Entry | None:
        """The entry for ``word`` exactly as written, or None."""
        return self._get(word)

    def _get(self, word: str) -> Entry | None:
        key = word.encode("utf-8")
        if b"\0" in key or b"\n" in key:
            return None
        bucket = zlib.crc32(key) % self._buckets
        start, end = self._offsets[bucket], self._offsets[bucket + 1]
        # a record ends at the "\n" that starts the next one: one byte past the bucket
        chunk = self._read(start, end - start + 1)
        found = chunk.find(b"\n" + key + b"\0")
        if found < 0:
            return None
        at = found + len(key) + 2
        stop = chunk.find(b"\n", at)
        record = chunk[at:stop] if stop >= 0 else chunk[at:]
        flags = record[0] - 48
        if not flags & FORM:
            return Entry(flags, None)
        shared = int(record[1:3], 16)
        return Entry(flags, (key[:shared] + record[3:]).decode("utf-8"))


def write(path: Path, entries: Iterable[tuple[str, int, str | None]]) -> None:
    """Write a table of ``(word, flags, lemma)`` entries (a lemma only with :data:`FORM`).

    A record is ``"\\n" word "\\0" flags`` and, for a form, two hex digits saying how many bytes
    of the word begin its lemma, then the rest of the lemma ("women" → "woman" is ``03an``:
    "wom" + "an"). The output depends only on the entries, so regenerating gives the same bytes.
    """
    records: dict[int, list[bytes]] = {}
    rows = sorted(entries, key=lambda entry: entry[0])
    if len({word for word, _, _ in rows}) != len(rows):
        raise ValueError("a word is listed twice")
    buckets = max(1, len(rows) // _PER_BUCKET)
    for word, flags, lemma in rows:
        key = word.encode("utf-8")
        if b"\0" in key or b"\n" in key or not 0 < flags < 8:
            raise ValueError(f"cannot store {word!r} with flags {flags}")
        record = b"\n" + key + b"\0" + str(flags).encode()
        if flags & FORM:
            if lemma is None or "\n" in lemma:
                raise ValueError(f"form {word!r} needs a one-line lemma, not {lemma!r}")
            value = lemma.encode("utf-8")
            shared = 0
            while shared < min(len(key), len(value), 255) and key[shared] == value[shared]:
                shared += 1
            record += f"{shared:02x}".encode() + value[shared:]
        records.setdefault(zlib.crc32(key) % buckets, []).append(record)
    header = MAGIC + struct.pack("<I", buckets)
    offset = len(header) + 4 * (buckets + 1)
    offsets, body = [], []
    for bucket in range(buckets):
        offsets.append(offset)
        chunk = b"".join(records.get(bucket, ()))
        body.append(chunk)
        offset += len(chunk)
    offsets.append(offset)
    path.write_bytes(header + struct.pack(f"<{buckets + 1}I", *offsets) + b"".join(body) + b"\n")
