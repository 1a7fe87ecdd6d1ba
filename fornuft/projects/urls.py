from django.urls import path

from fornuft.projects import views

app_name = "projects"
urlpatterns = [
    path("", views.item_list, name="item-list"),
]
