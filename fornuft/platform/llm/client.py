"""The chat-completions client (stdlib urllib): timeouts, retries with back-off, a token budget."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

MAX_RESPONSE_BYTES = 2 * 1024 * 1024


class LanguageModelError(Exception):
    """The model could not give an answer (off, unreachable, too slow, over budget, garbage)."""


@dataclass
class Completion:
    text: str
    model: str
    prompt_tokens: int
    completion_tokens: int
    seconds: float


class OpenAICompatible:
    """POST {base_url}/chat/completions, as llama.cpp server, vLLM and Ollama answer it.

    `timeout` seconds per try; `retries` more tries after a connection error, a timeout or a 5xx
    (not after a 4xx); `token_budget` tokens in all for this client's life (prompt + answer,
    counted from the server's `usage`, else estimated at 4 characters a token)."""

    def __init__(self, base_url: str, model: str = "", *, api_key: str = "", timeout: float = 20.0,
                 retries: int = 1, max_tokens: int = 400, token_budget: int = 200_000, temperature: float = 0.2):
        if not base_url.startswith(("http://", "https://")):
            raise ValueError("FORNUFT_LLM base_url must start with http:// or https://")
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.api_key = api_key
        self.timeout = float(timeout)
        self.retries = max(0, int(retries))
        self.max_tokens = int(max_tokens)
        self.token_budget = int(token_budget)
        self.temperature = temperature
        self.tokens_used = 0
        self._lock = threading.Lock()

    def chat(self, messages: list[dict[str, str]], *, max_tokens: int | None = None) -> Completion:
        """The model's reply to `messages`; LanguageModelError with the reason otherwise."""
        max_tokens = min(max_tokens or self.max_tokens, self.max_tokens)
        estimate = sum(len(m.get("content", "")) for m in messages) // 4 + max_tokens
        with self._lock:
            if self.tokens_used + estimate > self.token_budget:
                raise LanguageModelError(f"token budget spent ({self.tokens_used} of {self.token_budget})")
        body = json.dumps({"model": self.model, "messages": messages, "max_tokens": max_tokens,
                           "temperature": self.temperature, "stream": False}).encode()
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        started = time.monotonic()
        last_problem = "no answer"
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(min(0.5 * 2 ** (attempt - 1), 4.0))
            request = urllib.request.Request(f"{self.base_url}/chat/completions", data=body,  # noqa: S310
                                             headers=headers,
                                             method="POST")
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 - configured URL
                    raw = response.read(MAX_RESPONSE_BYTES + 1)
            except urllib.error.HTTPError as exc:
                last_problem = f"HTTP {exc.code}"
                if 400 <= exc.code < 500:
                    break
                continue
            except (urllib.error.URLError, TimeoutError, OSError) as exc:
                last_problem = f"cannot reach the model: {getattr(exc, 'reason', exc)}"
                continue
            if len(raw) > MAX_RESPONSE_BYTES:
                raise LanguageModelError("the model's answer is too large")
            completion = self._parse(raw, started)
            with self._lock:
                self.tokens_used += completion.prompt_tokens + completion.completion_tokens
            return completion
        raise LanguageModelError(last_problem)

    def _parse(self, raw: bytes, started: float) -> Completion:
        try:
            data: Any = json.loads(raw)
            text = data["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise LanguageModelError("the model answered something that is not a chat completion") from None
        if not isinstance(text, str) or not text.strip():
            raise LanguageModelError("the model's answer is empty")
        usage = data.get("usage") if isinstance(data, dict) else None
        usage = usage if isinstance(usage, dict) else {}
        return Completion(text=text.strip(), model=str(data.get("model") or self.model),
                          prompt_tokens=int(usage.get("prompt_tokens") or 0),
                          completion_tokens=int(usage.get("completion_tokens") or len(text) // 4),
                          seconds=round(time.monotonic() - started, 3))


_instances: dict[str, OpenAICompatible] = {}


def language_model():
    """The configured backend (one instance per configuration, so the budget is shared), or None."""
    from django.conf import settings
    from django.utils.module_loading import import_string

    config = getattr(settings, "FORNUFT_LLM", None) if settings.configured else None
    if not config:
        return None
    key = json.dumps(config, sort_keys=True, default=str)
    if key not in _instances:
        backend = import_string(config["BACKEND"]) if isinstance(config, dict) else import_string(config)
        options = config.get("OPTIONS", {}) if isinstance(config, dict) else {}
        _instances[key] = backend(**options)
    return _instances[key]
