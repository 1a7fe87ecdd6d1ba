"""Opening adoption pages must not load WeasyPrint (only the PDF report needs it)."""

import subprocess
import sys


def test_views_do_not_import_weasyprint():
    code = ("import django, os, sys; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'fornuft.config.settings'); "
            "django.setup(); import fornuft.adoption.views, fornuft.adoption.views_plan, fornuft.adoption.api; "
            "print('weasyprint' in sys.modules, 'numpy' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.split()[-2:] == ["False", "False"]
