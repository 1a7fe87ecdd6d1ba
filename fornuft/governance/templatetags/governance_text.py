"""{% load governance_text %}: {{ task.reason|readable_reason }}, {{ system|system_name }},
{{ decision.output|readable_output:decision.system_key }}."""

from django import template

from fornuft.governance import readable

register = template.Library()


@register.filter
def readable_reason(text):
    return readable.reason(text)


@register.filter
def system_name(system):
    return readable.system_name(system)


@register.filter
def readable_output(output, system_key=""):
    return readable.output_rows(output, system_key)
