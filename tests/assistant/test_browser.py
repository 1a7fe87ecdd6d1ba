"""The widget in a real browser: embedded on a plain HTML page of another origin (with a
strict Content-Security-Policy), and the hand-off to an agent in a second browser context."""

import functools
import http.server
import threading

import pytest
from playwright.sync_api import expect

from fornuft.assistant import services
from fornuft.core.roles import Role
from fornuft.testing import factories
from fornuft.testing.browser import login

PAGE = """<!doctype html><html lang="nb"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src {origin}; connect-src {origin}; style-src 'self'">
<title>Nordfjell kundeside</title></head>
<body><h1>Nordfjell Rådgivning</h1>
<script src="{origin}/assistant/widget.js" data-key="{key}" data-lang="nb" async></script>
</body></html>"""


@pytest.fixture
def customer_site(tmp_path, live_server, org_with_kb):
    """A plain HTML page with the one <script> tag, served by http.server on another port."""
    key = services.get_settings(org_with_kb).widget_key
    (tmp_path / "index.html").write_text(PAGE.format(origin=live_server.url, key=key), encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    config = services.get_settings(org_with_kb)
    config.allowed_origins = f"http://127.0.0.1:{server.server_address[1]}"  # the shop's own site may embed it
    config.save()
    yield f"http://127.0.0.1:{server.server_address[1]}/index.html"
    server.shutdown()
    server.server_close()


def _ask(page, text):
    # No wait_for_function: the page's CSP (rightly) forbids the string evaluation it uses.
    replies = page.locator(".fornuft-chat-assistant, .fornuft-chat-system")
    count = replies.count()
    page.locator(".fornuft-chat-input").fill(text)
    page.locator(".fornuft-chat-input").press("Enter")
    # The first answer builds the knowledge-base index; on a loaded 2-core machine that took over 5 s.
    expect(replies).to_have_count(count + 1, timeout=30_000)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_widget_embedded_on_another_origin_answers_with_source(browser, customer_site):
    context = browser.new_context(locale="nb-NO")
    page = context.new_page()
    page.set_default_timeout(10_000)
    violations = []
    page.on("console", lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None)
    page.goto(customer_site)
    page.locator(".fornuft-chat-open").click()
    page.locator(".fornuft-chat-system").first.wait_for()
    assert "automatisk assistent" in page.locator(".fornuft-chat-system").first.inner_text()
    _ask(page, "Hva koster en radonmåling?")
    answer = page.locator(".fornuft-chat-assistant").last.inner_text()
    assert "2 950 kr" in answer and "Kilde: Priser på våre tjenester" in answer
    _ask(page, "<img src=x onerror=\"document.title='hacked'\"> hei")
    assert page.title() == "Nordfjell kundeside"
    assert violations == []
    context.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_hand_off_from_widget_to_agent_inbox_and_back(browser, customer_site, live_server, org_with_kb):
    factories.user(org_with_kb, Role.SUPPORT, username="kari")
    customer_context = browser.new_context(locale="nb-NO")
    customer = customer_context.new_page()
    customer.set_default_timeout(10_000)
    customer.goto(customer_site)
    customer.locator(".fornuft-chat-open").click()
    customer.locator(".fornuft-chat-system").first.wait_for()
    _ask(customer, "Jeg vil snakke med et menneske om rapporten min")
    assert "medarbeider" in customer.locator(".fornuft-chat-assistant").last.inner_text()

    agent_context = browser.new_context(locale="en-GB", base_url=live_server.url)
    agent = agent_context.new_page()
    agent.set_default_timeout(10_000)
    login(agent, live_server.url, "kari", factories.PASSWORD)
    agent.goto(f"{live_server.url}/assistant/")
    agent.locator(".conversation-link").first.click()
    assert "The customer asked for a person" in agent.locator("#handoff-reason").inner_text()
    assert "om rapporten min" in agent.locator("#transcript").inner_text()
    agent.locator("#reply-text").fill("Hei, dette er Kari. Jeg ser på rapporten din nå.")
    agent.locator("#send-reply").click()
    agent.wait_for_load_state()

    customer.locator(".fornuft-chat-agent").wait_for(timeout=8_000)
    assert "Jeg ser på rapporten din" in customer.locator(".fornuft-chat-agent").inner_text()
    _ask_no_bot = customer.locator(".fornuft-chat-input")
    _ask_no_bot.fill("Takk! Hva koster energimerking forresten?")
    _ask_no_bot.press("Enter")
    agent.locator("#transcript").get_by_text("energimerking forresten").wait_for(timeout=8_000)  # htmx polling
    assert customer.locator(".fornuft-chat-assistant").count() == 1   # the bot stayed silent
    agent_context.close()
    customer_context.close()


BRANDED_PAGE = """<!doctype html><html lang="nb"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src {origin}; connect-src {origin}; img-src {origin}; style-src 'self'">
<title>Nordfjell kundeside</title></head>
<body><h1>Nordfjell Rådgivning</h1>
<script src="{origin}/assistant/widget.js" data-key="{key}" data-lang="nb" async></script>
</body></html>"""
LOGO_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8cfc0f01f0005"
    "0001ff5b0e3e2e0000000049454e44ae426082")


