"""In Chromium: log in, open the dashboard, resolve a review task."""

import pytest

from fornuft.core import tenancy
from fornuft.core.roles import Role
from fornuft.governance.decisions import record_decision
from fornuft.governance.models import ReviewStatus, ReviewTask
from fornuft.testing import factories
from fornuft.testing.browser import login


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_reviewer_corrects_a_low_confidence_decision(page):
    org = factories.organization("Fjordkraft Test AS")
    factories.user(org, Role.SUPPORT, username="kundeservice")
    # Owned by customer service, so its people review it (an organization's own system).
    system = factories.ai_system(org, key="test.mailsort", name="Mail sorter", confidence_threshold=0.8,
                                 owner="Customer service")
    decision = record_decision(org, system, subject=("mail.message", 17), output={"category": "newsletter"},
                               confidence=0.41, explanation={"top_features": [["nyhetsbrev", 0.8]]})

    login(page, page.base_url, "kundeservice", factories.PASSWORD)
    assert page.get_by_test_id("open-reviews").inner_text() == "1"
    page.get_by_role("link", name="Reviews waiting for me").first.click()
    page.locator("table tbody a").first.click()
    page.get_by_test_id("review-subject").wait_for()
    assert "Confidence 0.41 is below the threshold 0.80" in page.content()

    page.get_by_label("Category").fill("sales_inquiry")
    page.get_by_role("button", name="Save correction").click()
    page.get_by_text("Review resolved.").wait_for()

    with tenancy.activate(org):
        task = ReviewTask.objects.get(decision=decision)
    assert task.status == ReviewStatus.CORRECTED
    assert task.resolution.output == {"category": "sales_inquiry"}
    assert task.touch_seconds is not None and task.touch_seconds >= 0
    page.goto(f"{page.base_url}/")
    assert page.get_by_test_id("open-reviews").inner_text() == "0"
