"""Sign-ins pulled from Microsoft Graph (`/auditLogs/signIns`) with an app registration's
client credentials. Plain Python on the standard library; no Django.

The app registration needs the application permission AuditLog.Read.All (and an Entra ID P1
licence, which Graph requires for sign-in logs). Its secret comes from the environment,
never from the database. Every failure is a `GraphError` whose message says what to do."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

LOGIN_URL = "https://login.microsoftonline.com"
GRAPH_URL = "https://graph.microsoft.com"
MAX_RESPONSE_BYTES = 32 * 1024 * 1024  # one page of 1,000 sign-ins is ~3 MB
MAX_PAGES = 200  # 200,000 sign-ins per pull; the next pull goes on from where this one stopped
TIMEOUT_SECONDS = 30
RETRIES = 3


class GraphError(Exception):
    """A pull that did not work, in words an admin can act on."""


@dataclass
class GraphClient:
    tenant: str
    client_id: str
    secret: str
    login_url: str = LOGIN_URL
    graph_url: str = GRAPH_URL
    timeout: float = TIMEOUT_SECONDS
    sleep: Callable[[float], None] = time.sleep  # replaced in tests so that Retry-After does not wait
    truncated: bool = False  # the last pull stopped at MAX_PAGES; the next one goes on from there
    _token: str = field(default="", repr=False)

    def __post_init__(self) -> None:
        for url in (self.login_url, self.graph_url):
            parts = urllib.parse.urlsplit(url)
            local = parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1")
            if parts.scheme != "https" and not local:
                raise GraphError(f"{url}: Microsoft is reached over https only.")

    def signins_since(self, since_iso: str) -> Iterator[list[dict]]:
        """Pages of sign-in records created at or after `since_iso` (UTC, ISO 8601), oldest first."""
        query = urllib.parse.urlencode({"$filter": f"createdDateTime ge {since_iso}",
                                        "$orderby": "createdDateTime asc", "$top": "1000"}, safe="$ ")
        url = f"{self.graph_url.rstrip('/')}/v1.0/auditLogs/signIns?{query.replace(' ', '%20')}"
        self.truncated = False
        for _ in range(MAX_PAGES):
            page = self._get(url)
            records = page.get("value")
            if not isinstance(records, list):
                raise GraphError("Microsoft Graph answered without a list of sign-ins ('value').")
            yield [record for record in records if isinstance(record, dict)]
            url = page.get("@odata.nextLink")
            if not url:
                return
            if not str(url).startswith(self.graph_url.rstrip("/") + "/"):
                # the bearer token goes only to Microsoft Graph, never to a link elsewhere
                raise GraphError("Microsoft Graph's next page points outside Microsoft Graph; the pull stopped.")
        self.truncated = True

    def token(self) -> str:
        if not self._token:
            body = urllib.parse.urlencode({"grant_type": "client_credentials", "client_id": self.client_id,
                                           "client_secret": self.secret,
                                           "scope": f"{GRAPH_URL}/.default"}).encode()
            url = f"{self.login_url.rstrip('/')}/{urllib.parse.quote(self.tenant, safe='')}/oauth2/v2.0/token"
            request = urllib.request.Request(url, data=body, method="POST")  # noqa: S310 - checked in __post_init__
            answer = self._request(request, what="sign-in")
            token = answer.get("access_token")
            if not isinstance(token, str) or not token:
                raise GraphError("Microsoft Entra gave no access token; check the tenant id and client id.")
            self._token = token
        return self._token

    def _get(self, url: str) -> dict:
        request = urllib.request.Request(url, headers={  # noqa: S310 - checked in __post_init__ and signins_since
            "Authorization": f"Bearer {self.token()}", "Accept": "application/json"})
        return self._request(request, what="sign-in log")

    def _request(self, request: urllib.request.Request, *, what: str) -> dict:
        for attempt in range(RETRIES + 1):
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 - https or loopback, checked above
                    data = response.read(MAX_RESPONSE_BYTES + 1)
            except urllib.error.HTTPError as exc:
                exc.close()  # its body is not needed: the status says what went wrong
                if exc.code in (429, 503, 504) and attempt < RETRIES:
                    self.sleep(_retry_after(exc.headers.get("Retry-After"), attempt))
                    continue
                raise GraphError(_http_advice(exc.code, what)) from None
            except (urllib.error.URLError, TimeoutError, OSError) as exc:
                if attempt < RETRIES:
                    self.sleep(2 ** attempt)
                    continue
                reason = getattr(exc, "reason", exc)
                raise GraphError(f"Microsoft {what} could not be reached ({reason}); check the server's "
                                 "network access to Microsoft.") from None
            if len(data) > MAX_RESPONSE_BYTES:
                raise GraphError(f"Microsoft's answer is larger than {MAX_RESPONSE_BYTES // 1024 // 1024} MB.")
            try:
                answer = json.loads(data)
            except ValueError:
                raise GraphError(f"Microsoft's {what} answer is not JSON.") from None
            if not isinstance(answer, dict):
                raise GraphError(f"Microsoft's {what} answer is not a JSON object.")
            return answer
        raise GraphError(f"Microsoft {what} kept asking to wait; the next pull tries again.")


def _retry_after(header: str | None, attempt: int) -> float:
    try:
        return min(max(float(header or ""), 0.0), 60.0)
    except ValueError:
        return float(2 ** attempt)


def _http_advice(code: int, what: str) -> str:
    if code in (400, 401):
        return (f"Microsoft refused the {what} ({code}): the tenant id, client id or client secret is wrong, "
                "or the secret has expired. Make a new secret in the app registration.")
    if code == 403:
        return ("Microsoft Graph refused the sign-in log (403): give the app registration the application "
                "permission AuditLog.Read.All with admin consent; Graph needs an Entra ID P1 licence for it.")
    if code == 404:
        return f"Microsoft could not find the {what} (404): check the tenant id."
    return f"Microsoft answered {code} for the {what}; the next pull tries again."