def _screenshot(page, name: str) -> None:
    """Set FORNUFT_SCREENSHOTS to a folder to keep what the customer and the agent saw."""
    import os
    from pathlib import Path

    folder = os.environ.get("FORNUFT_SCREENSHOTS")
    if folder:
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_closed_hand_off_captures_contact_in_a_branded_widget(browser, customer_site, live_server, org_with_kb,
                                                              tmp_path):
    config = services.get_settings(org_with_kb)
    config.weekdays = ""  # customer service is closed
    config.widget_colour, config.greeting_nb = "#7a1f3d", "Hei! Velkommen til Nordfjell."
    config.widget_logo, config.widget_logo_type = LOGO_PNG, "image/png"
    config.save()
    (tmp_path / "index.html").write_text(BRANDED_PAGE.format(origin=live_server.url, key=config.widget_key),
                                         encoding="utf-8")
    factories.user(org_with_kb, Role.SUPPORT, username="kari")

    customer_context = browser.new_context(locale="nb-NO")
    customer = customer_context.new_page()
    customer.set_default_timeout(10_000)
    violations = []
    customer.on("console", lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text else None)
    customer.goto(customer_site)
    expect(customer.locator(".fornuft-chat-logo")).to_have_count(1)
    assert customer.locator(".fornuft-chat-open").evaluate("b => getComputedStyle(b).backgroundColor") \
        == "rgb(122, 31, 61)"
    customer.locator(".fornuft-chat-open").click()
    expect(customer.locator(".fornuft-chat-assistant").first).to_contain_text("Velkommen til Nordfjell")
    _ask(customer, "Jeg vil snakke med et menneske om rapporten min")
    assert "stengt" in customer.locator(".fornuft-chat-assistant").last.inner_text()

    contact = customer.locator(".fornuft-chat-contact")
    expect(contact).to_be_visible()
    customer.locator(".fornuft-chat-contact-email").fill("kari@")
    contact.get_by_role("button").click()
    expect(customer.locator(".fornuft-chat-contact-error")).to_have_text("Det er ikke en gyldig e-postadresse.")
    customer.locator(".fornuft-chat-contact-email").fill("")
    customer.locator(".fornuft-chat-contact-phone").fill("912 34 567")
    _screenshot(customer, "chat-contact-capture")
    contact.get_by_role("button").click()
    expect(customer.locator(".fornuft-chat-system").last).to_contain_text("Vi kontakter deg på +47 912 34 567")
    expect(contact).to_be_hidden()
    assert violations == []

    agent_context = browser.new_context(locale="nb-NO", base_url=live_server.url)
    agent = agent_context.new_page()
    agent.set_default_timeout(10_000)
    login(agent, live_server.url, "kari", factories.PASSWORD)
    agent.goto(f"{live_server.url}/assistant/")
    agent.locator(".conversation-link").first.click()
    expect(agent.locator("#customer-contact")).to_contain_text("+47 912 34 567")
    expect(agent.locator("#handoff-reason")).to_have_text("Kunden ba om å få snakke med en person")
    expect(agent.locator("#transcript .chat-customer").first).to_contain_text("om rapporten min")
    assert agent.locator("#intent-field option").count() > 1
    _screenshot(agent, "chat-hand-off-agent")
    agent_context.close()
    customer_context.close()
