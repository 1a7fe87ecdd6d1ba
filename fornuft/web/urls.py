from django.urls import path

from fornuft.web import views_home

urlpatterns = [
    path("", views_home.my_work, name="dashboard"),
]
