"""Heavy libraries (PDF, OCR, XML, imaging, numpy) load only when a document is read."""

import subprocess
import sys

CODE = """
import os, sys
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fornuft.config.settings")
import django
django.setup()
import fornuft.documents.views, fornuft.documents.api, fornuft.documents.services, fornuft.documents.intake
import fornuft.documents.suppliers, fornuft.documents.cli
heavy = [m for m in ("pypdfium2", "lxml", "PIL", "numpy", "sklearn", "weasyprint") if m in sys.modules]
print(",".join(heavy))
"""


def test_documents_web_layer_imports_no_heavy_library(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", CODE],
        capture_output=True,
        text=True,
        check=False,
        env={"FORNUFT_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1:] in ([""], []), done.stdout
