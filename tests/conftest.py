import pytest
from django.test import Client

from fornuft.core import tenancy
from fornuft.core.roles import Role
from fornuft.testing import factories


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Rate-limit counters live in files under FORNUFT_HOME; each test starts at zero."""
    from django.core.cache import caches

    cache = caches["ratelimit"]
    client = getattr(getattr(cache, "_cache", None), "get_client", None)
    if client is None:
        cache.clear()
    else:  # Redis: only the counters, never the queue that shares the database (no FLUSHDB)
        redis = client(write=True)
        for key in redis.scan_iter(match=f"{cache.key_prefix}:*"):
            redis.delete(key)


@pytest.fixture
def org(db):
    return factories.organization("Nordlys Test AS")


@pytest.fixture
def in_org(org):
    """Runs the test with `org` active, as in a request of one of its users. Tests of the
    CLI and of tasks must not use it: those activate an organization themselves."""
    with tenancy.activate(org):
        yield org


@pytest.fixture
def other_org(db):
    return factories.organization("Sørvest Konkurrent AS")


@pytest.fixture
def make_user(db):
    return factories.user


@pytest.fixture
def admin_user(org):
    return factories.user(org, Role.ADMIN, username="admin-a")


@pytest.fixture
def login(client):
    """login(user) -> a Client logged in as that user."""

    def log_in(user):
        fresh = Client()
        fresh.force_login(user)
        return fresh

    return log_in


@pytest.fixture
def admin_client(admin_user, login):
    return login(admin_user)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session (Debian's package, driven by Playwright)."""
    from fornuft.testing.browser import chromium_available, launch

    if not chromium_available():
        pytest.fail("Debian's chromium is not installed; run `make install`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh browser page (own cookies) against the live test server; page.base_url is set."""
    context = browser.new_context(base_url=live_server.url, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(10_000)
    page.base_url = live_server.url
    yield page
    context.close()
