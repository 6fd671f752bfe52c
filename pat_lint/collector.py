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
- freezes what is alive when it ends (:func:`finish`), so shutdown does not walk it again.

Nothing is collected that would not be: objects in the permanent generation are alive anyway,
and a file's own objects are collected as usual.
"""

from __future__ import annotations

import gc

#: First-generation threshold while the process starts (Python's default is 700).
STARTING_THRESHOLD = 100_000

_usual: tuple[int, int, int] | None = None


def defer() -> None:
    """Collect rarely while the process imports and builds what lives for the whole run."""
    global _usual
    if _usual is None:
        _usual = gc.get_threshold()
        gc.set_threshold(STARTING_THRESHOLD, *_usual[1:])


def settle() -> None:
    """Start-up is over (a pipeline was built): what is alive now lives for the whole run;
    keep it out of every later collection and collect as usual from here on."""
    global _usual
    gc.freeze()
    if _usual is not None:
        gc.set_threshold(*_usual)
        _usual = None


def finish() -> None:
    """The run is over: nothing left needs collecting before the interpreter exits."""
    gc.freeze()
