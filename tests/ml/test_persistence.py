import pytest

from fornuft.ml import persistence
from fornuft.ml.classifier import TextClassifier
from fornuft.ml.persistence import IncompatibleModel, ModelFileError, load_model, save_model


@pytest.fixture(scope="module")
def model():
    texts = ["faktura vedlagt", "invoice attached", "tilbud ønskes", "quote please"] * 2
    return TextClassifier(random_state=0, calibrate=False).fit(texts, ["inv", "inv", "sal", "sal"] * 2)


def test_round_trip_with_signature(tmp_path, model):
    path = save_model(model, tmp_path / "m.fornuft", kind="text", metadata={"version": 3}, key="secret")
    assert not (tmp_path / "m.fornuft.part").exists()
    loaded, header = load_model(path, kind="text", key="secret")
    assert header["metadata"] == {"version": 3} and header["format_version"] == persistence.FORMAT_VERSION
    assert loaded.predict(["faktura"]) == model.predict(["faktura"])
    assert loaded.explain("faktura")["label"] == "inv"


def test_wrong_key_kind_or_tampering_is_refused(tmp_path, model):
    path = save_model(model, tmp_path / "m.fornuft", kind="text", key="secret")
    with pytest.raises(IncompatibleModel, match="signature"):
        load_model(path, key="other")
    with pytest.raises(IncompatibleModel, match="retrain"):
        load_model(path, kind="mail")
    data = bytearray(path.read_bytes())
    data[-10] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(IncompatibleModel, match="checksum"):
        load_model(path)


def test_other_format_version_or_plain_pickle_is_refused(tmp_path, model, monkeypatch):
    path = save_model(model, tmp_path / "m.fornuft", kind="text")
    monkeypatch.setattr(persistence, "FORMAT_VERSION", 99)
    with pytest.raises(IncompatibleModel, match="format"):
        load_model(path)
    monkeypatch.undo()
    pickled = tmp_path / "p.pkl"
    pickled.write_bytes(b"\x80\x04K\x01.")
    with pytest.raises(IncompatibleModel, match="not a Fornuft model"):
        load_model(pickled)
    with pytest.raises(ModelFileError, match="cannot read"):
        load_model(tmp_path / "missing")


class Sneaky:
    """Stands for any class outside scikit-learn/numpy/scipy/fornuft.ml."""


def test_untrusted_types_are_refused(tmp_path):
    path = save_model(Sneaky(), tmp_path / "s.fornuft", kind="x")
    with pytest.raises(IncompatibleModel, match="not allowed"):
        load_model(path)
