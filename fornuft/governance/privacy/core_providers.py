"""Personal-data providers for the platform's own data: users (with their training records),
stored files, and the governance app's data-subject requests."""

from __future__ import annotations

from functools import reduce
from operator import and_, or_

from django.db.models import ProtectedError, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fornuft.governance.privacy.providers import ExportRecord, Hit, PersonalDataProvider, SubjectQuery


def _name_q(query: SubjectQuery, *fields: str) -> Q | None:
    """Every word of the name appears in one of `fields` (case-insensitive)."""
    tokens = query.name_tokens
    if not tokens:
        return None
    return reduce(and_, (reduce(or_, (Q(**{f"{name}__icontains": token}) for name in fields)) for token in tokens))


# --- users ------------------------------------------------------------------------------


def search_users(organization, query: SubjectQuery) -> list[Hit]:
    from fornuft.core.models import User

    conditions = []
    if query.email:
        conditions.append(Q(email__iexact=query.email))
    name = _name_q(query, "first_name", "last_name")
    if name is not None:
        conditions.append(name)
    if not conditions:
        return []
    users = User.objects.filter(organization=organization).filter(reduce(or_, conditions))
    return [Hit("core.users", "core.user", str(user.pk), f"{user.get_full_name()} <{user.email}> ({user.role})",
                subjects=[("core.user", str(user.pk))]) for user in users[:1000]]


def export_user(organization, hit: Hit) -> ExportRecord:
    from fornuft.core.models import User
    from fornuft.governance.models import TrainingRecord

    user = User.objects.get(organization=organization, pk=hit.record_id)
    training = [{"course": record.course.name, "level": record.course.level,
                 "completed_on": record.completed_on.isoformat()}
                for record in TrainingRecord.objects.for_organization(organization)
                .filter(user=user).select_related("course")]
    return ExportRecord({
        "username": user.username, "first_name": user.first_name, "last_name": user.last_name,
        "email": user.email, "role": user.role, "title": user.title,
        "department": user.department.name if user.department is not None else None,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "is_active": user.is_active, "training_records": training,
    })


def erase_user(organization, hit: Hit) -> str:
    """Anonymises the account: the decision log and review history keep a reference to the
    user row (an id, no personal data), so the row stays while everything identifying goes."""
    from fornuft.core.models import User
    from fornuft.governance.models import TrainingRecord

    user = User.objects.get(organization=organization, pk=hit.record_id)
    TrainingRecord.objects.for_organization(organization).filter(user=user).delete()
    user.username = f"erased-{user.pk}"
    user.first_name = ""
    user.last_name = ""
    user.email = ""
    user.title = ""
    user.is_active = False
    user.set_unusable_password()
    user.save()
    from fornuft.core.models import ApiToken

    (ApiToken.objects.for_organization(organization).filter(user=user, revoked_at__isnull=True)
     .update(revoked_at=timezone.now()))
    return "anonymised"


# --- stored files -------------------------------------------------------------------------


def search_files(organization, query: SubjectQuery) -> list[Hit]:
    from fornuft.core.models import StoredFile

    conditions = []
    if query.email:
        conditions.append(Q(filename__icontains=query.email))
    name = _name_q(query, "filename")
    if name is not None:
        conditions.append(name)
    if query.national_id:
        conditions.append(Q(filename__contains=query.national_id))
    if query.phone:
        conditions.append(Q(filename__contains=query.phone_digits))
    if not conditions:
        return []
    files = (StoredFile.objects.for_organization(organization)
             .filter(reduce(or_, conditions)).only("pk", "filename", "size")[:1000])
    return [Hit("core.files", "core.storedfile", str(f.pk), f"{f.filename} ({f.size} bytes)",
                subjects=[("core.storedfile", str(f.pk))]) for f in files]


