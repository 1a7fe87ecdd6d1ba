"""pytest plugin (loaded with `-p fornuft.testing.plugin`, before Django's settings):
points FORNUFT_HOME at a fresh temporary folder so tests never touch `var/`."""

import os
import tempfile
from pathlib import Path

os.environ["FORNUFT_HOME"] = os.environ.get("FORNUFT_TEST_HOME") or tempfile.mkdtemp(prefix="fornuft-test-")
os.environ.setdefault("FORNUFT_SECRET_KEY", "test-secret-key-not-for-production")
os.environ["FORNUFT_HUEY_IMMEDIATE"] = "1"
# Playwright's sync API runs an event loop in the test thread; Django's async-safety
# check would otherwise refuse the ORM calls that tests make around it.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
# The test database is a file, so a real huey worker in a subprocess can share it.
os.environ.setdefault("FORNUFT_SQLITE_TEST_NAME", str(Path(os.environ["FORNUFT_HOME"]) / "test.sqlite3"))
