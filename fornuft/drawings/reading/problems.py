"""The one exception the drawing reader raises for a file it cannot or will not read."""

from __future__ import annotations


class DrawingProblem(ValueError):
    """A drawing that cannot be read; `status` is "failed", "too_large" or "unsupported"."""

    def __init__(self, message: str, status: str = "failed"):
        super().__init__(message)
        self.status = status
