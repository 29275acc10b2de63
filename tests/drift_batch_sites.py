"""The pairs a drift test asks about, read from its module's source before it runs.

tests/drift_batch.py checks a module's pairs in one batch, but it knew only the pairs
given as ``src``/``tgt`` parameters: a test written as

    def test_something():
        src = "…"
        tgt = "…"
        assert not alarms(__name__, src, tgt)

was checked on its own, one ``check_pairs`` call and about eight Apertium processes for
one pair (session 31 counted 116 CPU-s of the suite's Apertium starts in such calls). This
module finds those calls: a call of one of the askers below (or of a module function that
hands its own parameters on to one) whose source and translation are string literals,
names given one string in the test or at module level, or the test's parameters. What it
cannot read (a subscript, a name assigned twice, a string built at run time) is simply
not batched: that call is checked on its own, as before.

A test that sets something up of its own (a fixture beyond the plain ones, such as
``monkeypatch`` switching a reader off) may ask about its pairs in that setting, so its
calls are never batched.
"""

from __future__ import annotations

import ast
import inspect
from dataclasses import dataclass
from functools import cache

# The batched askers and the positions of their source, translation and language.
ASKERS = {
    "findings": (1, 2, 3),
    "alarms": (1, 2, 3),
    "alarm_types": (1, 2, 3),
    "major_addition_spans": (1, 2, 3),
    "assert_quiet_or_reported": (1, 2, None),
    "assert_added_or_quiet": (1, 2, None),
}
ASKED_LANG = "es"  # the askers' default language

# A call: its positional arguments, its ``lang`` keyword (None: not given), the positions
# of source, translation and language among the positional arguments, and its line.
Site = tuple[list[ast.expr], ast.expr | None, tuple[int, int, int | None], int]


@dataclass(frozen=True)
class Steps:
    """A test function's assignments to plain names whose value at a line is certain
    (see :func:`_steps`), in the order of their lines, and the other names it binds (in a
    loop, by unpacking, in a block as well as at the top), whose value never is."""

    assigned: tuple[tuple[int, str, ast.expr], ...]
    unsure: frozenset[str]

    def known_at(self, line: int, known: dict) -> dict:
        env = dict(known)
        for at, name, expr in self.assigned:
            if at >= line:
                break
            env[name] = _value(expr, env)
        return {**env, **dict.fromkeys(self.unsure, _UNKNOWN)}


def asked_pairs(item, plain_fixtures: set[str]) -> list[tuple[str, str, str]]:
    """(language, source, translation) of every readable asker call in ``item``'s test."""
    params = getattr(getattr(item, "callspec", None), "params", {})
    if set(getattr(item, "fixturenames", ())) - params.keys() - plain_fixtures:
        return []
    function = getattr(item, "function", None)
    module = getattr(item, "module", None)
    if function is None or module is None or getattr(item, "cls", None) is not None:
        return []
    try:
        path = inspect.getsourcefile(module)
    except TypeError:
        return []
    return pairs_asked_in(module.__name__, path, function.__name__, params)


def pairs_asked_in(
    module_name: str, path: str | None, name: str, params: dict
) -> list[tuple[str, str, str]]:
    """(language, source, translation) of the asker calls of test ``name`` in the module
    at ``path`` that can be read, given the test's parameters."""
    try:
        sites, local, module_names = _sites(module_name, path)
    except (OSError, SyntaxError):
        return []
    out = []
    for args, keyword_lang, (src_at, tgt_at, lang_at), line in sites.get(name, ()):
        known = local[name].known_at(line, {**module_names, **params})
        values = _arguments(args, known)
        if values is None or max(src_at, tgt_at) >= len(values):
            continue
        if lang_at is not None and lang_at < len(values):
            lang = values[lang_at]
        elif keyword_lang is not None:
            lang = _value(keyword_lang, known)
        else:
            lang = ASKED_LANG
        if all(isinstance(v, str) for v in (values[src_at], values[tgt_at], lang)):
            out.append((lang, values[src_at], values[tgt_at]))
    return out


