"""Creating organizations and people. Used by the UI, the API, the CLI and the demo."""

from __future__ import annotations

from django.contrib.auth.password_validation import validate_password
from django.db import transaction
from django.utils.text import slugify

from fornuft.core.models import Organization, User
from fornuft.core.roles import Role


@transaction.atomic
def create_organization(name: str, *, slug: str | None = None, domain: str = "", org_number: str = "") -> Organization:
    from fornuft.governance.registry import sync_organization

    organization = Organization.objects.create(
        name=name, slug=slug or slugify(name), domain=domain, org_number=org_number
    )
    sync_organization(organization)
    return organization


def create_user(organization: Organization, username: str, *, password: str | None, role: str = Role.EMPLOYEE,
                first_name: str = "", last_name: str = "", email: str = "", title: str = "",
                department=None, validate: bool = True) -> User:
    """Creates a user in `organization`. The password is checked against the validators
    unless `validate` is False (demo data)."""
    if role not in Role.values:
        raise ValueError(f"Unknown role {role!r}; choose one of {', '.join(Role.values)}.")
    user = User(
        organization=organization, username=username, role=role, first_name=first_name, last_name=last_name,
        email=email, title=title, department=department,
    )
    if password:
        if validate:
            validate_password(password, user)
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.save()
    return user


def reset_password(user: User, new_password: str) -> None:
    validate_password(new_password, user)
    user.set_password(new_password)
    user.save(update_fields=["password"])
