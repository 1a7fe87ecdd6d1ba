"""The one error type file readers raise: a clear message for a person and a short status."""

from __future__ import annotations


class FileProblem(ValueError):
    """A file cannot be read. `str(problem)` says what is wrong and what to do; `status` is a
    short code a pipeline stores ("failed", "too_large", "encrypted", "unsupported")."""

    def __init__(self, message: str, status: str = "failed") -> None:
        super().__init__(message)
        self.status = status
