"""Playwright driving Debian's Chromium (/usr/bin/chromium); no browser download."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

CHROMIUM = os.environ.get("FORNUFT_CHROMIUM", "/usr/bin/chromium")
# Without the background-networking flags Chromium keeps dialling Google on a closed network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]


def chromium_available() -> bool:
    return shutil.which(CHROMIUM) is not None or Path(CHROMIUM).exists()


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


def login(page, base_url: str, username: str, password: str) -> None:
    page.goto(f"{base_url}/login/")
    page.get_by_label("Username").or_(page.get_by_label("Brukernavn")).fill(username)
    page.get_by_label("Password").or_(page.get_by_label("Passord")).fill(password)
    page.get_by_role("button", name="Log in").or_(page.get_by_role("button", name="Logg inn")).click()
    page.wait_for_url(lambda url: "/login/" not in url)


def temporary_profile() -> str:
    return tempfile.mkdtemp(prefix="fornuft-chromium-")
