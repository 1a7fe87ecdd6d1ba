"""The three jobs the optional language model may do. Each returns an `AIText` (the text, marked
AI-generated, with the decision that logged it) or None when the model is off, fails, is too
slow or answers something unusable; callers then go on exactly as without a model.

Every use is logged through `record_decision` under its own AI system with the prompt's
reference (a hash of the prompt, never the prompt) and the output."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass

from fornuft.platform.llm.client import LanguageModelError, language_model

logger = logging.getLogger(__name__)

MAX_INPUT_CHARS = 12_000


@dataclass
class AIText:
    text: str
    system: str
    ai_generated: bool = True
    citations: tuple[int, ...] = ()
    decision_id: int | None = None


def _prompt_reference(messages: list[dict]) -> str:
    return "sha256:" + hashlib.sha256(json.dumps(messages, ensure_ascii=False).encode()).hexdigest()[:32]


def _ask(organization, system: str, subject, messages: list[dict], *, max_tokens: int = 300,
         check=None) -> AIText | None:
    model = language_model()
    if model is None:
        return None
    try:
        completion = model.chat(messages, max_tokens=max_tokens)
    except LanguageModelError as problem:
        logger.info("%s: language model not used: %s", system, problem)
        return None
    text = completion.text
    extra = check(text) if check else {}
    if extra is None:  # the answer is unusable (garbage, or cites nothing it was given)
        logger.info("%s: language model answer dropped as unusable", system)
        return None
    result = AIText(text=text, system=system, **extra)
    if organization is not None:
        from fornuft.governance.decisions import record_decision

        decision = record_decision(
            organization, system, subject=subject,
            output={"text": text[:4000], "ai_generated": True, **{k: list(v) for k, v in extra.items()}},
            explanation={"prompt_ref": _prompt_reference(messages), "model": completion.model,
                         "tokens": completion.prompt_tokens + completion.completion_tokens,
                         "seconds": completion.seconds},
            model_version=completion.model[:50] or None, open_review=False)
        result.decision_id = decision.pk
    return result


def _plain(text: str) -> dict | None:
    letters = sum(c.isalpha() for c in text)
    if len(text) < 10 or letters < 0.5 * len(text.replace(" ", "")) or text.lstrip().startswith(("{", "<")):
        return None
    return {}


def summarize(organization, text: str, *, subject, language: str = "nb", purpose: str = "hand-off") -> AIText | None:
    """A short summary for the person who takes over (hand-off) or reviews (review)."""
    instruction = ("Skriv et kort sammendrag (høyst 5 punkter) på norsk bokmål for en kollega som tar over saken."
                   if language == "nb" else
                   "Write a short summary (at most 5 bullet points) for a colleague who takes the case over.")
    messages = [{"role": "system", "content": instruction + " Use only what the text says."},
                {"role": "user", "content": text[:MAX_INPUT_CHARS]}]
    return _ask(organization, "llm.summary", subject, messages, max_tokens=250, check=_plain)


def draft_reply(organization, question: str, passages: list[dict], *, subject, language: str = "nb") -> AIText | None:
    """A reply grounded only in `passages` ([{"title", "text"}]), citing them as [1], [2]…; a draft
    that cites nothing, or a passage it was not given, is dropped."""
    if not passages:
        return None
    numbered = "\n\n".join(f"[{i}] {p.get('title', '')}\n{p.get('text', '')[:3000]}"
                           for i, p in enumerate(passages[:5], start=1))
    instruction = ("Svar kunden kort på norsk bokmål. Bruk BARE kildene under, og vis til dem som [1], [2]. "
                   "Står ikke svaret i kildene, skriv bare: INGEN KILDE."
                   if language == "nb" else
                   "Answer the customer briefly. Use ONLY the sources below and cite them as [1], [2]. If the "
                   "answer is not in them, write only: NO SOURCE.")
    messages = [{"role": "system", "content": f"{instruction}\n\n{numbered}"},
                {"role": "user", "content": question[:2000]}]
    count = len(passages[:5])

    def grounded(text: str) -> dict | None:
        if "INGEN KILDE" in text.upper() or "NO SOURCE" in text.upper() or _plain(text) is None:
            return None
        cited = tuple(sorted({int(n) for n in re.findall(r"\[(\d+)\]", text)}))
        if not cited or any(n < 1 or n > count for n in cited):
            return None
        return {"citations": cited}

    return _ask(organization, "llm.draft_reply", subject, messages, max_tokens=350, check=grounded)


def second_opinion(organization, field: str, current: str | None, text: str, *, subject) -> AIText | None:
    """What the model reads as `field` in `text` (JSON {"value": …}), for a reviewer to compare
    with the unsure extraction; None when it cannot say."""
    messages = [{"role": "system", "content": f'Read the document and give the value of "{field}". Answer only '
                 'JSON: {"value": "..."} or {"value": null} when it is not in the document.'},
                {"role": "user", "content": text[:MAX_INPUT_CHARS]}]

    def parsed(answer: str) -> dict | None:
        match = re.search(r"\{.*\}", answer, re.S)
        try:
            value = json.loads(match.group(0))["value"] if match else None
        except (ValueError, KeyError, TypeError):
            return None
        if value is None or not isinstance(value, str | int | float) or len(str(value)) > 200:
            return None
        return {}

    result = _ask(organization, "llm.second_opinion", subject, messages, max_tokens=60, check=parsed)
    if result is not None:
        match = re.search(r"\{.*\}", result.text, re.S)
        result.text = str(json.loads(match.group(0))["value"]) if match else result.text
    return result
