"""In Chromium, each starter template end to end on the demo company's data: create the app
from the template (it opens in the builder), publish it through the AI Act questionnaire,
run it on demo data and see the outcome. Job-application screening shows the high-risk
warning and cannot run until its obligations are met."""

import csv
import io

import pytest

from fornuft.apps import demo
from fornuft.apps.models import App
from fornuft.governance.models import ObligationState
from fornuft.governance.obligations import for_class, set_state
from fornuft.testing import factories
from fornuft.testing.browser import login

from .conftest import trained
from .test_browser_apps import drag_block, node, wire

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def builder_of_demo_company(page, username):
    """A logged-in AI champion of an organization with the demo data (customer register,
    supplier figures)."""
    org = factories.organization(f"Demo {username} AS")
    user = trained(org)
    user.username = username
    user.save()
    demo.load(org)
    login(page, page.base_url, username, factories.PASSWORD)
    return org, user


def create_from_template(page, name, template, nodes):
    """Creates the app on the apps page; it opens in the builder with the template's blocks."""
    page.goto(f"{page.base_url}/apps/")
    page.fill("#id_name", name)
    page.select_option("#id_template", template)
    page.locator("#new-app button[type=submit]").click()
    page.wait_for_url("**/builder/")
    page.locator('#builder[data-ready="1"]').wait_for()
    assert page.locator(".drawflow-node").count() == nodes


def publish_through_questionnaire(page, org, name):
    app = App.objects.for_organization(org).get(name=name)
    page.goto(f"{page.base_url}/apps/{app.pk}/")
    page.locator("#publish").click()
    page.locator("#app-status", has_text="Published").wait_for()
    return app


def csv_file(tmp_path, name, rows):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    path = tmp_path / name
    path.write_text(out.getvalue(), encoding="utf-8")
    return str(path)


def run_csv(page, path):
    page.set_input_files("#id_run_file", path)
    page.locator("#run-form button[type=submit]").click()
    page.locator("#run-status", has_text="done").wait_for()


def test_lead_qualification_routes_the_hot_lead_with_a_draft_reply(page, tmp_path):
    org, _user = builder_of_demo_company(page, "salgssjef")
    create_from_template(page, "Leads fra nettsiden", "lead_qualification", nodes=9)
    publish_through_questionnaire(page, org, "Leads fra nettsiden")
    assert page.locator("#risk-class").inner_text() == "Minimal risk"

    leads = [
        {"subject": "Tilbud på rådgivning", "from": "per@byggmester.no",
         "body": "Hei!\nFirma: Byggmester Hansen AS\nBudsjett: 600 000 kr\nBehov: rådgivning for nytt kontorbygg\n"
                 "E-post: per@byggmester.no\n"},
        {"subject": "Et spørsmål", "from": "ola@eksempel.no",
         "body": "Hei\nFirma: Småbedrift Olsen AS\nBudsjett: 5 000 kr\nE-post: ola@eksempel.no\n"},
    ]
    run_csv(page, csv_file(tmp_path, "leads.csv", leads))
    # Only the hot lead (row 1: budget, known customer from the register, need stated) is routed.
    steps = page.locator('.run-step[data-node="customer"]').text_content()
    assert "Oslo" in steps   # enriched from the demo customer register
    assert "hot" in page.locator('.run-step[data-node="hot"]').text_content()
    actions = page.locator("#run-actions tbody tr")
    assert actions.count() == 2
    text = page.locator("#run-actions").inner_text()
    assert "draft_mail" in text and "in the review queue" in text and "route" in text
    assert all(actions.nth(i).locator("td").first.inner_text() == "1" for i in range(2))


