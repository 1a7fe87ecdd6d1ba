"""The "Form submitted" trigger: a published app gets a form page built from the fields the
builder declared (typed, bokmål and English labels) for its organization's users with the
right role, and optionally a secret public link; each valid form starts a run (stored
first, run by the worker) whose decisions are logged."""

import pytest
from django.core.cache import caches
from django.test import Client

from fornuft.apps import graph, services
from fornuft.apps.models import Run
from fornuft.testing import factories

from .test_apps import NO_TO_ALL

FIELDS = ["company | text | Firma | Company | required",
          "budget | number | Budsjett (kr) | Budget (NOK) | required",
          "email | email | E-post | E-mail",
          "need | longtext | Hva trenger dere? | What do you need?",
          "start | date | Oppstart | Start date",
          "existing | yesno | Eksisterende kunde | Existing customer"]


def form_app(public="no", roles=()):
    """Form -> score on budget and need -> hot or cold: a small lead form."""
    return {
        "format": 1, "name": "Leadskjema", "purpose": "Prioritise enquiries sent through our form.",
        "nodes": [
            {"id": "form", "block": "trigger.form",
             "config": {"form_fields": FIELDS, "roles": list(roles), "public": public}},
            {"id": "score", "block": "data.score", "config": {"criteria": [
                {"name": "Budget", "formula": "budget", "weight": 3, "worst": 0, "best": 500000},
                {"name": "Need stated", "formula": "if(empty(need), 0, 1)", "weight": 1, "worst": 0, "best": 1}]}},
            {"id": "hot", "block": "decision.threshold",
             "config": {"threshold": 60, "operator": ">=", "yes": "hot", "no": "cold"}},
        ],
        "edges": [{"from": "form.record", "to": "score.record"}, {"from": "score.score", "to": "hot.value"}],
    }


def published(org, user, definition):
    app = services.create_app(org, user, definition=definition)
    return services.publish(app, user, NO_TO_ALL)


def client_for(user, language="en"):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    client.cookies["django_language"] = language
    return client


def post_form(client, url, data):
    """Posts like a browser: reads the page (CSRF cookie and token) first."""
    page = client.get(url)
    token = page.context["csrf_token"] if page.context else ""
    return client.post(url, {**data, "csrfmiddlewaretoken": str(token)})


GOOD = {"company": "Byggmester Hansen AS", "budget": "600 000", "email": "per@byggmester.no",
        "need": "Rådgivning for nytt kontorbygg", "start": "2027-02-01", "existing": "on"}


def test_a_form_starts_a_stored_run_whose_decisions_are_logged(org, champion, worker):
    app = published(org, champion, form_app())
    seller = factories.user(org, role="employee", username="selger")
    client = client_for(seller, "nb")
    page = client.get(f"/apps/{app.pk}/form/")
    assert page.status_code == 200
    html = page.content.decode()
    for label in ("Firma", "Budsjett (kr)", "Hva trenger dere?", "Eksisterende kunde"):
        assert label in html
    assert 'type="email"' in html and 'type="date"' in html and "<textarea" in html

    response = worker(post_form, client, f"/apps/{app.pk}/form/", GOOD)
    run = Run.objects.for_organization(org).get(app=app)
    assert response.status_code == 302 and response["Location"] == f"/apps/runs/{run.pk}/"
    run.refresh_from_db()
    assert (run.status, run.source, run.test, run.started_by) == ("done", "form", False, seller)
    assert run.input_rows == [{"company": "Byggmester Hansen AS", "budget": 600000, "email": "per@byggmester.no",
                               "need": "Rådgivning for nytt kontorbygg", "start": "2027-02-01", "existing": True}]
    decisions = list(run.decisions())
    assert {d.system_key for d in decisions} == {f"apps.{app.pk}"} and len(decisions) == 2
    assert {d.output["node"] for d in decisions} == {"score", "hot"}
    assert next(d for d in decisions if d.output["node"] == "hot").output["output"] == "hot"


def test_each_bad_field_gets_its_own_message_and_nothing_runs(org, champion):
    app = published(org, champion, form_app())
    client = client_for(champion)
    response = post_form(client, f"/apps/{app.pk}/form/", {
        "company": "", "budget": "a lot", "email": "not-an-address", "start": "31.02.2027", "need": "x" * 10_001})
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert set(errors) == {"company", "budget", "email", "start", "need"}
    assert "required" in errors["company"][0] and "number" in errors["budget"][0]
    assert "email" in errors["email"][0].lower() and "date" in errors["start"][0]
    assert "10000" in errors["need"][0]
    assert "Company" in response.content.decode()   # English labels for an English user
    assert not Run.objects.for_organization(org).exists()


def test_another_organizations_app_is_not_found_and_a_role_outside_the_form_is_refused(org, champion):
    app = published(org, champion, form_app(roles=["manager", "support"]))
    other = factories.organization("Annet AS")
    stranger = factories.user(other, role="manager", username="fremmed")
    assert client_for(stranger).get(f"/apps/{app.pk}/form/").status_code == 404
    assert client_for(stranger).post(f"/apps/{app.pk}/form/", GOOD).status_code in (403, 404)
    employee = factories.user(org, role="employee", username="ansatt")
    assert client_for(employee).get(f"/apps/{app.pk}/form/").status_code == 403
    assert client_for(factories.user(org, role="support", username="kundeservice")).get(
        f"/apps/{app.pk}/form/").status_code == 200
    anonymous = Client().get(f"/apps/{app.pk}/form/")
    assert anonymous.status_code == 302 and "/login" in anonymous["Location"]


