import pytest

from fornuft.core.roles import Role
from fornuft.testing import factories


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_login_shows_dashboard(page):
    org = factories.organization("Nettleser AS")
    factories.user(org, Role.MANAGER, username="leder")
    from fornuft.testing.browser import login

    login(page, page.base_url, "leder", factories.PASSWORD)
    assert page.get_by_role("heading", name="My work").is_visible()
