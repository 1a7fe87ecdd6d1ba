import pytest

from fornuft.mail import sources
from fornuft.mail.credentials import SecretUnreadable, decrypt_secret, encrypt_secret
from fornuft.mail.imap import xoauth2_string

from .conftest import make_eml


def test_drop_folder_moves_processed_and_failed_files(tmp_path):
    (tmp_path / "a.eml").write_bytes(make_eml(subject="a"))
    (tmp_path / "b.eml").write_bytes(make_eml(subject="b"))
    (tmp_path / "notes.txt").write_text("not mail")
    seen = []

    def handle(item):
        if item.source.endswith("b.eml"):
            raise RuntimeError("boom")
        seen.append(item.source)

    assert sources.drain_drop_folder(tmp_path, handle) == (1, 1)
    assert (tmp_path / "processed" / "a.eml").exists() and (tmp_path / "failed" / "b.eml").exists()
    assert (tmp_path / "notes.txt").exists() and len(seen) == 1


def test_unreadable_paths_are_reported_not_raised(tmp_path):
    items = list(sources.iter_paths([tmp_path / "missing.eml"]))
    assert len(items) == 1 and "does not exist" in items[0].error


def test_secrets_are_encrypted_with_a_key_from_secret_key():
    token = encrypt_secret("hemmelig-passord", secret_key="key-one")
    assert "hemmelig" not in token
    assert decrypt_secret(token, secret_key="key-one") == "hemmelig-passord"
    with pytest.raises(SecretUnreadable, match="Enter the password"):
        decrypt_secret(token, secret_key="key-two")
    assert encrypt_secret("") == "" and decrypt_secret("") == ""


def test_xoauth2_initial_response():
    assert xoauth2_string("kari@nordfjell.no", "tok") == b"user=kari@nordfjell.no\x01auth=Bearer tok\x01\x01"
