"""An optional language model behind an OpenAI-compatible server the company runs itself
(llama.cpp server, vLLM, Ollama). Off by default: every feature works without it.

    FORNUFT_LLM = {"BACKEND": "fornuft.platform.llm.client.OpenAICompatible",
                   "OPTIONS": {"base_url": "http://127.0.0.1:8080/v1", "model": "qwen2.5-3b-instruct",
                               "timeout": 20, "retries": 1, "max_tokens": 400, "token_budget": 200000}}

`language_model()` gives the configured backend or None (read on each call, never at import).
`uses` holds the three jobs it may do (summaries, grounded draft replies, second opinions), each
a registered AI system whose every output is logged and marked as AI-generated; each returns None
when the model is off, slow or answers nonsense, and the caller goes on without it.
`fornuft.testing.llm` has a fake OpenAI-compatible server for tests."""

from fornuft.platform.llm.client import LanguageModelError, OpenAICompatible, language_model

__all__ = ["LanguageModelError", "OpenAICompatible", "language_model"]
