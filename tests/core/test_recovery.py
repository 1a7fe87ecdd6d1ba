"""A crashed worker loses nothing: its task is queued again, stuck items are swept, /health tells."""

import io
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection
from django.utils import timezone
from huey.contrib.djhuey import HUEY

from fornuft.core import blobs, sweep, worker
from fornuft.invoices import services
from fornuft.invoices.models import Invoice
from fornuft.invoices.tasks import process_invoice_task
from fornuft.mail import intake
from fornuft.mail.models import Message, MessageStatus
from fornuft.testing import factories


def _mail(subject: str, body: str) -> bytes:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "Kari Kunde <kari@kunde.no>", "post@nordfjell.no", subject
    message["Message-ID"] = "<stuck-1@kunde.no>"
    message.set_content(body)
    return bytes(message)

DATA = Path(__file__).resolve().parents[2] / "bench" / "data" / "invoices"


def _scanned_invoice(pages: int) -> bytes:
    """An image-only PDF of several pages: OCR takes seconds, long enough to kill the worker mid-task."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument((DATA / "pdf" / "01-classic.pdf").read_bytes())
    image = pdf[0].render(scale=250 / 72, grayscale=True).to_pil().convert("L")
    pdf.close()
    buffer = io.BytesIO()
    more = [image.rotate(90, expand=True)] * (pages - 1)
    image.save(buffer, "PDF", resolution=250, save_all=True, append_images=more)
    return buffer.getvalue()


def _worker_environment() -> dict:
    environment = {**os.environ}
    environment.pop("FORNUFT_HUEY_IMMEDIATE", None)
    environment["FORNUFT_SQLITE_PATH"] = str(connection.settings_dict["NAME"])
    return environment


def _start_worker(log_path: Path) -> subprocess.Popen:
    # --no-periodic: only what the test queued runs (the sweep is tested on its own below)
    with log_path.open("a") as log:
        return subprocess.Popen([sys.executable, "-m", "fornuft.cli", "worker", "--no-periodic"],
                                env=_worker_environment(), stdout=log, stderr=subprocess.STDOUT)


def _wait(condition, timeout: float, what: str, log_path: Path):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    state = {"in_flight": {key: {k: v for k, v in entry.items() if k != "message"}
                           for key, entry in worker.in_flight().items()},
             "heartbeats": worker.heartbeats(), "redelivery_lock": HUEY.get(worker.REDELIVERY_LOCK, peek=True),
             "pending": HUEY.pending_count()}
    pytest.fail(f"timed out waiting for {what}\nqueue: {state}\nworker log:\n" + log_path.read_text()[-3000:])


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.mark.django_db(transaction=True)
def test_invoice_of_a_killed_worker_is_processed_by_the_next_worker(tmp_path, client):
    org = factories.organization("Krasj AS")
    stored = blobs.store(org, _scanned_invoice(pages=6), filename="scan.pdf", content_type="application/pdf")
    invoice = services.intake(org, stored, filename="scan.pdf", process=False)
    log_path = tmp_path / "worker.log"
    HUEY.immediate = False
    HUEY.flush()
    first = second = None
    try:
        process_invoice_task(invoice.pk)
        first = _start_worker(log_path)
        _wait(lambda: any(e["task"].endswith("process_invoice_task") for e in worker.in_flight().values()),
              90, "the first worker to start on the invoice", log_path)
        os.kill(first.pid, signal.SIGKILL)  # what the probe did: the worker dies mid-task
        first.wait()
        invoice.refresh_from_db()
        assert invoice.status == "received"  # the defect's state: without recovery it stayed so for good

        health = client.get("/health").json()
        assert health["workers"]["ok"] is False and health["workers"]["tasks_in_flight"] == 1

        second = _start_worker(log_path)
        _wait(lambda: Invoice.objects.all_organizations().get(pk=invoice.pk).status not in ("received", "extracted"),
              180, "the second worker to finish the invoice", log_path)
        invoice.refresh_from_db()
        assert invoice.status in ("needs_review", "awaiting_approval", "approved"), invoice.message
        assert invoice.invoice_number
        _wait(lambda: worker.in_flight() == {}, 30, "the finished task to be acknowledged", log_path)

        health = client.get("/health").json()
        assert health["workers"]["ok"] is True
        assert health["workers"]["live"] == 1 and health["workers"]["stale"] == 1  # the dead one is shown
        assert health["workers"]["newest_heartbeat_age_s"] < worker.STALE_AFTER_SECONDS
    finally:
        for process in (first, second):
            if process is not None:
                _stop(process)
        HUEY.flush()
        HUEY.immediate = True


def _age(model, pk, field, minutes=60):
    model.objects.all_organizations().filter(pk=pk).update(**{field: timezone.now() - timedelta(minutes=minutes)})


@pytest.mark.django_db
def test_stuck_invoice_and_message_are_requeued_by_the_sweep_and_finish(org, client,
                                                                     django_capture_on_commit_callbacks):
    stored = blobs.store(org, (DATA / "pdf" / "01-classic.pdf").read_bytes(), filename="01.pdf",
                         content_type="application/pdf")
    invoice = services.intake(org, stored, filename="01.pdf", process=False)  # its task was lost
    _age(Invoice, invoice.pk, "updated_at")
    message = intake.ingest(org, _mail("Spørsmål om tilbud", "Hei, kan dere sende et tilbud på rådgivning?")).message
    # A worker died between storing the message and sorting it:
    Message.objects.all_organizations().filter(pk=message.pk).update(status=MessageStatus.RECEIVED, queue=None)
    _age(Message, message.pk, "received_at")

    response = client.get("/health")
    assert response.status_code == 503
    assert response.json()["stuck_items"]["by_kind"] == {"mail.message": 1, "documents.invoice": 1}

    with django_capture_on_commit_callbacks(execute=True):
        result = sweep.sweep_stuck_items()
    assert sorted(result["requeued"]) == sorted([f"documents.invoice:{invoice.pk}", f"mail.message:{message.pk}"])
    invoice.refresh_from_db()
    message.refresh_from_db()
    assert invoice.status in ("needs_review", "awaiting_approval") and invoice.invoice_number
    assert message.status in (MessageStatus.ROUTED, MessageStatus.REVIEW)
    assert list(invoice.events.values_list("action", flat=True)).count("requeued") == 1

    body = client.get("/health").json()
    assert body["stuck_items"] == {**body["stuck_items"], "ok": True, "count": 0}


@pytest.mark.django_db
def test_item_whose_task_keeps_getting_lost_is_failed_with_the_reason(org, django_capture_on_commit_callbacks):
    stored = blobs.store(org, (DATA / "pdf" / "01-classic.pdf").read_bytes(), filename="01.pdf",
                         content_type="application/pdf")
    invoice = services.intake(org, stored, filename="01.pdf", process=False)
    for _attempt in range(sweep.MAX_ATTEMPTS):
        with django_capture_on_commit_callbacks(execute=False):  # each queued task is lost again
            assert sweep.sweep_stuck_items(older_than=timedelta(0))["requeued"] == [f"documents.invoice:{invoice.pk}"]
    result = sweep.sweep_stuck_items(older_than=timedelta(0))
    assert result["failed"] == [f"documents.invoice:{invoice.pk}"]
    invoice.refresh_from_db()
    assert invoice.status == "failed" and "stopped 3 times" in invoice.message
    assert sweep.sweep_stuck_items(older_than=timedelta(0)) == {"requeued": [], "failed": []}


@pytest.mark.django_db
def test_items_that_finished_or_are_young_are_left_alone(org):
    stored = blobs.store(org, (DATA / "pdf" / "01-classic.pdf").read_bytes(), filename="01.pdf",
                         content_type="application/pdf")
    young = services.intake(org, stored, filename="01.pdf", process=False)
    done = services.intake(org, blobs.store(org, b"%PDF-1.4 not really", filename="x.pdf"), filename="x.pdf")
    _age(Invoice, done.pk, "updated_at")
    assert done.status in ("failed", "not_invoice")
    assert sweep.sweep_stuck_items() == {"requeued": [], "failed": []}
    assert young.pk


def _dead_worker() -> str:
    finished = subprocess.Popen([sys.executable, "-c", "pass"])
    finished.wait()
    return f"{socket.gethostname()}:{finished.pid}"


def test_a_redelivery_lock_left_by_a_killed_worker_does_not_block_later_workers():
    """A worker killed while it held the redelivery lock once stopped every later worker from putting tasks back."""
    HUEY.immediate = False
    HUEY.flush()
    try:
        dead = _dead_worker()
        task = process_invoice_task.s(4711)
        HUEY.put(worker.INFLIGHT_PREFIX + task.id, {"worker": dead, "task": task.name, "priority": None,
                                                    "message": HUEY.serialize_task(task), "started": time.time(),
                                                    "deliveries": 1})
        worker.beat()  # this process is a live worker
        HUEY.put(worker.REDELIVERY_LOCK, {"worker": worker.worker_id(), "at": time.time()})
        assert worker.redeliver_orphaned_tasks()["redelivered"] == []  # a live holder keeps its lock
        assert HUEY.pending_count() == 0

        HUEY.put(worker.REDELIVERY_LOCK, {"worker": dead, "at": time.time()})
        assert worker.redeliver_orphaned_tasks()["redelivered"] == [task.name]
        assert HUEY.pending_count() == 1
        assert HUEY.get(worker.REDELIVERY_LOCK, peek=True) is None  # released after the pass

        HUEY.put(worker.REDELIVERY_LOCK, {"worker": worker.worker_id(), "at": time.time() - 3600})
        HUEY.put(worker.INFLIGHT_PREFIX + task.id, dict(worker.in_flight()[worker.INFLIGHT_PREFIX + task.id],
                                                        worker=dead))
        assert worker.redeliver_orphaned_tasks()["redelivered"] == [task.name]  # a lock past its lease
    finally:
        HUEY.flush()
        HUEY.immediate = True
