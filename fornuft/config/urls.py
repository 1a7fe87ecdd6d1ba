from django.urls import include, path
from django.views.generic import RedirectView

from fornuft.config.api import api
from fornuft.core import health

urlpatterns = [
    path("health", health.health_view, name="health"),
    path("api/v1/", api.urls),
    path("api/docs", RedirectView.as_view(url="/api/v1/docs", permanent=False), name="api-docs"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("fornuft.web.urls")),
    path("", include("fornuft.core.urls")),
    path("governance/", include("fornuft.governance.urls")),
    path("mail/", include("fornuft.mail.urls")),
    path("documents/", include("fornuft.documents.urls")),
    path("assistant/", include("fornuft.assistant.urls")),
    path("adoption/", include("fornuft.adoption.urls")),
]

handler403 = "fornuft.web.views.forbidden"
handler404 = "fornuft.web.views.not_found"
handler500 = "fornuft.web.views.server_error"
