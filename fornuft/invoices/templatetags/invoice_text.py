"""{% load invoice_text %}: {{ finding.code|finding_label }}."""

from django import template

from fornuft.invoices import readable

register = template.Library()


@register.filter
def finding_label(code):
    return readable.finding_label(code)


@register.filter
def finding_text(item):
    return readable.finding(item)
