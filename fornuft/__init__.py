"""Fornuft: a self-hosted AI platform for companies of 10-250 people."""

__version__ = "0.1.0"
