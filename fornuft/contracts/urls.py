from django.urls import path

from fornuft.contracts import views

app_name = "contracts"
urlpatterns = [
    path("", views.item_list, name="item-list"),
]
