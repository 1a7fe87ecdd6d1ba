import pytest

from fornuft.ml.intent import IntentClassifier

TRAIN = [
    ("hva koster energimerking", "pricing"), ("pris på tilstandsrapport", "pricing"),
    ("what does it cost", "pricing"), ("how much is a survey", "pricing"),
    ("når har dere åpent", "hours"), ("åpningstider i dag", "hours"),
    ("when are you open", "hours"), ("opening hours on friday", "hours"),
    ("jeg vil avbestille", "cancel"), ("avlyse befaringen", "cancel"),
    ("cancel my visit", "cancel"), ("I need to cancel", "cancel"),
]


def test_learns_and_predicts_intents():
    model = IntentClassifier(threshold=0.0).fit([t for t, _ in TRAIN], [label for _, label in TRAIN])
    assert model.predict(["hva koster en rapport", "er dere aapne paa fredag", "kanseller befaringen min"]) == \
        ["pricing", "hours", "cancel"]


def test_threshold_gives_out_of_scope():
    model = IntentClassifier(threshold=0.99).fit([t for t, _ in TRAIN], [label for _, label in TRAIN])
    label, confidence = model.predict_one("fotballresultater fra i går")
    assert label is None and confidence < 0.99


def test_needs_two_intents():
    with pytest.raises(ValueError, match="two intents"):
        IntentClassifier().fit(["a", "b"], ["x", "x"])
