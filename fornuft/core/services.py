"""Creating organizations and people. Used by the UI, the API, the CLI and the demo."""

from __future__ import annotations

from django.contrib.auth.password_validation import validate_password
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
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


class LastAdminError(ValidationError):
    """The change would leave the organization without an active administrator."""


def _would_leave_no_admin(person: User) -> bool:
    if person.role != Role.ADMIN or not person.is_active:
        return False
    others = User.objects.filter(organization=person.organization_id, role=Role.ADMIN, is_active=True)
    return not others.exclude(pk=person.pk).exists()


@transaction.atomic
def change_role(person: User, role: str) -> User:
    """Gives `person` a new role. Refused (LastAdminError) when `person` is the last active
    administrator of the organization and the new role is not administrator: nobody could
    manage users any more."""
    if role not in Role.values:
        raise ValidationError(_("Choose one of the roles in the list."), code="invalid_role")
    # Lock the organization's admins so two admins demoting each other at once cannot both pass.
    list(User.objects.select_for_update().filter(organization=person.organization_id, role=Role.ADMIN))
    if role != Role.ADMIN and _would_leave_no_admin(person):
        raise LastAdminError(_("%(name)s is the last administrator. Make someone else administrator first.")
                             % {"name": person}, code="last_admin")
    person.role = role
    person.save(update_fields=["role"])
    return person


@transaction.atomic
def set_active(person: User, active: bool) -> User:
    """Deactivates or reactivates `person`. A deactivated person cannot log in (password,
    Microsoft/OIDC or API token) and any open session of theirs ends at the next request;
    nothing they did is deleted. The last active administrator cannot be deactivated."""
    list(User.objects.select_for_update().filter(organization=person.organization_id, role=Role.ADMIN))
    if not active and _would_leave_no_admin(person):
        raise LastAdminError(_("%(name)s is the last administrator and cannot be deactivated.")
                             % {"name": person}, code="last_admin")
    person.is_active = active
    person.save(update_fields=["is_active"])
    return person


def search_users(users, query: str):
    """Narrows `users` to those whose name, username, email or job title contains every
    word of `query` (case-insensitive)."""
    for word in query.split()[:5]:
        users = users.filter(Q(username__icontains=word) | Q(first_name__icontains=word)
                             | Q(last_name__icontains=word) | Q(email__icontains=word) | Q(title__icontains=word))
    return users