_UNKNOWN = object()


def _arguments(args: list[ast.expr], known: dict) -> list | None:
    """The positional arguments' values, a starred tuple spread out; None when a starred
    one cannot be read (where the others fall is then unknown)."""
    values: list = []
    for arg in args:
        if isinstance(arg, ast.Starred):
            spread = _value(arg.value, known)
            if not isinstance(spread, tuple | list):
                return None
            values.extend(spread)
        else:
            values.append(_value(arg, known))
    return values


def _value(node: ast.expr | None, known: dict) -> object:
    """A literal (strings, numbers, tuples, lists and dicts of them), a name given one such
    value, a subscript of one, or strings and tuples added together; _UNKNOWN otherwise."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return known.get(node.id, _UNKNOWN)
    if isinstance(node, ast.Tuple | ast.List):
        items = [_value(e, known) for e in node.elts]
        return _UNKNOWN if _UNKNOWN in items else tuple(items)
    if isinstance(node, ast.Dict):
        keys = [_value(k, known) for k in node.keys]
        values = [_value(v, known) for v in node.values]
        if _UNKNOWN in keys or _UNKNOWN in values:
            return _UNKNOWN
        try:
            return dict(zip(keys, values, strict=True))
        except TypeError:  # an unhashable key
            return _UNKNOWN
    if isinstance(node, ast.Subscript):
        container, key = _value(node.value, known), _value(node.slice, known)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        container, key = _value(node.left, known), _value(node.right, known)
    else:
        return _UNKNOWN
    try:
        if isinstance(node, ast.Subscript):
            return container[key]  # type: ignore[index]
        if isinstance(container, str | tuple) and type(container) is type(key):
            return container + key  # type: ignore[operator]
    except (TypeError, KeyError, IndexError):
        pass
    return _UNKNOWN


@cache
def _sites(
    module_name: str, path: str | None
) -> tuple[dict[str, list[Site]], dict[str, Steps], dict[str, object]]:
    """Per test function: its asker sites; per function: its assignments; the names the
    module gives one literal."""
    if path is None:
        raise OSError(module_name)
    with open(path, encoding="utf-8") as fh:
        tree = ast.parse(fh.read())
    module_names = _single_literals(tree.body)
    functions = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    relays = _relays(functions)
    sites: dict[str, list[Site]] = {}
    local: dict[str, Steps] = {}
    for fn in functions:
        local[fn.name] = _steps(fn)
        for call in (n for st in fn.body for n in ast.walk(st) if isinstance(n, ast.Call)):
            site = _site(call, relays)
            if site is not None:
                sites.setdefault(fn.name, []).append(site)
    return sites, local, module_names


def _site(call: ast.Call, relays: dict[str, tuple]) -> Site | None:
    if not isinstance(call.func, ast.Name):
        return None
    name = call.func.id
    if name in ASKERS:
        if not (call.args and isinstance(call.args[0], ast.Name) and call.args[0].id == "__name__"):
            return None
        positions = ASKERS[name]
    elif name in relays:
        positions = relays[name]
    else:
        return None
    lang = None
    for kw in call.keywords:
        if kw.arg is None:  # **kwargs: the language could be in it
            return None
        if kw.arg == "lang":
            lang = kw.value
    return list(call.args), lang, positions, call.lineno


def _relays(functions: list[ast.FunctionDef]) -> dict[str, tuple[int, int, int | None]]:
    """Module helpers that are not tests and hand their own parameters on to an asker as
    its source and translation: where, in the helper's own parameters, each one is."""
    relays = {}
    for fn in functions:
        if fn.name.startswith("test"):
            continue
        names = [a.arg for a in fn.args.args]
        if fn.args.defaults or fn.args.vararg or fn.args.kwonlyargs:
            continue  # a default or a keyword-only parameter could be the language
        for call in (n for st in fn.body for n in ast.walk(st) if isinstance(n, ast.Call)):
            site = _site(call, {})
            if site is None or any(isinstance(a, ast.Starred) for a in site[0]):
                continue
            args, keyword_lang, (src_at, tgt_at, lang_at), _line = site
            if max(src_at, tgt_at) >= len(args):
                continue
            lang = args[lang_at] if lang_at is not None and lang_at < len(args) else keyword_lang
            at = [names.index(a.id) if isinstance(a, ast.Name) and a.id in names else None
                  for a in (args[src_at], args[tgt_at], lang)]  # fmt: skip
            if at[0] is None or at[1] is None or (lang is not None and at[2] is None):
                continue
            relays[fn.name] = (at[0], at[1], at[2])
            break
    return relays


