"""{% load mail_text %}: {{ reason|phishing_reason }}."""

from django import template

from fornuft.mail import readable

register = template.Library()


@register.filter
def phishing_reason(text):
    return readable.phishing_reason(text)


@register.filter
def language_label(code):
    """A language code as its name in the reader's language ("nb" -> "norsk bokmål")."""
    from django.utils.translation import get_language_info, gettext

    if not code:
        return "–"
    try:
        return gettext(get_language_info(str(code))["name"])
    except KeyError:
        return str(code)
