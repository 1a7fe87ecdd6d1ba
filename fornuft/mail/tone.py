"""Urgency and sentiment of a message: small, explainable word lists (nb/en).

`urgency(text, headers)` → "high" | "normal"; `sentiment(text)` → "negative" |
"neutral" | "positive". Plain functions; both look at the newly written part of a
reply only (quoted history says nothing about today's mood).
"""

from __future__ import annotations

import re

from fornuft.ml.text import fold, strip_quoted, tokenize

URGENT_PHRASES = ["haster", "hastesak", "snarest", "umiddelbart", "så fort som mulig", "så snart som mulig",
                  "i dag", "innen i morgen", "kritisk", "akutt", "nede", "stopp i produksjonen", "viktig",
                  "urgent", "asap", "as soon as possible", "immediately", "today", "critical", "down",
                  "emergency", "deadline", "by tomorrow", "right away", "blocking", "purring", "inkasso",
                  "reminder", "overdue", "forfalt"]
POSITIVE_WORDS = {"takk", "tusen", "fornøyd", "flott", "supert", "bra", "glad", "fantastisk", "strålende",
                  "hyggelig", "kjempebra", "thanks", "thank", "great", "happy", "pleased", "excellent",
                  "wonderful", "love", "appreciate", "perfect", "awesome", "good"}
_NEGATIONS = {"ikke", "not", "no", "aldri", "never", "ingen"}
_STRONG_NEGATIVE = {"skuffet", "misfornøyd", "elendig", "klage", "uakseptabelt", "frustrert", "sint",
                    "disappointed", "unhappy", "terrible", "awful", "complaint", "unacceptable", "frustrated",
                    "angry", "worst"}


def urgency(text: str, headers: dict | None = None) -> str:
    headers = headers or {}
    if headers.get("x-priority", "").strip().startswith(("1", "2")) or headers.get("importance", "").lower() == "high":
        return "high"
    folded = " ".join(fold(strip_quoted(text)[:3000]).split())
    hits = [p for p in URGENT_PHRASES if re.search(r"\b" + re.escape(fold(p)) + r"\b", folded)]
    return "high" if hits else "normal"


def sentiment(text: str) -> str:
    tokens = tokenize(strip_quoted(text)[:3000])
    score = 0.0
    for i, token in enumerate(tokens):
        negated = i > 0 and tokens[i - 1] in _NEGATIONS
        if token in _STRONG_NEGATIVE:
            score -= 2
        elif token in POSITIVE_WORDS:
            score += -1 if negated else 1
    if score <= -2:
        return "negative"
    if score >= 2:
        return "positive"
    return "neutral"
