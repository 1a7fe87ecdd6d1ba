from django.urls import path

from fornuft.security import views

app_name = "security"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("incidents/", views.incident_list, name="incidents"),
    path("incidents/<int:pk>/", views.incident_detail, name="incident"),
    path("import/", views.import_log, name="import"),
    path("settings/", views.settings_page, name="settings"),
    path("settings/travel/", views.add_travel, name="travel"),
    path("settings/graph/", views.graph_settings, name="graph"),
    path("digest/", views.digest, name="digest"),
]
