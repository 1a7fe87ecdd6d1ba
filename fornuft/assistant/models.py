"""Assistant data models."""
