from django.urls import path

from fornuft.mail import views, views_settings

app_name = "mail"
urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("messages/<int:pk>/", views.message_detail, name="message-detail"),
    path("messages/<int:pk>/category", views.message_recategorize, name="message-recategorize"),
    path("messages/<int:pk>/release", views.message_release, name="message-release"),
    path("messages/<int:pk>/quarantine", views.message_quarantine, name="message-quarantine"),
    path("drafts/<int:pk>/", views.draft_update, name="draft-update"),
    path("quarantine/", views.quarantine_list, name="quarantine"),
    path("settings/", views_settings.settings_page, name="settings"),
    path("settings/mailboxes", views_settings.mailbox_save, name="mailbox-add"),
    path("settings/mailboxes/<int:pk>", views_settings.mailbox_save, name="mailbox-edit"),
    path("settings/categories", views_settings.category_save, name="categories"),
    path("settings/rules", views_settings.rule_save, name="rule-add"),
    path("settings/rules/<int:pk>/delete", views_settings.rule_delete, name="rule-delete"),
    path("settings/known-domains", views_settings.known_domains_save, name="known-domains"),
    path("model/", views_settings.model_page, name="model"),
    path("model/retrain", views_settings.model_retrain, name="model-retrain"),
]
