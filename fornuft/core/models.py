"""Organizations (the tenants), their people, API tokens and stored files."""

from __future__ import annotations

import hashlib
import secrets

from django.contrib.auth.models import AbstractUser, UserManager
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fornuft.core.roles import GOVERNANCE_READERS, REVIEWERS, Role
from fornuft.core.tenancy import OrgScopedModel


class Organization(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("short name"), unique=True)
    org_number = models.CharField(_("organization number"), max_length=9, blank=True)
    domain = models.CharField(_("email domain"), max_length=200, blank=True)
    language = models.CharField(_("language"), max_length=5, default="nb")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Department(OrgScopedModel):
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["organization", "name"], name="department_unique_name")]

    def __str__(self) -> str:
        return self.name


class FornuftUserManager(UserManager):
    def get_by_natural_key(self, username):
        # A username is unique within an organization only: a name that two organizations
        # use is no natural key (fornuft.core.auth logs such people in).
        matches = list(self.filter(username=username)[:2])
        if len(matches) != 1:
            raise self.model.DoesNotExist(f"No single user named {username!r}.")
        return matches[0]


class User(AbstractUser):
    """A person who logs in. Belongs to exactly one organization (None only for the
    platform's own superuser). The username is unique within the organization, so a
    taken name tells nobody what another organization's users are called."""

    username = models.CharField(
        _("username"), max_length=150, validators=[UnicodeUsernameValidator()],
        help_text=_("At most 150 characters: letters, digits and @ . + - _ only."),
    )
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, null=True, blank=True, related_name="users"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.EMPLOYEE)
    department = models.ForeignKey(Department, on_delete=models.SET_NULL, null=True, blank=True)
    title = models.CharField(_("job title"), max_length=120, blank=True)

    objects = FornuftUserManager()  # type: ignore[misc]

    class Meta:
        ordering = ["last_name", "first_name"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "username"], name="user_unique_username_per_org"),
            models.UniqueConstraint(fields=["username"], condition=Q(organization__isnull=True),
                                    name="user_unique_username_without_org"),
        ]

    def has_role(self, *roles: str) -> bool:
        return self.is_authenticated and self.role in roles

    @property
    def is_org_admin(self) -> bool:
        return self.role == Role.ADMIN

    @property
    def can_read_governance(self) -> bool:
        return self.role in GOVERNANCE_READERS

    @property
    def can_review(self) -> bool:
        return self.role in REVIEWERS

    def __str__(self) -> str:
        return self.get_full_name() or self.username


class ApiToken(OrgScopedModel):
    """A personal API token. Only its sha256 is stored; the token is shown once."""

    PREFIX = "fnt_"

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(_("name"), max_length=100)
    key_hash = models.CharField(max_length=64, unique=True)
    hint = models.CharField(max_length=12)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    @staticmethod
    def hash_key(key: str) -> str:
        return hashlib.sha256(key.encode()).hexdigest()

    @classmethod
    def issue(cls, user: User, name: str) -> tuple[ApiToken, str]:
        """Creates a token for `user`; returns it with the plain key (never stored)."""
        key = cls.PREFIX + secrets.token_urlsafe(32)
        token = cls.objects.create(
            organization=user.organization, user=user, name=name, key_hash=cls.hash_key(key), hint=key[:8]
        )
        return token, key

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class StoredFile(OrgScopedModel):
    """An incoming file of an organization. The bytes live once in the blob store,
    addressed by sha256; several StoredFiles may share them."""

    sha256 = models.CharField(max_length=64, db_index=True)
    size = models.BigIntegerField()
    filename = models.CharField(max_length=255, blank=True)
    content_type = models.CharField(max_length=150, blank=True)
    source = models.CharField(max_length=50, blank=True, help_text="upload, mail, drop folder, api …")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "sha256"], name="storedfile_unique_per_org"),
        ]

    def __str__(self) -> str:
        return self.filename or self.sha256[:12]

    def open(self):
        from fornuft.core import blobs

        return blobs.open_blob(self.sha256)

    def read_bytes(self) -> bytes:
        with self.open() as handle:
            return handle.read()


class SavedView(OrgScopedModel):
    """A list page with its filters, saved by a person under a name of their own ("Mine
    ubehandlede fakturaer"); shown in their menu. Only the path and query are kept."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="saved_views")
    name = models.CharField(_("name"), max_length=60)
    path = models.CharField(max_length=200)
    query = models.CharField(max_length=1000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def url(self) -> str:
        return f"{self.path}?{self.query}" if self.query else self.path
