"""The optional language model on the review page: offered only when configured, a summary,
a draft reply grounded in the knowledge base, a second opinion per field — each shown as
AI-generated and logged as a decision of its own system; a failing model changes nothing."""

import pytest

from fornuft.core.roles import Role
from fornuft.governance import registry
from fornuft.governance.models import Decision, OversightMode, ReviewStatus, ReviewTask
from fornuft.testing import factories
from fornuft.testing.llm import FakeLanguageModel
from tests.mail.conftest import make_eml


@pytest.fixture
def mail_review(org):
    from fornuft.assistant import services
    from fornuft.mail import intake

    services.save_article(org, slug="levering", title="Levering og frakt",
                          body="Vi sender pakker innen to virkedager. Sporingsnummer kommer på e-post.")
    system = registry.get_system(org, "mail.classifier")
    system.oversight_mode = OversightMode.IN_THE_LOOP
    system.save(update_fields=["oversight_mode"])
    intake.ingest(org, make_eml(subject="Når kommer pakken?", body="Hei, når kommer pakken min? Hilsen Kari"))
    return ReviewTask.objects.all_organizations().get(organization=org, status=ReviewStatus.OPEN)


def _configure(settings, server):
    settings.FORNUFT_LLM = {"BACKEND": "fornuft.platform.llm.client.OpenAICompatible",
                            "OPTIONS": {"base_url": server.url, "timeout": 1, "retries": 0}}


def _ai_decisions(org, key):
    return Decision.objects.all_organizations().filter(organization=org, system__key=key)


def test_nothing_is_offered_without_a_model(org, login, mail_review):
    page = login(factories.user(org, Role.SUPPORT)).get(f"/governance/reviews/{mail_review.pk}/").content.decode()
    assert 'data-testid="review-assist"' not in page
    refused = login(factories.user(org, Role.SUPPORT)).post(f"/governance/reviews/{mail_review.pk}/assist",
                                                            {"action": "summary"}, follow=True)
    assert "kan ikke hjelpe" in refused.content.decode()


def test_a_summary_and_a_grounded_draft_reply_are_shown_as_ai_generated_and_logged(org, login, mail_review, settings):
    client = login(factories.user(org, Role.SUPPORT))
    with FakeLanguageModel(reply="- Kari spør når pakken kommer.") as server:
        _configure(settings, server)
        assert 'data-testid="review-assist"' in client.get(f"/governance/reviews/{mail_review.pk}/").content.decode()
        page = client.post(f"/governance/reviews/{mail_review.pk}/assist", {"action": "summary"}).content.decode()
    assert "KI-generert" in page and "Kari spør når pakken kommer." in page
    assert _ai_decisions(org, "llm.summary").count() == 1

    with FakeLanguageModel(reply="Vi sender pakker innen to virkedager [1].") as server:
        _configure(settings, server)
        page = client.post(f"/governance/reviews/{mail_review.pk}/assist", {"action": "draft_reply"}).content.decode()
        asked = server.requests[0]["messages"][0]["content"]
    assert "innen to virkedager [1]" in page and "Levering og frakt" in page  # the draft and its source
    assert "Vi sender pakker innen to virkedager" in asked  # the KB passage went to the model
    assert _ai_decisions(org, "llm.draft_reply").get().output["citations"] == [1]
    mail_review.refresh_from_db()
    assert mail_review.status == ReviewStatus.OPEN  # advice only: the review is the person's


def test_a_second_opinion_per_field_and_a_broken_model_changes_nothing(org, login, mail_review, settings):
    client = login(factories.user(org, Role.SUPPORT))
    with FakeLanguageModel(reply='{"value": "customer_support"}') as server:
        _configure(settings, server)
        page = client.post(f"/governance/reviews/{mail_review.pk}/assist",
                           {"action": "second_opinion"}).content.decode()
    assert "customer_support" in page[page.index('data-testid="ai-text"'):]

    for mode in ("garbage", "error"):
        with FakeLanguageModel(mode=mode) as server:
            _configure(settings, server)
            page = client.post(f"/governance/reviews/{mail_review.pk}/assist", {"action": "summary"}).content.decode()
        assert 'data-testid="ai-text"' not in page and "brukbart svar" in page
    assert _ai_decisions(org, "llm.summary").count() == 0


def test_only_reviewers_of_the_organization_may_ask(org, login, mail_review, settings):
    with FakeLanguageModel(reply="Sammendrag.") as server:
        _configure(settings, server)
        employee = login(factories.user(org, Role.EMPLOYEE))
        assert employee.post(f"/governance/reviews/{mail_review.pk}/assist", {"action": "summary"}).status_code == 403
        stranger = login(factories.user(factories.organization(), Role.SUPPORT))
        assert stranger.post(f"/governance/reviews/{mail_review.pk}/assist", {"action": "summary"}).status_code == 404
        assert len(server.requests) == 0
