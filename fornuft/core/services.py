"""Creating organizations and people. Used by the UI, the API, the CLI and the demo."""

from __future__ import annotations

from django.contrib.auth.password_validation import validate_password
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

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


USERNAME_MAX_LENGTH = 150


def check_username(organization: Organization | None, username: str) -> str:
    """Returns the username if it can be used in `organization`; raises ValidationError
    saying what is wrong otherwise (code `taken` when another person there has it)."""
    if not username or not username.strip():
        raise ValidationError(_("Enter a username."), code="required")
    if len(username) > USERNAME_MAX_LENGTH:
        raise ValidationError(_("A username has at most %(n)d characters.") % {"n": USERNAME_MAX_LENGTH},
                              code="max_length")
    try:
        UnicodeUsernameValidator()(username)
    except ValidationError:
        raise ValidationError(_("A username may contain only letters, digits and @ . + - _ (no spaces)."),
                              code="invalid") from None
    if User.objects.filter(organization=organization, username=username).exists():
        raise ValidationError(_("The username %(name)s is taken; choose another.") % {"name": username},
                              code="taken")
    return username


def create_user(organization: Organization, username: str, *, password: str | None, role: str = Role.EMPLOYEE,
                first_name: str = "", last_name: str = "", email: str = "", title: str = "",
                department=None, validate: bool = True) -> User:
    """Creates a user in `organization`. The username must be free there (ValidationError
    otherwise); the password is checked against the validators unless `validate` is False
    (demo data)."""
    if role not in Role.values:
        raise ValueError(f"Unknown role {role!r}; choose one of {', '.join(Role.values)}.")
    check_username(organization, username)
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
    try:
        with transaction.atomic():
            user.save()
    except IntegrityError:
        # Someone took the name between the check and the save.
        raise ValidationError(_("The username %(name)s is taken; choose another.") % {"name": username},
                              code="taken") from None
    return user


def reset_password(user: User, new_password: str) -> None:
    validate_password(new_password, user)
    user.set_password(new_password)
    user.save(update_fields=["password"])
