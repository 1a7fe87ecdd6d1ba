"""Conversation state for the command line: one JSON file per session under
FORNUFT_HOME/assistant/sessions/, so `fornuft assistant ask --session ID` continues a
conversation across invocations without a server or database."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path

from fornuft.assistant.engine import Reply, Turn

MAX_TURNS = 40


def sessions_folder() -> Path:
    from fornuft.config.environment import home

    return home() / "assistant" / "sessions"


def _path(session_id: str) -> Path:
    digest = hashlib.sha256(session_id.encode("utf-8")).hexdigest()[:32]
    return sessions_folder() / f"{digest}.json"


def load_history(session_id: str) -> list[Turn]:
    path = _path(session_id)
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return [Turn(**turn) for turn in data.get("turns", [])]
    except (ValueError, TypeError):
        return []  # a damaged session file starts a fresh conversation


def save_turns(session_id: str, history: list[Turn], message: str, reply: Reply) -> None:
    """Appends the customer's message and the reply, atomically (write then rename)."""
    turns = [*history,
             Turn("customer", message[:4000], query=reply.resolved_query, language=reply.language,
                  frustration=reply.frustration, escalated=reply.escalate),
             Turn("assistant", reply.answer, sources=reply.sources, options=reply.options, language=reply.language)]
    path = _path(session_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps({"session": session_id, "turns": [asdict(t) for t in turns[-MAX_TURNS:]]},
                         ensure_ascii=False)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(payload)
    Path(tmp).replace(path)
