from django.urls import path

from fornuft.web import views_home, views_search

urlpatterns = [
    path("", views_home.my_work, name="dashboard"),
    path("search/", views_search.search, name="search"),
]
