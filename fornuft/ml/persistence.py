"""Saving and loading trained estimators safely: skops (never raw pickle), a format
version, a signature, and an atomic write.

File layout (one file):

    FORNUFT-MODEL\\n
    {"format_version": 1, "kind": ..., "signature": "<hex>", "sha256": "<hex>",
     "sklearn": "1.9.1", "metadata": {...}}\\n
    <skops bytes>

- `save_model(estimator, path, kind=..., metadata=..., key=...)` writes `path.part`,
  fsyncs it and renames it over `path`, so a crash never leaves half a model.
- `load_model(path, kind=..., key=...)` checks the magic line, format version, kind,
  checksum and — when a `key` is given — the HMAC-SHA256 signature, then loads with
  skops allowing only types from scikit-learn, numpy, scipy and `fornuft.ml` (plus the
  exact class names a caller passes as `trusted_types`).
  Any mismatch raises `IncompatibleModel` with a message that says to retrain; callers
  catch it and retrain instead of guessing.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from pathlib import Path

MAGIC = b"FORNUFT-MODEL\n"
FORMAT_VERSION = 1
_TRUSTED_PREFIXES = ("sklearn.", "numpy.", "scipy.", "fornuft.ml.", "builtins.")


class ModelFileError(Exception):
    """The model file cannot be used."""


class IncompatibleModel(ModelFileError):
    """The file was written by another format/library version, for another kind of
    model, or fails its signature: retrain instead of loading it."""


def _signature(payload: bytes, key: bytes | str | None) -> str:
    if key is None:
        return ""
    if isinstance(key, str):
        key = key.encode()
    return hmac.new(key, payload, hashlib.sha256).hexdigest()


def _sklearn_version() -> str:
    try:
        import sklearn

        return sklearn.__version__
    except ImportError:  # pragma: no cover - sklearn is a hard dependency
        return ""


def dumps_model(estimator, *, kind: str, metadata: dict | None = None,
                key: bytes | str | None = None) -> bytes:
    """The file contents `save_model` writes."""
    import skops.io as sio

    payload = sio.dumps(estimator)
    header = {
        "format_version": FORMAT_VERSION,
        "kind": kind,
        "sha256": hashlib.sha256(payload).hexdigest(),
        "signature": _signature(payload, key),
        "sklearn": _sklearn_version(),
        "metadata": metadata or {},
    }
    return MAGIC + json.dumps(header, sort_keys=True).encode() + b"\n" + payload


def save_model(estimator, path: str | os.PathLike, *, kind: str, metadata: dict | None = None,
               key: bytes | str | None = None) -> Path:
    """Writes `estimator` to `path` atomically (via `path.part` and rename); returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = dumps_model(estimator, kind=kind, metadata=metadata, key=key)
    part = path.with_name(path.name + ".part")
    with open(part, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    part.replace(path)
    return path


def read_header(data: bytes) -> tuple[dict, bytes]:
    """Splits file contents into (header, skops payload); raises IncompatibleModel."""
    if not data.startswith(MAGIC):
        raise IncompatibleModel("not a Fornuft model file (missing header); retrain the model")
    end = data.find(b"\n", len(MAGIC))
    if end < 0:
        raise IncompatibleModel("model file header is damaged; retrain the model")
    try:
        header = json.loads(data[len(MAGIC):end])
    except ValueError:
        raise IncompatibleModel("model file header is damaged; retrain the model") from None
    return header, data[end + 1:]


def loads_model(data: bytes, *, kind: str | None = None, key: bytes | str | None = None,
                require_same_sklearn: bool = True, trusted_types: tuple[str, ...] = ()):
    """Returns (estimator, header) from file contents; see `load_model`. `trusted_types`
    names further classes (exact dotted names) the caller's model is made of."""
    import skops.io as sio

    header, payload = read_header(data)
    if header.get("format_version") != FORMAT_VERSION:
        raise IncompatibleModel(
            f"model file format {header.get('format_version')} is not the supported format {FORMAT_VERSION}; "
            "retrain the model")
    if kind is not None and header.get("kind") != kind:
        raise IncompatibleModel(
            f"model file holds a {header.get('kind')!r} model, not {kind!r}; retrain the model")
    if hashlib.sha256(payload).hexdigest() != header.get("sha256"):
        raise IncompatibleModel("model file is damaged (checksum mismatch); retrain the model")
    if key is not None and not hmac.compare_digest(_signature(payload, key), header.get("signature") or ""):
        raise IncompatibleModel(
            "model file signature does not match this installation's key; retrain the model")
    if require_same_sklearn and header.get("sklearn") != _sklearn_version():
        raise IncompatibleModel(
            f"model was trained with scikit-learn {header.get('sklearn')}, this is {_sklearn_version()}; "
            "retrain the model")
    untrusted = sio.get_untrusted_types(data=payload)
    refused = [t for t in untrusted if not t.startswith(_TRUSTED_PREFIXES) and t not in trusted_types]
    if refused:
        raise IncompatibleModel(f"model file contains types that are not allowed: {', '.join(refused[:5])}")
    try:
        estimator = sio.loads(payload, trusted=untrusted)
    except Exception as exc:  # skops raises many kinds; all mean "cannot use this file"
        raise IncompatibleModel(
            f"model file cannot be loaded ({type(exc).__name__}: {exc}); retrain the model") from exc
    return estimator, header


def load_model(path: str | os.PathLike, *, kind: str | None = None, key: bytes | str | None = None,
               require_same_sklearn: bool = True, trusted_types: tuple[str, ...] = ()):
    """Returns (estimator, header) from `path`. Raises `ModelFileError` if the file is
    missing and `IncompatibleModel` if it must be retrained (see module docstring)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelFileError(f"cannot read model file {path}: {exc.strerror or exc}") from None
    return loads_model(data, kind=kind, key=key, require_same_sklearn=require_same_sklearn,
                       trusted_types=trusted_types)
