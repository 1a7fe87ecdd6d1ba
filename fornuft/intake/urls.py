from django.urls import path

from fornuft.intake import views

app_name = "intake"

urlpatterns = [
    path("", views.catalogue, name="catalogue"),
    path("equipment/", views.equipment_list, name="equipment-list"),
    path("offers/", views.offer_list, name="offer-list"),
    path("offers/<int:pk>/", views.offer_detail, name="offer-detail"),
    path("offers/<int:pk>/progress/", views.offer_progress, name="offer-progress"),
    path("service/", views.report_list, name="report-list"),
    path("service/<int:pk>/", views.report_detail, name="report-detail"),
    path("files/<str:kind>/<int:pk>/", views.download, name="download"),
]
