from django.urls import path

from fornuft.insights import views

app_name = "insights"
urlpatterns = [
    path("", views.dataset_list, name="dataset-list"),
    path("datasets/<int:pk>/", views.dataset_detail, name="dataset-detail"),
    path("runs/<int:pk>/", views.run_detail, name="run-detail"),
    path("price/", views.price, name="price"),
    path("staffing/", views.staffing, name="staffing"),
    path("digest/", views.digest, name="digest"),
]