def _steps(fn: ast.FunctionDef) -> Steps:
    """A name's value is certain at a line when the name is bound only by plain
    assignments of the function's own top-level statements (the last one before the line
    holds), or only once, by a plain assignment anywhere."""
    top = {id(stmt) for stmt in fn.body}
    bindings: dict[str, list[tuple[int, ast.expr | None, bool]]] = {}
    for node in (n for stmt in fn.body for n in ast.walk(stmt)):  # not the decorators
        plain = _plain_assignment(node)
        if plain is not None:
            name, value = plain
            bindings.setdefault(name, []).append((node.lineno, value, id(node) in top))
            continue
        if isinstance(node, ast.Assign):
            names = [n for t in node.targets for n in _names(t)]
        elif isinstance(node, ast.AnnAssign | ast.AugAssign):
            names = _names(node.target)
        elif isinstance(node, ast.For | ast.comprehension | ast.With | ast.NamedExpr):
            names = _bound(node)
        else:
            continue
        for name in names:
            bindings.setdefault(name, []).append((0, None, False))
    assigned = []
    unsure = set()
    for name, found in bindings.items():
        certain = all(value is not None for _, value, _ in found) and (
            len(found) == 1 or all(at_top for _, _, at_top in found)
        )
        if certain:
            assigned += [(line, name, value) for line, value, _ in found]
        else:
            unsure.add(name)
    return Steps(tuple(sorted(assigned, key=lambda a: a[0])), frozenset(unsure))  # type: ignore[arg-type]


def _plain_assignment(node: ast.AST) -> tuple[str, ast.expr] | None:
    if isinstance(node, ast.Assign) and len(node.targets) == 1:
        target = node.targets[0]
        if isinstance(target, ast.Name):
            return target.id, node.value
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
        return node.target.id, node.value
    return None


def _single_literals(body: list[ast.stmt]) -> dict[str, object]:
    """The names a module's top-level statements assign exactly once, to a literal (a
    string, a number, or a tuple, list or dict of them, possibly through names assigned
    before); one assigned twice is left out: which value a call sees is not certain."""
    counts: dict[str, int] = {}
    values: dict[str, object] = {}
    for node in body:
        targets: list[ast.expr] = []
        value = None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign | ast.AugAssign):
            targets, value = [node.target], getattr(node, "value", None)
            if isinstance(node, ast.AugAssign):
                value = None
        elif isinstance(node, ast.For | ast.comprehension | ast.With | ast.NamedExpr):
            for target in _bound(node):
                counts[target] = counts.get(target, 0) + 2
            continue
        for target in targets:
            for name in _names(target):
                counts[name] = counts.get(name, 0) + 1
                if isinstance(target, ast.Name) and value is not None:
                    literal = _value(value, values)
                    if literal is not _UNKNOWN:
                        values[name] = literal
    return {k: v for k, v in values.items() if counts.get(k) == 1}


def _bound(node: ast.AST) -> list[str]:
    if isinstance(node, ast.For | ast.comprehension):
        return _names(node.target)
    if isinstance(node, ast.NamedExpr):
        return _names(node.target)
    return [n for item in node.items if item.optional_vars for n in _names(item.optional_vars)]


def _names(target: ast.expr) -> list[str]:
    return [n.id for n in ast.walk(target) if isinstance(n, ast.Name)]
