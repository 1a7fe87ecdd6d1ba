import os
import subprocess
import sys


def test_mail_web_modules_do_not_load_scikit_learn(tmp_path):
    code = ("import os, sys; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'fornuft.config.settings');"
            "import django; django.setup();"
            "import fornuft.config.urls, fornuft.mail.views, fornuft.mail.api, fornuft.mail.intake, fornuft.mail.tasks;"
            "print(sorted(m for m in ('sklearn', 'numpy', 'scipy', 'skops') if m in sys.modules))")
    env = {**os.environ, "FORNUFT_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
