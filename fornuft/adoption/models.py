"""Adoption data models."""
