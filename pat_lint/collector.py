"""When Python's cyclic garbage collector runs, so that start-up and shutdown stay cheap.

Importing spaCy and building a pipeline allocate a few hundred thousand long-lived objects
(modules, classes, the tokenizer's rules, the word tables). With Python's default thresholds
the collector walks them over and over while they are being built, and once more when the
interpreter shuts down: about a fifth of a one-file run, for nothing, since none of them is
garbage. So a process of pat-lint

- raises the first-generation threshold while it starts (:func:`defer`),
- once a pipeline is built, moves every object alive to the permanent generation, which no
  collection walks, and restores the usual thresholds (:func:`settle`): the rest of the run
  collects the garbage of the files it checks as before, in time and memory that do not
  depend on how big spaCy is;
- freezes what is alive when the interpreter exits (an ``atexit`` handler), so shutdown does
  not walk it again; a command that ends without building a pipeline restores the usual
  thresholds (:func:`finish`);
- between two files of a long run, collects the first one's garbage and gives the memory back
  to the system (:func:`release_file`): a .docx file's package is a graph of cycles holding its
  XML trees, which would otherwise wait for a full collection, and the C library keeps freed
  memory scattered over the heap; a worker's memory stays flat over thousands of files.

Nothing is collected that would not be: objects in the permanent generation are alive anyway,
and a file's own objects are collected as usual.
"""

from __future__ import annotations

import atexit
import gc
import sys
from collections.abc import Callable
from functools import cache

#: First-generation threshold while the process starts (Python's default is 700).
STARTING_THRESHOLD = 100_000

_usual: tuple[int, int, int] | None = None
_freeze_at_exit = False


def defer() -> None:
    """Collect rarely while the process imports and builds what lives for the whole run; and
    at interpreter exit, freeze what is alive before the final collection walks it."""
    global _usual, _freeze_at_exit
    if _usual is None:
        _usual = gc.get_threshold()
        gc.set_threshold(STARTING_THRESHOLD, *_usual[1:])
    if not _freeze_at_exit:
        atexit.register(gc.freeze)
        _freeze_at_exit = True


def settle() -> None:
    """Start-up is over (a pipeline was built): what is alive now lives for the whole run;
    keep it out of every later collection and collect as usual from here on."""
    gc.freeze()
    finish()


def finish() -> None:
    """The command is over (or needed no pipeline): the usual thresholds again, for whatever
    runs next in this process (a test, a program that called :func:`pat_lint.cli.main`)."""
    global _usual
    if _usual is not None:
        gc.set_threshold(*_usual)
        _usual = None


def release_file() -> None:
    """A file is done and another follows: collect its garbage (cheap: what lives for the run
    is frozen) and give freed memory back to the system where the C library can (glibc's
    ``malloc_trim``)."""
    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        return ctypes.CDLL("libc.so.6").malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None
