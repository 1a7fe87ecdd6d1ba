from django.urls import path

from fornuft.assistant import public, views

app_name = "assistant"
urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("c/<int:pk>/", views.conversation_detail, name="conversation"),
    path("c/<int:pk>/messages/", views.conversation_messages, name="conversation-messages"),
    path("kb/", views.article_list, name="article-list"),
    path("kb/new/", views.article_edit, name="article-new"),
    path("kb/import/", views.article_import, name="article-import"),
    path("kb/<slug:slug>/", views.article_edit, name="article-edit"),
    path("unanswered/", views.unanswered, name="unanswered"),
    path("kpis/", views.kpi_view, name="kpis"),
    path("settings/", views.settings_view, name="settings"),
    path("widget.js", public.widget_js, name="widget-js"),
    path("public/<str:key>/conversations", public.start, name="public-start"),
    path("public/<str:key>/conversations/<str:public_id>/messages", public.messages, name="public-messages"),
    path("public/<str:key>/conversations/<str:public_id>/feedback", public.feedback, name="public-feedback"),
    path("public/<str:key>/conversations/<str:public_id>/contact", public.contact, name="public-contact"),
    path("public/<str:key>/appearance", public.widget_appearance, name="public-appearance"),
    path("public/<str:key>/logo", public.widget_logo, name="public-logo"),
]
