"""The one model lifecycle: a candidate is activated only if not worse on held-out examples
(the report kept either way), and a model file that was tampered with or not signed with
this installation's key is refused on load. Exercised with a real trainer (the assistant's
intent model: small and quick to fit)."""

import pytest

from fornuft.assistant.training import IntentTrainer, is_held_out, train_intent_model
from fornuft.core import tenancy
from fornuft.governance import model_store
from fornuft.governance.models import ModelVersion, TrainingExample
from fornuft.ml.persistence import IncompatibleModel, save_model

pytestmark = pytest.mark.django_db

HOURS = ["når åpner dere", "åpningstider lørdag", "når stenger dere i dag", "er dere åpne på søndag",
         "hva er åpningstidene", "når kan jeg ringe dere", "har dere åpent i julen", "åpent i kveld?",
         "når åpner kontoret", "åpningstid mandag", "stenger dere tidlig fredag", "når har dere åpent"]
PRICES = ["hva koster en befaring", "pris på tilstandsrapport", "hvor mye koster takst", "prisliste for takst",
          "kostnad for verdivurdering", "hva tar dere for en rapport", "pris per time", "er befaringen gratis",
          "hvor dyrt er det", "hva koster det å bestille", "pris for energiattest", "hva koster tjenesten"]


def _add(org, pairs):
    with tenancy.activate(org):
        TrainingExample.objects.bulk_create([TrainingExample(organization=org, system_key="assistant.answer", text=t,
                                                             label=i, source="import") for t, i in pairs])


def _good_model(org):
    _add(org, [(t, "hours") for t in HOURS] + [(t, "prices") for t in PRICES])
    return train_intent_model(org)


def test_a_worse_candidate_is_refused_and_its_report_kept(org):
    first = _good_model(org)
    assert first.is_active and first.outcome == "activated" and first.report["baseline"] is None
    assert first.report["held_out_examples"] > 0 and first.report["macro_f1"] > 0.5

    # Many more examples that call opening-hours questions "prices" (only ones that are
    # trained on, never held out): the candidate gets the held-out hours questions wrong.
    wrong = [f"{text} {suffix}" for text in HOURS for suffix in ("takk", "hilsen", "i dag", "nå", "?", "!")]
    _add(org, [(t, "prices") for t in wrong if not is_held_out(t)])
    second = train_intent_model(org)
    assert second.outcome == "rejected" and not second.is_active
    assert second.report["macro_f1"] < second.report["baseline"]["macro_f1"]
    assert second.report["baseline"]["version"] == first.version
    first.refresh_from_db()
    assert first.is_active and model_store.active_version(org, "assistant.answer") == first
    assert ModelVersion.objects.for_organization(org).filter(is_active=True).count() == 1


def test_a_candidate_that_is_not_worse_is_activated_and_retires_the_old_one(org):
    first = _good_model(org)
    second = train_intent_model(org)  # the same examples: the same held-out score, so not worse
    assert second.is_active and second.outcome == "activated" and second.version == "2"
    assert second.report["macro_f1"] >= second.report["baseline"]["macro_f1"]
    first.refresh_from_db()
    assert not first.is_active and first.outcome == "retired"
    assert model_store.load_active(org, "assistant.answer", IntentTrainer()).version == "2"


def test_tampered_or_unsigned_model_files_are_refused(org):
    version = _good_model(org)
    path = model_store.model_dir() / version.file_name
    model_store.forget_cached_models()
    original = path.read_bytes()

    path.write_bytes(original[:-40] + bytes(b ^ 0xFF for b in original[-40:]))  # a changed payload
    with pytest.raises(IncompatibleModel):
        model_store.load_file(version.file_name, kind=IntentTrainer.kind)
    # The request path does not crash: it falls back to no intent model (retrieval alone).
    assert model_store.load_active(org, "assistant.answer", IntentTrainer()) is None

    model = IntentTrainer().fit([(t, "hours") for t in HOURS] + [(t, "prices") for t in PRICES])
    save_model(model, path, kind=IntentTrainer.kind)  # a valid file, but not signed
    with pytest.raises(IncompatibleModel, match="signature"):
        model_store.load_file(version.file_name, kind=IntentTrainer.kind)
    save_model(model, path, kind=IntentTrainer.kind, key=b"someone else's key 0123456789")
    with pytest.raises(IncompatibleModel, match="signature"):
        model_store.load_file(version.file_name, kind=IntentTrainer.kind)

    path.write_bytes(original)
    assert model_store.load_active(org, "assistant.answer", IntentTrainer()).version == version.version
