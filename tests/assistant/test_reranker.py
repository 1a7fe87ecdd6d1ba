"""The base's own reranker: learned from its pseudo-questions at calibration, cached with it."""

import pytest

from fornuft.assistant import calibration
from fornuft.assistant.engine import Assistant, KnowledgeBase
from fornuft.assistant.kb import Article

# A guest-house base whose titles each name what the *next* article explains (titles written
# carelessly, or copied from a template) while each heading names the article's own topic: the
# search weighs titles heavily, so a question naming a topic gets the article whose title names
# it, not the one that explains it. Pseudo-questions made of each article's own sentences and
# headings teach the base that here the text and the heading, not the title, decide.
TOPICS = [
    ("parking", "the car park behind the building has twenty spaces for visitors"),
    ("breakfast", "breakfast is served in the dining room between seven and ten"),
    ("laundry", "the laundry machines are in the basement and take coins"),
    ("wifi", "wifi network password is printed on the card in every room"),
    ("checkout", "checkout is at noon and late departure costs extra"),
    ("pets", "pets are welcome in ground floor rooms for a small cleaning fee"),
    ("sauna", "the sauna on the roof opens at four and closes at midnight"),
    ("bicycles", "bicycles can be borrowed at the reception desk for free"),
    ("luggage", "luggage can be stored in the locked room next to reception"),
    ("taxi", "a taxi can be ordered by the front desk day and night"),
]
QUESTIONS = {"where is the sauna": "sauna", "can I bring my pets": "pets", "is there wifi": "wifi",
             "when is breakfast": "breakfast", "where can I leave my luggage": "luggage"}


def _guest_house() -> KnowledgeBase:
    articles = []
    for i, (topic, text) in enumerate(TOPICS):
        named = TOPICS[(i + 1) % len(TOPICS)][0]
        articles.append(Article(id=topic, title=f"Guest notes on {named}", body=f"## {topic.capitalize()}\n\n{text}.",
                                language="en"))
    return KnowledgeBase(articles)


def _first(kb, question, **options):
    return kb.passages[kb.search(question, language="en", **options)[0].index].article_id


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("FORNUFT_HOME", str(tmp_path))
    monkeypatch.setenv("FORNUFT_ASSISTANT_RERANKER", "on")
    return tmp_path


def test_the_reranker_learns_from_the_base_that_its_titles_mislead(home):
    kb = _guest_house()
    wrong_first = [q for q, right in QUESTIONS.items() if _first(kb, q, rerank=False) != right]
    assert len(wrong_first) >= 3, "the search alone should be misled by the titles here"
    assert kb.calibration.reranker is not None
    for question, right in QUESTIONS.items():
        assert _first(kb, question) == right, question
        assert Assistant(kb).reply(question).sources == [right]


def test_the_reranker_is_cached_with_the_calibration_and_reused(home, monkeypatch):
    kb = _guest_house()
    assert kb.calibration.reranker is not None
    stored = home / "assistant" / "calibration"
    assert len(list(stored.glob("*.model"))) == 1 and len(list(stored.glob("*.reranker"))) == 1
    monkeypatch.setattr(calibration.Calibration, "fit", classmethod(lambda cls, kb, **_: (_ for _ in ()).throw(
        AssertionError("refitted although the base did not change"))))
    again = _guest_house()
    assert again.calibration.reranker is not None
    for question, right in QUESTIONS.items():
        assert Assistant(again).reply(question).sources == [right]


def test_a_calibration_without_its_reranker_file_is_fitted_again(home, monkeypatch):
    """The threshold was fitted on the reranker's order: it is not used without it."""
    _ = _guest_house().calibration
    [reranker_file] = (home / "assistant" / "calibration").glob("*.reranker")
    reranker_file.unlink()
    fits = []
    real_fit = calibration.Calibration.fit.__func__
    monkeypatch.setattr(calibration.Calibration, "fit",
                        classmethod(lambda cls, kb: fits.append(1) or real_fit(cls, kb)))
    assert _guest_house().calibration.reranker is not None
    assert fits == [1]


def test_the_reranker_is_off_unless_asked_for_and_then_the_search_order_stands(home, monkeypatch):
    monkeypatch.delenv("FORNUFT_ASSISTANT_RERANKER")
    kb = _guest_house()
    assert kb.calibration.reranker is None and kb.reranker is None
    assert not list((home / "assistant" / "calibration").glob("*.reranker"))
    for question in QUESTIONS:
        assert _first(kb, question) == _first(kb, question, rerank=False)
