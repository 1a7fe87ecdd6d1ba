"""Configuration from FORNUFT_* variables; bad values give one clear line."""

import os
import subprocess
import sys

import pytest

from fornuft.config import environment as env


def run_cli(*args, **extra_env):
    environment = {**os.environ, **extra_env}
    return subprocess.run([sys.executable, "-m", "fornuft.cli", *args], capture_output=True, text=True,
                          env=environment, timeout=120)


def test_database_url_is_parsed():
    parsed = env.parse_database_url("postgres://fornuft:s%40cret@db.local:5433/fornuft")
    assert (parsed.host, parsed.port, parsed.name, parsed.user, parsed.password) == (
        "db.local", 5433, "fornuft", "fornuft", "s@cret")


@pytest.mark.parametrize(("url", "message"), [
    ("mysql://x@y/z", "unsupported scheme"),
    ("postgres://x@y", "no database name"),
    ("postgres://x@y:notaport/z", "invalid port"),
])
def test_bad_database_url_names_the_variable(url, message):
    with pytest.raises(env.ConfigurationError, match=message) as error:
        env.parse_database_url(url)
    assert str(error.value).startswith("FORNUFT_DATABASE_URL")


def test_unreachable_database_gives_one_line_and_exit_1(tmp_path):
    result = run_cli("audit", "verify", FORNUFT_HOME=str(tmp_path),
                     FORNUFT_DATABASE_URL="postgres://nobody@127.0.0.1:1/fornuft")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Error: FORNUFT_DATABASE_URL: cannot connect to PostgreSQL at 127.0.0.1:1/fornuft")
    assert "Traceback" not in result.stderr


def test_malformed_database_url_gives_one_line(tmp_path):
    result = run_cli("audit", "verify", FORNUFT_HOME=str(tmp_path), FORNUFT_DATABASE_URL="mysql://a@b/c")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "Error: FORNUFT_DATABASE_URL: unsupported scheme 'mysql'; use postgres://user:password@host:5432/name "
        "(unset it for SQLite)")


def test_secret_key_is_generated_once_and_kept(tmp_path, monkeypatch):
    monkeypatch.delenv("FORNUFT_SECRET_KEY", raising=False)
    first = env.secret_key(tmp_path)
    assert len(first) > 40
    assert env.secret_key(tmp_path) == first
    assert oct((tmp_path / "secret_key").stat().st_mode)[-3:] == "600"


def test_flags_and_limits(monkeypatch):
    monkeypatch.setenv("FORNUFT_DEBUG", "maybe")
    with pytest.raises(env.ConfigurationError, match="FORNUFT_DEBUG"):
        env.flag("FORNUFT_DEBUG")
    monkeypatch.setenv("FORNUFT_MAX_UPLOAD_MB", "0")
    with pytest.raises(env.ConfigurationError, match="FORNUFT_MAX_UPLOAD_MB"):
        env.megabytes("FORNUFT_MAX_UPLOAD_MB", 50)


def test_debug_is_off_by_default(settings):
    assert settings.DEBUG is False


def test_cli_usage_errors_exit_2_and_help_exits_0():
    assert run_cli("--help").returncode == 0
    assert run_cli("audit", "verify", "--help").returncode == 0
    wrong = run_cli("no-such-command")
    assert wrong.returncode == 2 and "No such command" in wrong.stderr
