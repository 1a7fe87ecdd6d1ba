from fornuft.ml.sentiment import SentimentClassifier, lexicon_sentiment


def test_lexicon_labels_nb_and_en():
    assert lexicon_sentiment("Tusen takk, veldig fornøyd med rapporten!").label == "positive"
    assert lexicon_sentiment("Dette var skikkelig dårlig og skuffende").label == "negative"
    assert lexicon_sentiment("Hva koster energimerking?").label == "neutral"
    assert lexicon_sentiment("Great, really helpful").label == "positive"
    assert lexicon_sentiment("This is useless and slow").label == "negative"


def test_negation_flips_polarity():
    assert lexicon_sentiment("ikke fornøyd i det hele tatt").label == "negative"
    assert lexicon_sentiment("not happy with this").label == "negative"


def test_frustration_signals():
    calm = lexicon_sentiment("Når kommer rapporten?")
    angry = lexicon_sentiment("DETTE ER TREDJE GANG JEG SPØR!!! Fortsatt ingen svar, helt latterlig")
    assert calm.frustration < 0.2
    assert angry.frustration >= 0.6
    assert lexicon_sentiment("I'm fed up, still waiting for weeks").frustration >= 0.6


def test_trainable_classifier_learns_labels():
    texts = ["flott og bra", "veldig bra", "elendig og dårlig", "helt forferdelig", "grei nok", "helt ok"] * 3
    labels = ["Positive", "Positive", "Negative", "Negative", "Neutral", "Neutral"] * 3
    model = SentimentClassifier().fit(texts, labels)
    assert model.predict(["bra og flott"])[0] == "Positive"
    assert model.predict(["forferdelig dårlig"])[0] == "Negative"
