from django.urls import path

from fornuft.web import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
]
