"""Errors kg reports to the user as one line, never as a traceback."""

from __future__ import annotations

from pathlib import Path


class KgError(Exception):
    """Base of every error kg reports to the user."""


class InputError(KgError):
    """One input file that cannot be read: the CLI prints ``error: <path>: <reason>``.

    ``reason`` is one short line (``empty file``, ``not a text file``,
    ``unsupported format .xyz``, ...); ``path`` is the path as given, or ""
    while a helper that does not know the path raises it (see ``at``).
    """

    def __init__(self, reason: str, path: str | Path = "") -> None:
        self.reason = reason
        self.path = str(path)
        super().__init__(f"{self.path}: {reason}" if self.path else reason)

    def at(self, path: str | Path) -> InputError:
        """The same error, naming ``path``."""
        return InputError(self.reason, path)
