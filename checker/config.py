"""Settings shared by every command: rules folder, profile, rule selection, language, limits."""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .rulebook import default_rules_dir


class Limits(BaseModel):
    """Input limits: a file beyond one of them is `unreadable` with the reason, never a hang."""

    model_config = ConfigDict(extra="forbid")

    max_file_bytes: int = 100 * 1024 * 1024
    max_uncompressed_bytes: int = 500 * 1024 * 1024
    # A kecamatan plan has a few hundred table rows; 20,000 (a sheet, or a text's table lines)
    # checks in about 7 s and 350 MB here, and beyond it memory and time grow without purpose.
    max_rows: int = 20_000
    max_columns: int = 2_000
    # A kecamatan plan runs to 50-150 pages; a PDF of thousands is not one, and reading it would
    # take minutes.
    max_pages: int = 1_000


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rules_dir: Path = Field(default_factory=default_rules_dir)
    # Folders of rules a user adds (`--rules`, the config file's `rules`): loaded beside the built-in ones.
    extra_rules: tuple[Path, ...] = ()
    profile: str = "permendagri-86"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Literal["error", "warning", "info"]] = Field(default_factory=dict)
    lang: Literal["id", "en"] = "id"
    limits: Limits = Field(default_factory=Limits)

    def __hash__(self):
        return hash((self.rules_dir, self.extra_rules, self.profile, self.select, self.ignore, self.lang))


CONFIG_KEYS = {"profile", "select", "ignore", "lang", "fail_on", "rules"}


class ConfigError(ValueError):
    """A config file that cannot be read or holds a key rencana does not know."""


def find_config(start: Path | None = None) -> tuple[Path, dict] | None:
    """The nearest `rencana.toml`, or `pyproject.toml` with a `[tool.rencana]` table, from `start`
    (the working folder) upward: its path and settings."""
    import tomllib

    here = (start or Path.cwd()).resolve()
    for folder in [here, *here.parents]:
        for name in ("rencana.toml", "pyproject.toml"):
            path = folder / name
            if not path.is_file():
                continue
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
                raise ConfigError(f"{path}: {e}") from e
            table = data.get("tool", {}).get("rencana") if name == "pyproject.toml" else data.get("tool", {}).get(
                "rencana", data)
            if table is None:
                continue
            unknown = sorted(set(table) - CONFIG_KEYS)
            if unknown:
                raise ConfigError(f"{path}: {', '.join(unknown)} (known: {', '.join(sorted(CONFIG_KEYS))})")
            return path, table
    return None
