"""The demo story, and the management report PDF (text extracted with pypdfium2)."""

import pytest
from django.utils import translation

from fornuft.adoption import kpis, services
from fornuft.adoption.models import DailyRollup, Pilot, PilotStatus, RollupSource
from fornuft.adoption.report import management_report
from fornuft.core.demo import load_demo
from fornuft.governance.models import Decision


@pytest.fixture
def demo(db):
    return load_demo()


def pdf_text(data: bytes) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        return "\n".join(document[index].get_textpage().get_text_range() for index in range(len(document)))
    finally:
        document.close()


def test_demo_tells_a_story_and_is_idempotent(demo):
    rows = DailyRollup.objects.all_organizations().filter(organization=demo, source=RollupSource.IMPORTED).count()
    decisions = Decision.objects.all_organizations().filter(organization=demo).count()
    load_demo()
    assert DailyRollup.objects.all_organizations().filter(organization=demo, source=RollupSource.IMPORTED).count() \
        == rows > 200
    # history is never faked into the hash-chained decision log
    assert Decision.objects.all_organizations().filter(organization=demo).count() == decisions
    board = kpis.dashboard(demo)
    assert board.totals.hours_saved > 500
    assert board.payback_month is not None
    # the straight-through rate improves over the six months
    rates = [rate for rate in board.straight_through_per_week if rate is not None]
    assert rates[-2] > rates[0] + 10
    statuses = set(Pilot.objects.all_organizations().filter(organization=demo).values_list("status", flat=True))
    assert {PilotStatus.GO, PilotStatus.RUNNING, PilotStatus.BASELINE} <= statuses


@pytest.mark.parametrize(("language", "words"), [
    ("nb", ["Resultatrapport for KI", "Timer spart", "Fakturaautomatisering"]),
    ("en", ["AI results report", "Hours saved", "Fakturaautomatisering"]),
])
def test_report_pdf_states_the_measured_figures(demo, language, words):
    text = pdf_text(management_report(demo, language))
    for word in words:
        assert word in text
    board = kpis.dashboard(demo)
    hours = f"{board.totals.hours_saved:.0f}"
    assert hours in text.replace("\u00a0", "").replace(" ", "")
    pilot = next(kpis for pilot, kpis in services.pilot_overview(demo) if pilot.name == "Fakturaautomatisering")
    monthly = f"{pilot.hours_per_month:.1f}"
    assert monthly in text or monthly.replace(".", ",") in text


def test_report_pdf_has_its_charts_and_names_systems_by_name(demo):
    from fornuft.adoption.report import report_context
    from fornuft.core import tenancy

    with translation.override("nb"), tenancy.activate(demo):
        context = report_context(demo)
    assert context["charts"]["hours"].startswith("<svg") and "<polyline" in context["charts"]["payback"]
    assert not any("." in name and " " not in name for name, _totals in context["systems"])  # no keys
    text = pdf_text(management_report(demo, "nb"))
    for heading in ("Diagrammer", "Timer spart per uke", "Kostnad og besparelse per måned"):
        assert heading in text
    assert " kr" in text  # money as Norwegian writes it
