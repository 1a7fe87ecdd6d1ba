from django.urls import path

from fornuft.intake import views

app_name = "intake"

urlpatterns = [
    path("", views.catalogue, name="catalogue"),
    path("equipment/", views.equipment_list, name="equipment-list"),
]
