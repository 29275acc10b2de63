"""Project settings for `aligner qa`: ``aligner.toml`` or ``[tool.aligner]`` in pyproject.toml.

Looked up in the current folder (``aligner.toml`` first), or given with ``--config``.
Every key is checked: a typo must fail loudly, not silently leave a check on.

```toml
src_lang = "es"                 # the language pair (detected when absent)
tgt_lang = "en"

[qa]
glossary = "terms.csv"          # relative to this file
fail_on = "major"               # critical | major | minor | never
enable = ["qa.*", "drift.*"]    # check ids or patterns; default: all
disable = ["qa.length"]
deep = false                    # drift clause/meaning checks with embeddings (slower)

[qa.severity]
"qa.doubled_words" = "major"

[qa.thresholds]
length_z = 3.5
```
"""

from __future__ import annotations

import difflib
import fnmatch
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from types import MappingProxyType
from typing import Any

from aligner.errors import AlignerError
from aligner.quality.checks import CHECKS, Thresholds
from aligner.types import SEVERITIES

CONFIG_NAME = "aligner.toml"
PYPROJECT = "pyproject.toml"
FAIL_LEVELS = ("critical", "major", "minor", "never")

_TOP_KEYS = ("src_lang", "tgt_lang", "qa")
_QA_KEYS = ("glossary", "fail_on", "enable", "disable", "deep", "severity", "thresholds")


class ConfigError(AlignerError):
    """A configuration file that cannot be used; one line naming the file and the key."""

    def __init__(self, path: str, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class Settings:
    src_lang: str | None = None
    tgt_lang: str | None = None
    glossary: str | None = None  # a path, already resolved against the config's folder
    fail_on: str | None = None
    enable: tuple[str, ...] = ("*",)
    disable: tuple[str, ...] = ()
    deep: bool = False
    severity: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    thresholds: Thresholds = field(default_factory=Thresholds)
    path: str | None = None  # the file these came from, None for the defaults

    def enabled(self, check: str) -> bool:
        return _matches(check, self.enable) and not _matches(check, self.disable)

    def severity_of(self, check: str, default: str) -> str:
        return self.severity.get(check, default)


def _matches(check: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(check, p) for p in patterns)


def find_config(folder: str = ".") -> str | None:
    """aligner.toml, else a pyproject.toml with a [tool.aligner] table, else None."""
    own = os.path.join(folder, CONFIG_NAME)
    if os.path.isfile(own):
        return own
    project = os.path.join(folder, PYPROJECT)
    if os.path.isfile(project) and "aligner" in _read_toml(project).get("tool", {}):
        return project
    return None


def load_settings(path: str | None = None, folder: str = ".") -> Settings:
    """Settings from ``path`` (or the one found in ``folder``); defaults when there is none."""
    path = path or find_config(folder)
    if path is None:
        return Settings()
    data = _read_toml(path)
    if os.path.basename(path) == PYPROJECT:
        table = data.get("tool", {}).get("aligner")
        if not isinstance(table, dict):
            raise ConfigError(path, "has no [tool.aligner] table")
        return parse_settings(table, path, "tool.aligner.")
    return parse_settings(data, path)


def _read_toml(path: str) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(path, "no such file") from None
    except OSError as exc:
        raise ConfigError(path, f"cannot read ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, f"is not valid TOML ({exc})") from None
    except UnicodeDecodeError:
        raise ConfigError(path, "is not valid UTF-8") from None


def parse_settings(data: Mapping[str, Any], path: str, prefix: str = "") -> Settings:
    """Validate a config table; ``prefix`` says where it sits, for the error messages."""
    _known_keys(data, _TOP_KEYS, path, prefix)
    qa = data.get("qa", {})
    if not isinstance(qa, dict):
        raise ConfigError(path, f"{prefix}qa must be a table")
    _known_keys(qa, _QA_KEYS, path, f"{prefix}qa.")
    where = f"{prefix}qa."
    glossary = _string(qa, "glossary", path, where)
    if glossary is not None:
        glossary = os.path.join(os.path.dirname(os.path.abspath(path)), glossary)
    fail_on = _string(qa, "fail_on", path, where)
    if fail_on is not None and fail_on not in FAIL_LEVELS:
        raise ConfigError(path, f"{where}fail_on must be one of {', '.join(FAIL_LEVELS)}")
    deep = qa.get("deep", False)
    if not isinstance(deep, bool):
        raise ConfigError(path, f"{where}deep must be true or false")
    return Settings(
        src_lang=_string(data, "src_lang", path, prefix),
        tgt_lang=_string(data, "tgt_lang", path, prefix),
        glossary=glossary,
        fail_on=fail_on,
        enable=_patterns(qa, "enable", path, where) or ("*",),
        disable=_patterns(qa, "disable", path, where),
        deep=deep,
        severity=MappingProxyType(_severities(qa.get("severity", {}), path, where)),
        thresholds=_thresholds(qa.get("thresholds", {}), path, where),
        path=path,
    )


def _known_keys(table: Mapping[str, Any], known: tuple[str, ...], path: str, prefix: str) -> None:
    for key in table:
        if key not in known:
            close = difflib.get_close_matches(key, known, n=1)
            hint = f"; did you mean {prefix}{close[0]}?" if close else ""
            raise ConfigError(path, f"unknown key {prefix}{key} (known: {', '.join(known)}){hint}")


def _string(table: Mapping[str, Any], key: str, path: str, prefix: str) -> str | None:
    value = table.get(key)
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise ConfigError(path, f"{prefix}{key} must be a non-empty string")
    return value


def _check_ids(pattern: str, path: str, where: str) -> None:
    """A pattern must name at least one check: "qa.lenght" is a typo, not a no-op."""
    if not any(fnmatch.fnmatchcase(check, pattern) for check in CHECKS):
        close = difflib.get_close_matches(pattern, list(CHECKS), n=1)
        hint = f"; did you mean {close[0]}?" if close else ""
        raise ConfigError(path, f"{where}: unknown check {pattern!r}{hint}")


def _patterns(table: Mapping[str, Any], key: str, path: str, prefix: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(path, f"{prefix}{key} must be a list of check ids")
    for pattern in value:
        _check_ids(pattern, path, f"{prefix}{key}")
    return tuple(value)


def _severities(table: Any, path: str, prefix: str) -> dict[str, str]:
    if not isinstance(table, dict):
        raise ConfigError(path, f"{prefix}severity must be a table")
    out = {}
    for check, severity in table.items():
        _check_ids(check, path, f"{prefix}severity")
        if severity not in SEVERITIES:
            raise ConfigError(
                path, f"{prefix}severity.{check} must be one of {', '.join(SEVERITIES)}"
            )
        # A pattern ("drift.*") sets every check it names.
        out.update({c: severity for c in CHECKS if fnmatch.fnmatchcase(c, check)})
    return out


def _thresholds(table: Any, path: str, prefix: str) -> Thresholds:
    if not isinstance(table, dict):
        raise ConfigError(path, f"{prefix}thresholds must be a table")
    defaults = {f.name: f.default for f in fields(Thresholds)}
    _known_keys(table, tuple(defaults), path, f"{prefix}thresholds.")
    values = {}
    for key, value in table.items():
        wanted = type(defaults[key])
        # bool is an int to Python, never a threshold to a user.
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        if wanted is int:
            ok = ok and isinstance(value, int)
        if not ok or value < 0:
            kind = "a whole number" if wanted is int else "a number"
            raise ConfigError(path, f"{prefix}thresholds.{key} must be {kind} >= 0")
        values[key] = wanted(value)
    return Thresholds(**values)
