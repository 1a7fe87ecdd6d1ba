from django.urls import path

from fornuft.web import views_home, views_saved, views_search

urlpatterns = [
    path("", views_home.my_work, name="dashboard"),
    path("search/", views_search.search, name="search"),
    path("views/save", views_saved.save_view, name="save-view"),
    path("views/<int:pk>/delete", views_saved.delete_view, name="delete-view"),
]
