import os
import subprocess
import sys


def test_web_app_does_not_load_scikit_learn(tmp_path):
    code = ("import os, sys; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'fornuft.config.settings');"
            "import django; django.setup(); import fornuft.assistant.urls, fornuft.assistant.api;"
            "import fornuft.assistant.views, fornuft.assistant.services;"
            "print('sklearn' in sys.modules, 'numpy' in sys.modules)")
    env = {**os.environ, "FORNUFT_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60,
                            check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False False"
