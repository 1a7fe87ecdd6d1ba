"""Saved views: a filtered list kept under a person's own name, in their menu only."""

from fornuft.core.models import SavedView
from fornuft.core.roles import Role
from fornuft.core.tenancy import activate
from fornuft.testing import factories


def test_a_filtered_list_is_saved_and_appears_in_the_menu(org, login):
    finance = login(factories.user(org, Role.FINANCE, username="kari"))
    page = finance.get("/documents/invoices/", {"status": "needs_review"}).content.decode()
    assert 'data-testid="save-view"' in page
    saved = finance.post("/views/save", {"name": "Ubehandlet hos meg", "path": "/documents/invoices/",
                                         "query": "status=needs_review"}, follow=True)
    assert saved.redirect_chain[-1][0] == "/documents/invoices/?status=needs_review"
    menu = finance.get("/").content.decode()
    assert 'href="/documents/invoices/?status=needs_review">Ubehandlet hos meg</a>' in menu
    colleague = login(factories.user(org, Role.FINANCE)).get("/").content.decode()
    assert "Ubehandlet hos meg" not in colleague


def test_only_pages_of_this_site_can_be_saved(org, login):
    client = login(factories.user(org, Role.EMPLOYEE))
    for path in ("//evil.example.com/", "https://evil.example.com/", "/api/v1/mail/messages", "/no-such-page/",
                 "/" + "x" * 300):
        client.post("/views/save", {"name": "X", "path": path, "query": "a=1"})
    with activate(org):
        assert not SavedView.objects.exists()
    client.post("/views/save", {"name": "   ", "path": "/", "query": ""})
    with activate(org):
        assert not SavedView.objects.exists()  # a view needs a name


def test_a_view_is_deleted_only_by_its_owner(org, login):
    owner = factories.user(org, Role.FINANCE)
    with activate(org):
        view = SavedView.objects.create(organization=org, user=owner, name="Mine", path="/", query="")
    assert login(factories.user(org, Role.ADMIN)).post(f"/views/{view.pk}/delete").status_code == 404
    assert login(owner).post(f"/views/{view.pk}/delete").status_code == 302
    with activate(org):
        assert not SavedView.objects.exists()
