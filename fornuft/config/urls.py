"""The site's URLs: a few of the platform's own, then every installed capability's pages
at the URL prefix its manifest names (fornuft/platform/capability.py)."""

from django.urls import include, path
from django.views.generic import RedirectView

from fornuft.config.api import api
from fornuft.core import health
from fornuft.platform.capability import url_patterns

urlpatterns = [
    path("health", health.health_view, name="health"),
    path("api/v1/", api.urls),
    path("api/docs", RedirectView.as_view(url="/api/v1/docs", permanent=False), name="api-docs"),
    path("i18n/", include("django.conf.urls.i18n")),
    *url_patterns(),
]

handler400 = "fornuft.web.views.bad_request"
handler403 = "fornuft.web.views.forbidden"
handler404 = "fornuft.web.views.not_found"
handler500 = "fornuft.web.views.server_error"
