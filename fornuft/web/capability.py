"""The web shell: dashboard, base layout and the menu entries of core and governance."""

from fornuft.platform.capability import Capability

CAPABILITY = Capability(
    url_prefix="",
    urls=".urls",
    navigation=".navigation:ITEMS",
)
