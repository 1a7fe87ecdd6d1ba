from django.urls import path

from fornuft.mail import views, views_inbox, views_inbox_settings, views_settings

app_name = "mail"
urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("messages/<int:pk>/", views.message_detail, name="message-detail"),
    path("messages/<int:pk>/category", views.message_recategorize, name="message-recategorize"),
    path("messages/<int:pk>/release", views.message_release, name="message-release"),
    path("messages/<int:pk>/quarantine", views.message_quarantine, name="message-quarantine"),
    path("drafts/<int:pk>/", views.draft_update, name="draft-update"),
    path("quarantine/", views.quarantine_list, name="quarantine"),
    path("quarantine/block", views_inbox.sender_block, name="sender-block"),
    path("quarantine/blocked/<int:pk>/remove", views_inbox.sender_unblock, name="sender-unblock"),
    path("messages/<int:pk>/delete", views_inbox.message_delete, name="message-delete"),
    path("conversations/", views_inbox.conversation_list, name="conversations"),
    path("conversations/<int:pk>/", views_inbox.conversation_detail, name="conversation"),
    path("conversations/<int:pk>/assign", views_inbox.conversation_assign, name="conversation-assign"),
    path("conversations/<int:pk>/state", views_inbox.conversation_state, name="conversation-state"),
    path("conversations/<int:pk>/reply", views_inbox.conversation_reply, name="conversation-reply"),
    path("settings/inbox/", views_inbox_settings.inbox_settings, name="inbox-settings"),
    path("settings/inbox/smtp", views_inbox_settings.smtp_save, name="smtp-save"),
    path("settings/inbox/smtp/test", views_inbox_settings.smtp_test, name="smtp-test"),
    path("settings/inbox/canned", views_inbox_settings.canned_save, name="canned-add"),
    path("settings/inbox/canned/<int:pk>/delete", views_inbox_settings.canned_delete, name="canned-delete"),
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
