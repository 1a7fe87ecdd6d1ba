"""/api/docs with the network cut: Swagger UI comes from the installed package's static files,
so the API documentation works in a building whose server reaches nothing outside."""

import pytest

from fornuft.core.roles import Role
from fornuft.testing import factories
from fornuft.testing.browser import login


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_api_docs_load_with_the_network_cut(page):
    org = factories.organization("Frakoblet AS")
    factories.user(org, Role.ADMIN, username="admin-docs")
    outside: list[str] = []

    def only_our_server(route):
        if route.request.url.startswith(page.base_url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_our_server)
    login(page, page.base_url, "admin-docs", factories.PASSWORD)
    page.goto(f"{page.base_url}/api/docs")
    page.locator("#swagger-ui .info .title").wait_for()
    assert "Fornuft API" in page.locator("#swagger-ui .info .title").inner_text()
    assert page.locator("#swagger-ui .opblock").count() > 5  # the operations are listed
    assert outside == []
