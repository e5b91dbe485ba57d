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


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    rules_dir: Path = Field(default_factory=default_rules_dir)
    profile: str = "permendagri-86"
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Literal["error", "warning", "info"]] = Field(default_factory=dict)
    lang: Literal["id", "en"] = "id"
    limits: Limits = Field(default_factory=Limits)

    def __hash__(self):
        return hash((self.rules_dir, self.profile, self.select, self.ignore, self.lang))