def test_the_logged_in_form_needs_its_csrf_token(org, champion):
    app = published(org, champion, form_app())
    response = client_for(champion).post(f"/apps/{app.pk}/form/", GOOD)
    assert response.status_code == 403
    assert not Run.objects.for_organization(org).exists()


def test_an_app_without_a_form_trigger_or_not_yet_published_has_no_open_form(org, champion):
    supplier = services.create_app(org, champion, template="supplier_evaluation")
    assert client_for(champion).get(f"/apps/{supplier.pk}/form/").status_code == 404
    draft = services.create_app(org, champion, definition=form_app())
    assert client_for(champion).get(f"/apps/{draft.pk}/form/").status_code == 404   # nothing published yet


def test_a_high_risk_form_app_shows_why_it_cannot_run(org, champion):
    definition = {**form_app(), "use": {"employment": True, "people": True}}
    app = services.create_app(org, champion, definition=definition)
    services.publish(app, champion, {**NO_TO_ALL, "h_employment": True, "h_exception": False})
    client = client_for(champion)
    page = client.get(f"/apps/{app.pk}/form/")
    assert page.status_code == 409 and "high risk" in page.content.decode()
    assert post_form(client, f"/apps/{app.pk}/form/", GOOD).status_code == 409
    assert not Run.objects.for_organization(org).exists()


def test_a_public_link_opens_the_form_to_people_outside_with_limits(org, champion, worker):
    caches["ratelimit"].clear()
    app = published(org, champion, form_app(public="yes"))
    builder = client_for(champion)
    made = builder.post(f"/apps/{app.pk}/form/link", {"csrfmiddlewaretoken": "x"})
    assert made.status_code == 403   # CSRF on for the builder's button too
    page = builder.get(f"/apps/{app.pk}/")
    made = builder.post(f"/apps/{app.pk}/form/link", {"csrfmiddlewaretoken": str(page.context["csrf_token"])})
    url = made.context["url"]
    token = url.rstrip("/").rsplit("/", 1)[1]
    assert len(token) >= 32 and token not in str(app.form_token_hash)

    visitor = Client()
    assert visitor.get("/apps/form/not-the-token/").status_code == 404
    response = worker(post_form, visitor, f"/apps/form/{token}/", GOOD)
    assert response.status_code == 202 and "received" in response.content.decode()
    run = Run.objects.for_organization(org).get(app=app)
    assert (run.source, run.started_by, run.status) == ("form:public", None, "done")

    too_big = visitor.post(f"/apps/form/{token}/", {"need": "x" * 70_000})
    assert too_big.status_code == 413

    # A new link closes the old one; a form that is not public has no link.
    builder.post(f"/apps/{app.pk}/form/link", {"csrfmiddlewaretoken": str(page.context["csrf_token"])})
    assert visitor.get(f"/apps/form/{token}/").status_code == 404
    private = published(org, champion, {**form_app(), "name": "Internt skjema"})
    assert builder.post(f"/apps/{private.pk}/form/link",
                        {"csrfmiddlewaretoken": str(page.context["csrf_token"])}).status_code == 404


def test_the_public_form_is_rate_limited_per_address(org, champion):
    caches["ratelimit"].clear()
    app = published(org, champion, form_app(public="yes"))
    from fornuft.apps import triggers

    token = triggers.new_form_token(app)
    visitor = Client()
    statuses = [visitor.post(f"/apps/form/{token}/", {"company": ""}).status_code for _ in range(12)]
    assert statuses[:10] == [400] * 10 and statuses[10:] == [429, 429]


def test_a_bad_field_declaration_is_refused_when_building():
    problems = graph.check_app({**form_app(), "nodes": [
        {"id": "form", "block": "trigger.form", "config": {"form_fields": ["budget | money | Budsjett"]}}],
        "edges": []})
    assert any("the type 'money' is not one of" in p for p in problems)
    problems = graph.check_app({**form_app(), "nodes": [
        {"id": "form", "block": "trigger.form", "config": {"form_fields": ["1st | text", "a | text", "a | text"]}}],
        "edges": []})
    assert any("is not a field name" in p for p in problems)


@pytest.fixture(autouse=True)
def _no_stale_counters():
    yield
    caches["ratelimit"].clear()



@pytest.mark.parametrize("value", ["1e308", "-1", str(2**70), "NaN", "Infinity", "\x00", "<script>x</script>",
                                   "æøå" * 200, "2027-13-45", "' OR 1=1 --"])
def test_hostile_values_give_field_messages_not_errors(org, champion, value):
    app = published(org, champion, form_app())
    response = post_form(client_for(champion), f"/apps/{app.pk}/form/",
                         {name: value for name in ("company", "budget", "email", "need", "start")})
    assert response.status_code in (302, 400)
    assert b"<script>x</script>" not in response.content


def test_the_form_text_names_each_field_so_extract_reads_it(org, champion, worker):
    definition = {
        "format": 1, "name": "Skjema til uttrekk", "purpose": "Read a form's fields by name.",
        "nodes": [{"id": "form", "block": "trigger.form", "config": {"form_fields": FIELDS}},
                  {"id": "extract", "block": "understand.extract", "config": {"fields": ["company", "budget"]}}],
        "edges": [{"from": "form.text", "to": "extract.text"}]}
    app = services.create_app(org, champion, definition=definition)
    run = worker(services.start_run, app, champion, [{"company": "Byggmester Hansen AS", "budget": 600000,
                                                      "need": "", "existing": False}], test=True)
    steps = {s.node: s for s in run.steps.all()}
    assert steps["form"].outputs[0]["text"] == "company: Byggmester Hansen AS\nbudget: 600000\nexisting: False"
    assert steps["extract"].outputs[0]["record"] == {"company": "Byggmester Hansen AS", "budget": 600000}