def test_lead_qualification_from_a_form_built_with_the_mouse(page):
    """The same template started by the app's form instead of mail: the mail trigger is
    deleted, a form trigger dragged in and wired, its fields declared in the side panel."""
    org, _user = builder_of_demo_company(page, "markedssjef")
    create_from_template(page, "Leads fra skjema", "lead_qualification", nodes=9)
    node(page, "inbound").locator(".block-title").click()
    page.keyboard.press("Delete")
    page.wait_for_function("document.querySelectorAll('.drawflow-node').length === 8")
    drag_block(page, "trigger.form", 40, 160)
    node(page, "form").wait_for()
    wire(page, "form", 2, "extract", 1)    # text -> text
    page.wait_for_function("document.querySelectorAll('#drawflow svg.connection').length === 11")
    node(page, "form").locator(".block-title").click()
    page.fill("#set-form_fields", "company | text | Firma | Company | required\n"
              "budget | number | Budsjett (kr) | Budget (NOK) | required\n"
              "need | longtext | Behov | What do you need?\nemail | email | E-post | E-mail | required")
    page.locator("#set-form_fields").press("Tab")
    page.locator("#save").click()
    page.locator("#save-result[data-version='2']").wait_for()
    assert page.locator("#problems li").count() == 0

    publish_through_questionnaire(page, org, "Leads fra skjema")
    page.locator("#open-form").click()
    page.get_by_label("Company").fill("Byggmester Hansen AS")
    page.get_by_label("Budget (NOK)").fill("600 000")
    page.get_by_label("What do you need?").fill("Rådgivning for nytt kontorbygg")
    page.get_by_label("E-mail").fill("not an address")
    page.locator("#form-submit").click()
    page.locator("#id_email + .errorlist, .errorlist", has_text="email").first.wait_for()
    page.get_by_label("E-mail").fill("per@byggmester.no")
    page.locator("#form-submit").click()
    page.locator("#run-status", has_text="done").wait_for()
    assert "Oslo" in page.locator('.run-step[data-node="customer"]').text_content()
    text = page.locator("#run-actions").inner_text()
    assert "route" in text and "draft_mail\tin the review queue" in text


def test_supplier_evaluation_gives_a_quarterly_report_with_a_chart(page, tmp_path):
    org, _user = builder_of_demo_company(page, "innkjoper")
    create_from_template(page, "Leverandørvurdering Q4", "supplier_evaluation", nodes=6)
    publish_through_questionnaire(page, org, "Leverandørvurdering Q4")
    assert page.locator("#starts", has_text="once a quarter").count() == 1

    path = tmp_path / "supplier_figures.csv"
    path.write_bytes(demo.SUPPLIER_FIGURES)     # the demo company's figures for the quarter
    run_csv(page, str(path))
    report = page.locator("table.report")
    assert report.locator("tr").count() == 3
    assert "Elektroengros AS" in report.inner_text() and "Trevare Nord AS" in report.inner_text()
    # Chart.js drew the bar chart (a drawn canvas has a size set by the library).
    page.wait_for_function("Array.from(document.querySelectorAll('canvas.report-chart'))"
                           ".some(c => c.style.width !== '')")
    # The weak suppliers (rows 2 and 3) get a follow-up task for purchasing, listed on the app's page.
    rows = page.locator("#run-actions tbody tr td:first-child").all_inner_texts()
    assert rows == ["2", "3"] and page.locator("#run-actions", has_text="task created").count() == 1
    page.locator("h1 a").click()
    tasks = page.locator("#app-tasks").inner_text()
    assert "Follow up supplier Trevare Nord AS" in tasks and "Purchasing" in tasks
    assert "Elektroengros" not in tasks


def test_job_screening_warns_and_cannot_run_until_its_obligations_are_met(page, tmp_path):
    org, user = builder_of_demo_company(page, "hrleder")
    create_from_template(page, "Søknader elektriker", "job_screening", nodes=5)
    app = App.objects.for_organization(org).get(name="Søknader elektriker")
    page.goto(f"{page.base_url}/apps/{app.pk}/")
    assert "High risk" in page.locator("#high-risk-warning").inner_text()
    assert page.locator('input[name="q_h_employment"][value="yes"]').is_checked()   # pre-filled from the use
    page.locator("#publish").click()
    page.locator("#app-status", has_text="Published").wait_for()
    assert page.locator("#risk-class").inner_text() == "High risk"
    assert "obligations are met" in page.locator("#blockers").inner_text()
    assert page.locator("#run-form").count() == 0 and page.locator("#document-form").count() == 0

    # The compliance owner marks the high-risk obligations done; then the app runs.
    app.refresh_from_db()
    for obligation in for_class("high"):
        set_state(app.system, obligation.key, ObligationState.DONE, user)
    page.reload()
    page.locator("#document-form").wait_for()
    application = tmp_path / "soknad.txt"
    application.write_text("Søknad: elektriker med fagbrev og seks års erfaring fra næringsbygg.\n",
                           encoding="utf-8")
    page.set_input_files("#id_document", str(application))
    page.locator("#document-form button[type=submit]").click()
    page.locator("#run-status", has_text="done").wait_for()
    assert "relevant" in page.locator('.run-step[data-node="fit"]').text_content()
    # The shortlist waits for a person: the approval is in the review queue, the tag held until then.
    actions = page.locator("#run-actions").inner_text()
    assert "approval\tin the review queue" in actions and "tag\twaiting for approval" in actions
