"""Mail data models."""
