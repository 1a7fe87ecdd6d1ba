"""A small fake OpenAI-compatible chat server for tests (http.server in a thread).

    with FakeLanguageModel(reply="Kort svar [1].") as server:
        settings.FORNUFT_LLM = {"BACKEND": "fornuft.platform.llm.client.OpenAICompatible",
                                "OPTIONS": {"base_url": server.url, "timeout": 1}}

`mode`: "ok" answers `reply`; "hang" sleeps past any timeout; "garbage" answers bytes that are
not JSON; "error" answers 500. `requests` holds what was asked."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeLanguageModel:
    def __init__(self, reply: str = "OK", mode: str = "ok", hang_seconds: float = 5.0):
        self.reply, self.mode, self.hang_seconds = reply, mode, hang_seconds
        self.requests: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def do_POST(self):  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                try:
                    fake.requests.append(json.loads(body))
                except ValueError:
                    fake.requests.append({})
                if fake.mode == "hang":
                    time.sleep(fake.hang_seconds)
                if fake.mode == "error":
                    self.send_response(500)
                    self.end_headers()
                    return
                if fake.mode == "garbage":
                    payload = b"\x00<html>not a completion"
                else:
                    payload = json.dumps({"model": "fake-1", "choices": [{"message": {"role": "assistant",
                                                                                     "content": fake.reply}}],
                                          "usage": {"prompt_tokens": 10, "completion_tokens": 5}}).encode()
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FakeLanguageModel:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
