from django.urls import path

from fornuft.glossary import views

app_name = "glossary"
urlpatterns = [
    path("", views.entry_list, name="entry-list"),
    path("add", views.entry_add, name="entry-add"),
    path("import", views.entry_import, name="entry-import"),
    path("packs", views.pack_add, name="pack-add"),
    path("suggestions", views.suggestions, name="suggestions"),
    path("<int:pk>/delete", views.entry_delete, name="entry-delete"),
]
