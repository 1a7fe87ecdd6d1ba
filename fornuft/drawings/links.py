"""Hooks other capabilities fill: who uses which revision of a drawing (projects, quotes), and
where a BOM part number is known (the product catalogue, the supplier register).

    # in another capability's apps.py ready(), or settings.FORNUFT_DRAWING_USE_PROVIDERS
    from fornuft.drawings import links
    links.register_use_provider("quotes", open_quote_drawings)   # (organization) -> [use dicts]
    links.register_part_matcher("catalogue", find_products)      # (organization, [part numbers]) -> {pn: [match]}

A use is {"drawing_number", "revision", "used_by", "url"}; a match is {"source", "name", "url"}.
The register's own `DrawingUse` rows and the invoices' supplier register are built in. A hook
that fails is skipped and logged: a broken neighbour must not take the register down."""

from __future__ import annotations

import logging
from collections.abc import Callable

logger = logging.getLogger(__name__)

_use_providers: dict[str, Callable] = {}
_part_matchers: dict[str, Callable] = {}


def register_use_provider(name: str, provider: Callable) -> None:
    _use_providers[name] = provider


def register_part_matcher(name: str, matcher: Callable) -> None:
    _part_matchers[name] = matcher


def unregister(name: str) -> None:
    _use_providers.pop(name, None)
    _part_matchers.pop(name, None)


def _configured(setting: str) -> dict[str, Callable]:
    from django.conf import settings
    from django.utils.module_loading import import_string

    found = {}
    for path in getattr(settings, setting, ()):
        try:
            found[path] = import_string(path)
        except ImportError:
            logger.warning("drawings: cannot import %s named in %s", path, setting)
    return found


def drawing_uses(organization) -> list[dict]:
    uses: list[dict] = []
    providers = {"register": _register_uses, **_configured("FORNUFT_DRAWING_USE_PROVIDERS"), **_use_providers}
    for name, provider in providers.items():
        try:
            uses.extend(provider(organization) or [])
        except Exception:
            logger.exception("drawings: use provider %s failed", name)
    return uses


def part_matches(organization, part_numbers: list[str]) -> dict[str, list[dict]]:
    wanted = [p for p in dict.fromkeys(part_numbers) if p]
    found: dict[str, list[dict]] = {p: [] for p in wanted}
    if not wanted:
        return found
    matchers = {"suppliers": _supplier_matches, "catalogue": _catalogue_matches,
                **_configured("FORNUFT_DRAWING_PART_MATCHERS"), **_part_matchers}
    for name, matcher in matchers.items():
        try:
            for part, matches in (matcher(organization, wanted) or {}).items():
                found.setdefault(part, []).extend(matches)
        except Exception:
            logger.exception("drawings: part matcher %s failed", name)
    return found


def _register_uses(organization) -> list[dict]:
    from fornuft.drawings.models import DrawingUse

    return [{"drawing_number": u.drawing_number, "revision": u.revision, "used_by": u.used_by, "url": u.url}
            for u in DrawingUse.objects.for_organization(organization).filter(is_open=True)]


def _supplier_matches(organization, part_numbers: list[str]) -> dict[str, list[dict]]:
    from django.apps import apps

    if not apps.is_installed("fornuft.invoices"):
        return {}
    from fornuft.invoices import services as invoices

    return invoices.suppliers_of_parts(organization, part_numbers)


def _catalogue_matches(organization, part_numbers: list[str]) -> dict[str, list[dict]]:
    """The product catalogue (intake): a product whose id is the part number."""
    from django.apps import apps

    if not apps.is_installed("fornuft.intake"):
        return {}
    from fornuft.intake import services as intake

    wanted = {p.strip().lower(): p for p in part_numbers}
    found: dict[str, list[dict]] = {}
    for product in intake.list_products(organization):
        part = wanted.get(product.product_id.strip().lower())
        if part:
            found.setdefault(part, []).append({"source": "catalogue", "name": product.name, "url": ""})
    return found
