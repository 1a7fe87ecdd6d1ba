"""Glossary: a Fornuft capability (its manifest is capability.py)."""
