"""The configured response to a watcher alert: a webhook, an e-mail to IT, a command
(a snapshot, remounting the share read-only …). Responses run on a thread of their own,
so a slow webhook never delays the next alert; a failing one is reported on stderr."""

from __future__ import annotations

import json
import queue
import shlex
import subprocess
import sys
import threading
import urllib.request

COMMAND_TIMEOUT = 120


class Responder:
    def __init__(self, *, webhook: str | None = None, mail_to: str | None = None, command: str | None = None) -> None:
        if webhook and not webhook.startswith(("http://", "https://")):
            raise ValueError("the webhook must be an http(s) URL")
        self.webhook, self.mail_to = webhook, mail_to
        self.command = shlex.split(command) if command else None
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self.done: list[tuple[str, bool]] = []

    @property
    def active(self) -> bool:
        return bool(self.webhook or self.mail_to or self.command)

    def respond(self, alert: dict) -> None:
        if not self.active:
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._work, name="security-responses", daemon=True)
            self._thread.start()
        self._queue.put(alert)

    def close(self, timeout: float = 3.0) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout)

    def _work(self) -> None:
        while True:
            alert = self._queue.get()
            if alert is None:
                return
            for name, action in (("webhook", self._post), ("mail", self._mail), ("command", self._run)):
                try:
                    ok = action(alert)
                except Exception as exc:  # noqa: BLE001 - a response failing must not stop the watcher
                    sys.stderr.write(json.dumps({"event": "response_failed", "response": name,
                                                 "reason": str(exc)[:200]}) + "\n")
                    ok = False
                if ok is not None:
                    self.done.append((name, ok))

    def _post(self, alert: dict) -> bool | None:
        if not self.webhook:
            return None
        request = urllib.request.Request(self.webhook, data=json.dumps(alert).encode(), method="POST",  # noqa: S310
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - an admin-configured URL
            return 200 <= response.status < 300

    def _mail(self, alert: dict) -> bool | None:
        if not self.mail_to:
            return None
        from fornuft.platform.cli import setup_django

        setup_django()
        from django.core.mail import send_mail

        subject = f"[Fornuft security] {alert.get('rule')}: {alert.get('path') or alert.get('user') or ''}"[:200]
        send_mail(subject, alert.get("reason", "") + "\n\n" + json.dumps(alert, indent=2, ensure_ascii=False),
                  None, [self.mail_to])
        return True

    def _run(self, alert: dict) -> bool | None:
        if not self.command:
            return None
        result = subprocess.run(self.command, input=json.dumps(alert).encode(), capture_output=True,  # noqa: S603
                                timeout=COMMAND_TIMEOUT, check=False)
        return result.returncode == 0
