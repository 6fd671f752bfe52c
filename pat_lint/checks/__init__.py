"""Check types: parametrised code that rules (YAML data) name with ``check:``.

A check type is a function ``run(analysis, params) -> Iterable[Hit]`` registered with
:func:`check`, together with a dataclass of its params. The engine validates each rule's
``params`` against that dataclass (unknown keys and wrong types are errors naming the rule)
and stamps id, severity and message on the hits.

A check type may also *produce* per-document results for the report (``produces`` names fields
of :class:`~pat_lint.model.FileResult`, ``report`` computes them once per document from the
first enabled rule of the type, as a mapping of field to value) and may run *after* other check
types (``after``). Adding a check type that reports data takes its module and its
``FileResult`` fields, no engine edit.
"""

from __future__ import annotations

import dataclasses
import importlib
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pat_lint.model import Hit, produced_fields

if TYPE_CHECKING:
    from pat_lint.analysis import Analysis

#: Modules that define check types; imported on first use of the registry.
CHECK_MODULES = (
    "pat_lint.checks.builtin",
    "pat_lint.checks.section",
    "pat_lint.checks.indicators",
    "pat_lint.checks.substitution",
    "pat_lint.checks.pronoun",
    "pat_lint.checks.marker",
)

RunFunction = Callable[["Analysis", Any], Iterable[Hit]]


ReportFunction = Callable[["Analysis", Any], dict[str, Any]]


@dataclass(frozen=True)
class CheckType:
    """A registered check type: its name, params dataclass and run function; what it produces
    for the report (a ``FileResult`` field and the function computing it) and which check types
    it runs after."""

    name: str
    params: type
    run: RunFunction
    doc: str = ""
    produces: tuple[str, ...] = ()
    report: ReportFunction | None = None
    after: tuple[str, ...] = ()


_REGISTRY: dict[str, CheckType] = {}
_loaded = False


class ParamError(ValueError):
    """A rule's params do not fit its check type."""


def check(
    name: str,
    params: type,
    *,
    produces: tuple[str, ...] = (),
    report: ReportFunction | None = None,
    after: tuple[str, ...] = (),
) -> Callable[[RunFunction], RunFunction]:
    """Register ``run`` as check type ``name`` whose params are the dataclass ``params``.

    ``produces``/``report``: the :class:`~pat_lint.model.FileResult` fields this check type
    fills and ``report(analysis, params)`` returning them (field → value); ``after``: check
    types whose rules run first.
    """
    if bool(produces) != (report is not None):
        raise TypeError(f"check {name!r}: 'produces' and 'report' go together")
    unknown = set(produces) - produced_fields()
    if unknown:
        raise TypeError(f"check {name!r}: FileResult has no field {sorted(unknown)[0]!r}")

    def register(run: RunFunction) -> RunFunction:
        doc = (run.__doc__ or "").strip()
        _REGISTRY[name] = CheckType(name, params, run, doc, tuple(produces), report, tuple(after))
        return run

    return register


def run_order(names: Iterable[str]) -> list[str]:
    """Check type names ordered so that each comes after the types in its ``after`` (stable
    otherwise); a type named in ``after`` but absent from ``names`` imposes nothing."""
    wanted = list(dict.fromkeys(names))
    types = registry()
    ordered: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        if name in ordered:
            return
        if name in visiting:
            raise TypeError(f"check {name!r}: 'after' makes a cycle")
        visiting.add(name)
        for before in types[name].after:
            if before in wanted:
                visit(before)
        visiting.discard(name)
        ordered.append(name)

    for name in wanted:
        visit(name)
    return ordered


def registry() -> dict[str, CheckType]:
    """All check types by name (imports the check modules once)."""
    global _loaded
    if not _loaded:
        for module in CHECK_MODULES:
            try:
                importlib.import_module(module)
            except ModuleNotFoundError as exc:
                if exc.name != module:
                    raise
        _loaded = True
    return _REGISTRY


def build_params(check_type: CheckType, raw: dict[str, Any] | None, where: str) -> Any:
    """Turn a rule's raw ``params`` mapping into the check type's params dataclass.

    Raises :class:`ParamError` naming ``where`` (file and rule) for an unknown key or a value
    of the wrong type.
    """
    raw = raw or {}
    if not isinstance(raw, dict):
        raise ParamError(f"{where}: params must be a mapping, got {type(raw).__name__}")
    fields = {f.name: f for f in dataclasses.fields(check_type.params)}
    hints = typing.get_type_hints(check_type.params)
    for key, value in raw.items():
        if key not in fields:
            known = ", ".join(sorted(fields)) or "none"
            raise ParamError(
                f"{where}: unknown param {key!r} for check {check_type.name!r} (known: {known})"
            )
        if not _fits(value, hints[key]):
            raise ParamError(
                f"{where}: param {key!r} must be {_describe(hints[key])}, got {value!r}"[:300]
            )
    try:
        return check_type.params(**raw)
    except (ParamError, TypeError, ValueError) as exc:  # raised by the params' own validation
        raise ParamError(f"{where}: {exc}") from None


def _fits(value: Any, hint: Any) -> bool:
    """Whether a YAML value fits a simple type hint (str, int, float, bool, list, dict, unions)."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if hint is Any:
        return True
    if origin in (typing.Union, types.UnionType):
        return any(_fits(value, arg) for arg in args)
    if hint is type(None):
        return value is None
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if origin in (list, tuple):
        return isinstance(value, list) and all(_fits(item, args[0]) for item in value)
    if origin is dict:
        return isinstance(value, dict) and all(
            _fits(k, args[0]) and _fits(v, args[1]) for k, v in value.items()
        )
    if isinstance(hint, type):
        return isinstance(value, hint)
    return True


def _describe(hint: Any) -> str:
    """Human wording of a type hint for error messages."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_describe(arg) for arg in args)
    if origin in (list, tuple):
        return f"a list of {_describe(args[0])}"
    if origin is dict:
        return f"a mapping of {_describe(args[0])} to {_describe(args[1])}"
    names = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}
    return names.get(hint, "null" if hint is type(None) else getattr(hint, "__name__", str(hint)))
