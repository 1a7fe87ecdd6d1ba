"""The optional language model: the client against a fake OpenAI-compatible server (answers,
hangs, garbage, errors, budget), and the uses falling back to nothing when it fails."""

import time

import pytest

from fornuft.governance.models import Decision
from fornuft.platform.llm import uses
from fornuft.platform.llm.client import LanguageModelError, OpenAICompatible
from fornuft.testing.llm import FakeLanguageModel


def _configure(settings, server, **options):
    settings.FORNUFT_LLM = {"BACKEND": "fornuft.platform.llm.client.OpenAICompatible",
                            "OPTIONS": {"base_url": server.url, "timeout": 0.5, "retries": 1, **options}}


def test_the_client_returns_the_completion_and_counts_tokens():
    with FakeLanguageModel(reply="Hei!") as server:
        client = OpenAICompatible(server.url, "m", timeout=2)
        completion = client.chat([{"role": "user", "content": "hei"}])
    assert completion.text == "Hei!" and completion.model == "fake-1"
    assert client.tokens_used == 15
    assert server.requests[0]["messages"][0]["content"] == "hei"


def test_a_hanging_server_times_out_within_the_limit():
    with FakeLanguageModel(mode="hang", hang_seconds=3) as server:
        client = OpenAICompatible(server.url, timeout=0.3, retries=1)
        started = time.monotonic()
        with pytest.raises(LanguageModelError, match="cannot reach"):
            client.chat([{"role": "user", "content": "x"}])
    assert time.monotonic() - started < 2.0  # two tries of 0.3 s and one pause, not the server's 3 s
    assert len(server.requests) == 2


@pytest.mark.parametrize("mode, message", [("garbage", "not a chat completion"), ("error", "HTTP 500")])
def test_garbage_and_errors_are_a_clear_error(mode, message):
    with FakeLanguageModel(mode=mode) as server:
        with pytest.raises(LanguageModelError, match=message):
            OpenAICompatible(server.url, timeout=1, retries=0).chat([{"role": "user", "content": "x"}])


def test_the_token_budget_stops_the_client():
    with FakeLanguageModel(reply="ok ok ok") as server:
        client = OpenAICompatible(server.url, timeout=1, max_tokens=50, token_budget=120)
        client.chat([{"role": "user", "content": "x"}])
        client.chat([{"role": "user", "content": "x"}])
        with pytest.raises(LanguageModelError, match="budget"):
            client.chat([{"role": "user", "content": "x" * 400}])


def test_a_bad_url_is_refused():
    with pytest.raises(ValueError):
        OpenAICompatible("file:///etc/passwd")


def test_off_by_default_every_use_returns_none(org, settings):
    settings.FORNUFT_LLM = None
    assert uses.summarize(org, "tekst", subject=("x", 1)) is None
    assert uses.draft_reply(org, "spørsmål", [{"title": "A", "text": "B"}], subject=("x", 1)) is None
    assert uses.second_opinion(org, "invoice_number", None, "Faktura 12", subject=("x", 1)) is None


def test_a_grounded_draft_is_logged_marked_and_cites_its_passages(org, settings):
    with FakeLanguageModel(reply="Du kan avbestille inntil 24 timer før [1].") as server:
        _configure(settings, server)
        draft = uses.draft_reply(org, "Kan jeg avbestille?", [{"title": "Avbestilling", "text": "24 timer før."}],
                                 subject=("assistant.conversation", 7))
    assert draft is not None and draft.ai_generated and draft.citations == (1,)
    decision = Decision.objects.for_organization(org).get(pk=draft.decision_id)
    assert decision.system.key == "llm.draft_reply"
    assert decision.output["ai_generated"] is True
    assert decision.explanation["prompt_ref"].startswith("sha256:")
    assert "Kan jeg avbestille" not in str(decision.explanation)  # a reference, not the prompt


@pytest.mark.parametrize("reply", ["Ja, det går fint.", "Se kilde [3].", "INGEN KILDE", "{\"x\": 1}"])
def test_a_draft_citing_nothing_or_an_unknown_source_is_dropped(org, settings, reply):
    with FakeLanguageModel(reply=reply) as server:
        _configure(settings, server)
        assert uses.draft_reply(org, "Spørsmål?", [{"title": "A", "text": "B"}], subject=("x", 1)) is None


@pytest.mark.parametrize("mode", ["hang", "garbage", "error"])
def test_a_failing_model_falls_back_to_nothing(org, settings, mode):
    with FakeLanguageModel(mode=mode, hang_seconds=2) as server:
        _configure(settings, server)
        assert uses.summarize(org, "En lang samtale om en faktura.", subject=("x", 1)) is None
    assert not Decision.objects.for_organization(org).filter(system__key="llm.summary").exists()


def test_summary_and_second_opinion(org, settings):
    with FakeLanguageModel(reply="- Kunden venter på kreditnota\n- Ring tilbake i dag") as server:
        _configure(settings, server)
        summary = uses.summarize(org, "Samtale …", subject=("x", 1))
    assert summary is not None and "kreditnota" in summary.text
    with FakeLanguageModel(reply='{"value": "10234"}') as server:
        _configure(settings, server)
        opinion = uses.second_opinion(org, "invoice_number", "1O234", "Fakturanr 10234", subject=("x", 2))
    assert opinion is not None and opinion.text == "10234"
    with FakeLanguageModel(reply="I think it is 10234") as server:
        _configure(settings, server)
        assert uses.second_opinion(org, "invoice_number", None, "Fakturanr 10234", subject=("x", 3)) is None
