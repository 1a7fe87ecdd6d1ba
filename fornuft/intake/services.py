"""The actions of intake. Views, the API, the CLI, tasks and the demo call these and nothing
else; another capability uses intake only through this module."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from fornuft.core.tenancy import activate
from fornuft.intake import catalogue
from fornuft.intake.models import NAME_LENGTH, Equipment, Product

# --- the product catalogue --------------------------------------------------------------------

def import_catalogue(organization, data: bytes, base_dir: Path | None = None) -> tuple[int, int]:
    """Adds or updates (by product_id) the products of a CSV; returns (added, updated).
    ValueError with the row when the CSV is wrong; nothing is stored then."""
    try:
        products = catalogue.parse_catalogue(data, base_dir=base_dir)
    except catalogue.CatalogueProblem as exc:
        raise ValueError(_("The catalogue cannot be read: %(reason)s") % {"reason": exc}) from None
    added = updated = 0
    with activate(organization), transaction.atomic():
        for plain in products:
            values = {"name": plain.name[:NAME_LENGTH], "description": plain.description[:4000],
                      "unit": plain.unit[:20], "image": plain.image[:500],
                      "price": Decimal(str(plain.price)) if plain.price is not None else None,
                      "synonyms": "|".join(plain.synonyms)[:1000]}
            _row, created = Product.objects.update_or_create(
                organization=organization, product_id=plain.product_id[:64], defaults=values)
            added += created
            updated += not created
    return added, updated


def save_product(organization, *, product_id: str, name: str, unit: str = "", price: Decimal | None = None,
                 description: str = "", synonyms: str = "", image: str = "") -> Product:
    product_id, name = product_id.strip(), name.strip()
    if not product_id or not name:
        raise ValueError(_("A product needs an id and a name."))
    if len(name) > NAME_LENGTH or len(product_id) > 64:
        raise ValueError(_("The id or name is too long."))
    with activate(organization), transaction.atomic():
        product, _created = Product.objects.update_or_create(
            organization=organization, product_id=product_id,
            defaults={"name": name, "unit": unit.strip()[:20], "price": price, "description": description[:4000],
                      "synonyms": synonyms.strip()[:1000], "image": image[:500]})
        return product


def list_products(organization) -> list[Product]:
    with activate(organization):
        return list(Product.objects.all())


def plain_catalogue(organization) -> list[catalogue.Product]:
    """The organization's catalogue for matching; the shipped example when it has none."""
    products = [p.as_plain() for p in list_products(organization)]
    return products or catalogue.seed_catalogue()


def search_products(organization, query: str, limit: int = 20) -> list[Product]:
    """Products by name, id or synonym: exact substrings first, then fuzzy matches."""
    query = query.strip()[:200]
    with activate(organization):
        if not query:
            return list(Product.objects.all()[:limit])
        direct = list(Product.objects.filter(Q(name__icontains=query) | Q(product_id__icontains=query)
                                             | Q(synonyms__icontains=query))[:limit])
        rows = {p.product_id: p for p in Product.objects.all()}
    seen = {p.product_id for p in direct}
    ranked = catalogue.Matcher([p.as_plain() for p in rows.values()]).search(query, limit)
    fuzzy = [rows[p.product_id] for p, _score in ranked if p.product_id not in seen]
    return direct + fuzzy[: max(0, limit - len(direct))]


def branding(organization) -> dict:
    """Company name, logo and terms for the documents (FORNUFT_INTAKE_LOGO, FORNUFT_INTAKE_TERMS)."""
    from django.conf import settings

    return {"company_name": organization.name, "logo": getattr(settings, "FORNUFT_INTAKE_LOGO", "") or "",
            "terms": getattr(settings, "FORNUFT_INTAKE_TERMS", "") or ""}


# --- the equipment register -------------------------------------------------------------------

def find_or_create_equipment(organization, fields: dict, ratings: dict | None = None,
                             customer: str = "") -> tuple[Equipment, bool]:
    """The register's unit with this serial number (and manufacturer, when known), or a new one."""
    serial = (fields.get("serial_number") or "").strip()
    manufacturer = (fields.get("manufacturer") or "").strip()
    with activate(organization), transaction.atomic():
        if serial:
            query = Equipment.objects.filter(serial_number__iexact=serial)
            if manufacturer:
                query = query.filter(Q(manufacturer__iexact=manufacturer) | Q(manufacturer=""))
            existing = query.first()
            if existing is not None:
                changed = False
                for name in ("manufacturer", "model", "year"):
                    if not getattr(existing, name) and fields.get(name):
                        setattr(existing, name, fields[name])
                        changed = True
                if changed:
                    existing.save()
                return existing, False
        equipment = Equipment.objects.create(
            organization=organization, manufacturer=manufacturer[:100], model=(fields.get("model") or "")[:100],
            serial_number=serial[:100], year=fields.get("year"), ratings=ratings or {}, customer=customer[:NAME_LENGTH])
        return equipment, True


def list_equipment(organization, query: str = "") -> list[Equipment]:
    with activate(organization):
        rows = Equipment.objects.all()
        if query.strip():
            q = query.strip()[:100]
            rows = rows.filter(Q(serial_number__icontains=q) | Q(model__icontains=q) | Q(manufacturer__icontains=q)
                               | Q(customer__icontains=q))
        return list(rows[:500])
