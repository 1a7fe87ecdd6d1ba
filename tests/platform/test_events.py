"""Platform events: capabilities find each other's listeners through their manifests, and a
listener that fails neither stops the others nor undoes the emitter's work."""

import pytest

from fornuft.core.models import Organization
from fornuft.platform import events


def test_listeners_are_found_through_the_manifests():
    from fornuft.apps.actions import on_review_resolved
    from fornuft.apps.triggers import on_mail_sorted

    assert on_mail_sorted in events.subscriptions("mail.sorted")
    assert on_review_resolved in events.subscriptions("review.resolved")
    assert events.subscriptions("nobody.listens") == []


@pytest.mark.django_db(transaction=True)
def test_a_failing_listener_does_not_stop_the_others_or_the_emitter(monkeypatch):
    heard = []

    def breaks(organization, **payload):
        Organization.objects.create(name="half-done", slug="half-done")
        raise RuntimeError("this listener is broken")

    def listens(organization, **payload):
        heard.append(payload)

    monkeypatch.setattr(events, "subscriptions", lambda event: [breaks, listens])
    from django.db import transaction

    with transaction.atomic():
        emitter_row = Organization.objects.create(name="emitter", slug="emitter")
        assert events.emit("something.happened", emitter_row, value=1) == 1
    assert heard == [{"value": 1}]
    assert Organization.objects.filter(slug="emitter").exists()          # the emitter's work stays
    assert not Organization.objects.filter(slug="half-done").exists()    # the broken listener's is rolled back
