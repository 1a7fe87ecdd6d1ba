from django.urls import path

from fornuft.projects import views

app_name = "projects"
urlpatterns = [
    path("", views.project_list, name="project-list"),
    path("status/", views.status_upload, name="status-upload"),
    path("settings/", views.planning_settings, name="settings"),
    path("suggestions/<int:pk>/", views.suggestion_decide, name="suggestion-decide"),
    path("<int:pk>/", views.project_detail, name="project-detail"),
    path("<int:pk>/replan/", views.project_replan, name="project-replan"),
    path("<int:pk>/approve/", views.project_approve, name="project-approve"),
    path("<int:pk>/reply/", views.project_reply, name="project-reply"),
    path("<int:pk>/finish/", views.project_finish, name="project-finish"),
    path("<int:pk>/status/", views.project_status, name="project-status"),
    path("<int:pk>/export/<slug:kind>/", views.project_export, name="project-export"),
]