def export_file(organization, hit: Hit) -> ExportRecord:
    from fornuft.core.models import StoredFile

    stored = StoredFile.objects.for_organization(organization).get(pk=hit.record_id)
    data = {"filename": stored.filename, "content_type": stored.content_type, "size": stored.size,
            "sha256": stored.sha256, "source": stored.source, "created_at": stored.created_at.isoformat()}
    try:
        content = stored.read_bytes()
    except OSError:
        data["missing"] = "the stored bytes are no longer on disk"
        return ExportRecord(data)
    return ExportRecord(data, [(stored.filename or f"file-{stored.pk}", content)])


def delete_stored_file(stored) -> bool:
    """Deletes a StoredFile row, and its bytes once nothing else refers to them; False when
    another record still protects it."""
    from fornuft.core import blobs

    sha256 = stored.sha256
    try:
        stored.delete()
    except ProtectedError:
        return False
    blobs.delete_unreferenced(sha256)
    return True


def erase_file(organization, hit: Hit) -> str:
    from fornuft.core.models import StoredFile

    stored = StoredFile.objects.for_organization(organization).filter(pk=hit.record_id).first()
    if stored is None:
        return "already gone"
    if delete_stored_file(stored):
        return "deleted"
    return "kept: another record still needs the file; erase that record first"


def purge_files(organization, cutoff, *, dry_run: bool = False) -> int:
    from fornuft.core.models import StoredFile

    deleted = 0
    old = StoredFile.objects.for_organization(organization).filter(created_at__lt=cutoff)
    if dry_run:
        return old.count()
    for stored in old.iterator(chunk_size=500):
        deleted += delete_stored_file(stored)
    return deleted


# --- data-subject requests (the governance app's own records) ------------------------------


def search_requests(organization, query: SubjectQuery) -> list[Hit]:
    from fornuft.governance.models import DataSubjectRequest

    conditions = []
    if query.email:
        conditions.append(Q(subject_email__iexact=query.email))
    if query.national_id:
        conditions.append(Q(subject_national_id=query.national_id))
    if query.phone:
        conditions.append(Q(subject_phone__contains=query.phone_digits))
    name = _name_q(query, "subject_name")
    if name is not None:
        conditions.append(name)
    if not conditions:
        return []
    rows = DataSubjectRequest.objects.for_organization(organization).filter(
        reduce(or_, conditions))
    return [Hit("governance.requests", "governance.datasubjectrequest", str(row.pk),
                f"{row.get_kind_display()} {row.received_at:%Y-%m-%d}") for row in rows[:1000]]


def export_request(organization, hit: Hit) -> ExportRecord:
    from fornuft.governance.models import DataSubjectRequest

    row = DataSubjectRequest.objects.for_organization(organization).get(pk=hit.record_id)
    return ExportRecord({"kind": row.kind, "name": row.subject_name, "email": row.subject_email,
                         "phone": row.subject_phone, "national_id": row.subject_national_id,
                         "received_at": row.received_at.isoformat(), "status": row.status})


def erase_request(organization, hit: Hit) -> str:
    # Art. 5(2)/17(3)(e): the record that a request was answered is kept as evidence
    # until the retention period for requests ends.
    return "kept as evidence of the request (purged by the retention policy)"


def purge_requests(organization, cutoff, *, dry_run: bool = False) -> int:
    from fornuft.governance.models import DataSubjectRequest, RequestStatus

    old = (DataSubjectRequest.objects.for_organization(organization)
           .filter(received_at__lt=cutoff).exclude(status=RequestStatus.OPEN))
    if dry_run:
        return old.count()
    deleted, _ = old.delete()
    return deleted


PROVIDERS = [
    PersonalDataProvider("core.users", _("User accounts and training records"), search_users, export_user,
                         erase_user),
    PersonalDataProvider("core.files", _("Stored files"), search_files, export_file, erase_file,
                         category="files", category_label=_("Stored files (uploads, attachments)"),
                         purge=purge_files, default_keep_days=1825),
    PersonalDataProvider("governance.requests", _("Data-subject requests"), search_requests, export_request,
                         erase_request, category="dsar", category_label=_("Data-subject requests"),
                         purge=purge_requests, default_keep_days=1095),
]
