"""The glossary decides nothing on its own: it is vocabulary other systems read."""

SYSTEMS: list = []
