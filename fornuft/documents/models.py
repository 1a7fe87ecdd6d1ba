"""Documents data models."""
