"""The work-item model and the step contract, on a real work item (a stored mail message)."""

import pytest

from fornuft.core.tenancy import activate
from fornuft.mail import intake
from fornuft.mail.models import Message, MessageStatus, Thread
from fornuft.platform.workitems import FAILED, Step, StopPipeline, mark_failed, retry, run_pipeline
from tests.mail.conftest import make_eml

pytestmark = pytest.mark.django_db


class Recorder(Step):
    """A step that notes what happened to it in `work` (a list)."""

    def __init__(self, name, *, can_run=True, fails=False, stops=False, subject=None):
        self.name, self.can_run, self.fails, self.stops, self.subject = name, can_run, fails, stops, subject

    def able_to_run(self, item, work):
        return self.can_run

    def run(self, item, work):
        work.append(f"run {self.name}")
        if self.subject is not None:  # a write in the database, to see what stays
            Message.objects.all_organizations().filter(pk=item.pk).update(subject=self.subject)
        if self.stops:
            raise StopPipeline("nothing more to do")
        if self.fails:
            raise RuntimeError("the disk is full")

    def cleanup(self, item, work):
        work.append(f"cleanup {self.name}")


@pytest.fixture
def message(org):
    return intake.ingest(org, make_eml(subject="Tilbud", message_id="<w1@kunde.no>")).message


def fresh(message):
    return Message.objects.all_organizations().get(pk=message.pk)


def test_a_step_that_cannot_run_is_skipped(message):
    work = []
    result = run_pipeline(message, [Recorder("a"), Recorder("b", can_run=False), Recorder("c")], work)
    assert work == ["run a", "cleanup a", "run c", "cleanup c"]
    assert result.done == ["a", "c"] and result.skipped == ["b"] and result.ok


def test_cleanup_runs_even_when_the_step_fails_and_the_item_is_marked_failed(message):
    work = []
    steps = [Recorder("first", subject="kept"), Recorder("broken", fails=True, subject="rolled back"),
             Recorder("never")]
    result = run_pipeline(message, steps, work)
    assert work == ["run first", "cleanup first", "run broken", "cleanup broken"]
    assert not result.ok and "the disk is full" in result.failed
    stored = fresh(message)
    assert stored.status == FAILED == message.status
    assert stored.failure_reason == "broken: RuntimeError: the disk is full"
    assert stored.subject == "kept"  # the failed step's writes are undone, the earlier step's stay


def test_a_step_outside_a_transaction_keeps_what_it_saved_before_it_failed(message):
    class Progressing(Recorder):
        atomic = False  # saves its progress as it goes, so that a page can show it

    result = run_pipeline(message, [Progressing("hear", fails=True, subject="progress 40 %")], [])
    assert not result.ok
    stored = fresh(message)
    assert stored.status == FAILED and stored.subject == "progress 40 %"


def test_stop_pipeline_ends_the_chain_without_failing_the_item(message):
    work = []
    result = run_pipeline(message, [Recorder("check", stops=True, subject="stopped here"), Recorder("after")], work)
    assert work == ["run check", "cleanup check"]
    assert result.stopped == "check: nothing more to do" and result.ok
    stored = fresh(message)
    assert stored.status != FAILED and stored.subject == "stopped here"


def test_a_failing_cleanup_does_not_hide_the_run(message):
    class BadCleanup(Recorder):
        def cleanup(self, item, work):
            raise OSError("temporary file already gone")

    work = []
    assert run_pipeline(message, [BadCleanup("a"), Recorder("b")], work).done == ["a", "b"]


def test_retry_clears_the_failure_counts_the_attempt_and_runs_again(message):
    mark_failed(message, "sort: model file missing")
    assert fresh(message).failure_reason == "sort: model file missing"
    work = []
    result = retry(message, [Recorder("again")], work)
    stored = fresh(message)
    assert result.ok and work == ["run again", "cleanup again"]
    assert stored.attempts == 1 and not any("model file missing" in p for p in stored.problems)


def test_the_item_refers_to_its_decisions(message):
    systems = list(message.decisions().values_list("system_key", flat=True))
    assert systems == ["mail.classifier", "mail.phishing"]


def test_mail_reprocess_is_the_platform_retry(org, monkeypatch):
    """A failing mail step marks the message; reprocessing runs the steps from the stored bytes,
    stores attachments a failed first run left behind, and counts the attempt."""
    def broken(*args, **kwargs):
        raise RuntimeError("model exploded")

    monkeypatch.setattr(intake, "sort_message", broken)
    raw = make_eml(message_id="<w2@kunde.no>", attachments=[("tilbud.pdf", b"%PDF-1.4 tilbud", "application/pdf")])
    message = intake.ingest(org, raw).message
    assert message.status == MessageStatus.FAILED and "sort: RuntimeError: model exploded" in message.failure_reason
    assert message.thread_id is not None and message.attachments.count() == 1  # steps before the failure stay
    monkeypatch.undo()
    again = intake.reprocess(fresh(message))
    assert again.status == MessageStatus.ROUTED and again.attempts == 1 and again.failure_reason == ""
    with activate(org):
        assert Thread.objects.count() == 1 and again.attachments.count() == 1


def test_invoice_is_a_work_item_a_failing_step_marks_it_and_retry_finishes_it(org, monkeypatch):
    """Invoices run the same contract: a failing step marks the invoice failed with the step and
    the reason (shown to people as its message); reprocessing is the platform retry, from the
    stored file, and takes it through to approval."""
    from fornuft.core import blobs
    from fornuft.invoices import services
    from fornuft.invoices.models import Invoice, InvoiceStatus, Supplier
    from tests.invoices.test_workflow import invoice_pdf

    Supplier.objects.create(organization=org, name="Fjordkraft Testleverandør AS", org_number="974760673",
                            bank_accounts=["86011117947"])

    def broken(*args, **kwargs):
        raise RuntimeError("the decision log is locked")

    monkeypatch.setattr(services, "route", broken)
    invoice = services.intake(org, blobs.store(org, invoice_pdf(), filename="f.pdf"), filename="f.pdf")
    stored = Invoice.objects.all_organizations().get(pk=invoice.pk)
    assert stored.status == FAILED == InvoiceStatus.FAILED
    assert stored.failure_reason == "route: RuntimeError: the decision log is locked" == stored.message
    assert stored.invoice_number == "2026-17"  # the steps before the failure stay done
    assert list(stored.events.values_list("action", flat=True)) == ["received", "extracted", "failed"]
    assert not stored.decisions().exists()

    monkeypatch.undo()
    done, problems = services.bulk([stored], "reprocess", None)
    again = Invoice.objects.all_organizations().get(pk=invoice.pk)
    assert (done, problems) == (1, [])
    assert again.status == InvoiceStatus.AWAITING_APPROVAL, again.message
    assert again.attempts == 1 and again.failure_reason == "" and again.message == ""
    assert not any("decision log" in p for p in again.problems)
    assert list(again.decisions().values_list("system_key", flat=True)) == ["invoices.extraction"]
