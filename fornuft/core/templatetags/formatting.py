"""{% load formatting %}: {{ value|money }}, {{ value|number:2 }}, {{ value|short_date }}."""

from django import template

from fornuft.core import formatting

register = template.Library()


@register.filter
def money(value, currency="NOK"):
    return formatting.money(value, currency or "NOK")


@register.filter
def number(value, places=2):
    return formatting.number(value, int(places))


@register.filter
def short_date(value):
    return formatting.short_date(value)
