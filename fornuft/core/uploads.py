"""Temporary files of uploads are removed when the request ends, also when the upload was
cut off. Django streams a large upload to a temporary file and closes it only on a parsed
request; when the connection drops half-way, the half file was left to the garbage collector
(or, if the worker was killed, on disk). The handler records each temporary file on the
request and the middleware closes (and so deletes) them after the response."""

from __future__ import annotations

from django.core.files.uploadhandler import TemporaryFileUploadHandler


class TrackedTemporaryFileUploadHandler(TemporaryFileUploadHandler):
    def new_file(self, *args, **kwargs) -> None:
        super().new_file(*args, **kwargs)
        if self.request is not None:
            self.request.__dict__.setdefault("_temporary_uploads", []).append(self.file)


class CloseTemporaryUploadsMiddleware:
    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request):
        try:
            return self.get_response(request)
        finally:
            for upload in request.__dict__.get("_temporary_uploads", ()):
                try:
                    upload.close()  # a NamedTemporaryFile: closing deletes it
                except FileNotFoundError:  # already moved or removed
                    pass
