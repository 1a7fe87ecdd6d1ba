"""How the chat widget looks on the company's web site: its colour, logo and greeting,
set per organization on the settings page and read by widget.js."""

from __future__ import annotations

import re

from django.utils.translation import gettext as _

LOGO_MAX_BYTES = 200 * 1024
# Only raster formats the widget shows as an <img>; SVG could carry script, so it is refused.
LOGO_TYPES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg", b"RIFF": "image/webp"}
GREETING_MAX = 500


class AppearanceError(ValueError):
    """A colour, logo or greeting the widget cannot use; the message says why (translated)."""


def _luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_with_white(hex_colour: str) -> float:
    return 1.05 / (_luminance(hex_colour) + 0.05)


def clean_colour(value: str) -> str:
    """A colour as #rrggbb, dark enough that the widget's white text on it can be read
    (WCAG AA: contrast at least 4.5:1)."""
    value = (value or "").strip().lower()
    if re.fullmatch(r"#[0-9a-f]{3}", value):
        value = "#" + "".join(ch * 2 for ch in value[1:])
    if not re.fullmatch(r"#[0-9a-f]{6}", value):
        raise AppearanceError(_("Write the colour like #1f4e79."))
    if contrast_with_white(value) < 4.5:
        raise AppearanceError(_("The colour %(colour)s is too light: white text on it would be hard to read. "
                                "Choose a darker colour.") % {"colour": value})
    return value


def clean_logo(data: bytes) -> str:
    """Returns the logo's content type; refuses anything but a small PNG, JPEG or WebP."""
    if len(data) > LOGO_MAX_BYTES:
        raise AppearanceError(_("The logo is larger than 200 KB. Use a smaller picture."))
    for magic, content_type in LOGO_TYPES.items():
        if data.startswith(magic) and (magic != b"RIFF" or data[8:12] == b"WEBP"):
            return content_type
    raise AppearanceError(_("The logo must be a PNG, JPEG or WebP picture."))


def clean_greeting(value: str) -> str:
    value = (value or "").strip()
    if len(value) > GREETING_MAX:
        raise AppearanceError(_("The greeting has at most %(n)d characters.") % {"n": GREETING_MAX})
    return value


def greeting(config, language: str) -> str:
    return config.greeting_en if language == "en" else config.greeting_nb
