from __future__ import annotations

from datetime import datetime

from ninja import Field, Router, Schema, Status

from fornuft.core import services
from fornuft.core.models import ApiToken
from fornuft.core.permissions import get_for_org_or_404, require_role
from fornuft.core.roles import Role
from fornuft.core.tenancy import organization_users

router = Router(tags=["core"])


class MeOut(Schema):
    id: int
    username: str
    name: str
    role: str
    organization: str


class UserOut(Schema):
    id: int
    username: str
    first_name: str
    last_name: str
    email: str
    role: str


class UserIn(Schema):
    username: str = Field(min_length=1, max_length=services.USERNAME_MAX_LENGTH,
                          description="Unique in the organization: letters, digits and @ . + - _")
    first_name: str = Field("", max_length=150)
    last_name: str = Field("", max_length=150)
    email: str = Field("", max_length=254)
    role: Role = Role.EMPLOYEE
    password: str = Field(min_length=1, max_length=200)


class TokenOut(Schema):
    id: int
    name: str
    hint: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


@router.get("/me", response=MeOut)
def me(request):
    user = request.user
    return {"id": user.pk, "username": user.username, "name": str(user), "role": user.role,
            "organization": user.organization.name}


@router.get("/users", response=list[UserOut])
def list_users(request):
    require_role(request.user, Role.ADMIN, Role.MANAGER, Role.HR)
    return list(organization_users().order_by("last_name"))


@router.get("/users/{user_id}", response=UserOut)
def get_user(request, user_id: int):
    require_role(request.user, Role.ADMIN, Role.MANAGER, Role.HR)
    return get_for_org_or_404(organization_users(), pk=user_id)


@router.post("/users", response={201: UserOut})
def create_user(request, payload: UserIn):
    require_role(request.user, Role.ADMIN)
    from django.core.exceptions import ValidationError

    try:
        user = services.create_user(request.user.organization, payload.username, password=payload.password,
                                    role=payload.role, first_name=payload.first_name,
                                    last_name=payload.last_name, email=payload.email)
    except ValidationError as exc:
        if getattr(exc, "code", None) == "taken":
            from fornuft.config.api import error_response

            return error_response(request, 409, "username_taken", " ".join(exc.messages))
        raise ValueError(" ".join(exc.messages)) from None
    return Status(201, user)


@router.get("/tokens", response=list[TokenOut])
def list_tokens(request):
    return list(ApiToken.objects.filter(user=request.user))


@router.delete("/tokens/{token_id}", response={204: None})
def revoke_token(request, token_id: int):
    from django.utils import timezone

    token = get_for_org_or_404(ApiToken.objects.filter(user=request.user), pk=token_id)
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    return Status(204, None)
