from django.urls import path

from fornuft.apps import views, views_form, views_triggers

app_name = "apps"
urlpatterns = [
    path("", views.app_list, name="app-list"),
    path("<int:app_id>/", views.app_detail, name="app-detail"),
    path("<int:app_id>/builder/", views.builder, name="builder"),
    path("<int:app_id>/builder/save", views.builder_save, name="builder-save"),
    path("<int:app_id>/builder/test", views.builder_test, name="builder-test"),
    path("<int:app_id>/diff/", views.app_diff, name="app-diff"),
    path("<int:app_id>/export.json", views.app_export, name="app-export"),
    path("<int:app_id>/run", views.run_start, name="run-start"),
    path("runs/<int:run_id>/", views.run_detail, name="run-detail"),
    path("<int:app_id>/hook", views_triggers.webhook, name="webhook"),
    path("<int:app_id>/hook/token", views_triggers.webhook_token, name="webhook-token"),
    path("<int:app_id>/document", views_triggers.document_upload, name="document-upload"),
    path("tasks/<int:task_id>/done", views_triggers.task_done, name="task-done"),
    path("<int:app_id>/form/", views_form.app_form, name="app-form"),
    path("<int:app_id>/form/link", views_form.form_link, name="form-link"),
    path("form/<str:token>/", views_form.public_form, name="public-form"),
    path("settings/", views_triggers.app_settings, name="settings"),
]
