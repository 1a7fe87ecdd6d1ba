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


def test_in_scope_margin_against_an_out_of_scope_class():
    oos = [("fotballresultater fra i går", "oos"), ("hvem vant valget", "oos"), ("weather tomorrow", "oos"),
           ("tell me a joke", "oos"), ("beste pizza i byen", "oos"), ("football scores", "oos")]
    data = TRAIN + oos
    model = IntentClassifier(out_of_scope_label="oos").fit([t for t, _ in data], [label for _, label in data])
    labels, scores = model.in_scope_scores(["hva koster en tilstandsrapport", "fotballresultater i dag"])
    assert labels[0] == "pricing" and "oos" not in labels       # the best in-scope label, never the oos class
    assert scores[0] > scores[1]                                 # in scope scores higher than out of scope
    with pytest.raises(ValueError, match="out_of_scope_label"):
        IntentClassifier().fit([t for t, _ in TRAIN], [label for _, label in TRAIN]).in_scope_scores(["x"])


def test_scope_softmax_names_the_out_of_scope_class_for_off_topic_messages():
    oos = [("fotballresultater fra i går", "oos"), ("hvem vant valget", "oos"), ("weather tomorrow", "oos"),
           ("tell me a joke", "oos"), ("beste pizza i byen", "oos"), ("football scores", "oos")]
    data = TRAIN + oos
    model = IntentClassifier(out_of_scope_label="oos", C_margin=1.0).fit([t for t, _ in data],
                                                                         [label for _, label in data])
    labels, confidence = model.scope_softmax(["hva koster en tilstandsrapport", "fotballresultater i dag"])
    assert labels == ["pricing", "oos"]
    assert all(0.0 < p <= 1.0 for p in confidence)
    with pytest.raises(ValueError, match="out_of_scope_label"):
        IntentClassifier().fit([t for t, _ in TRAIN], [label for _, label in TRAIN]).scope_softmax(["x"])
