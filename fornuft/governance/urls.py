from django.urls import path

from fornuft.governance import views

app_name = "governance"
urlpatterns = [
    path("systems/", views.system_list, name="system-list"),
    path("systems/<str:key>/", views.system_detail, name="system-detail"),
    path("systems/<str:key>/settings", views.system_update, name="system-update"),
    path("decisions/", views.decision_list, name="decision-list"),
    path("decisions/<int:seq>/", views.decision_detail, name="decision-detail"),
    path("reviews/", views.review_list, name="review-list"),
    path("reviews/<int:pk>/", views.review_detail, name="review-detail"),
    path("reviews/<int:pk>/resolve", views.review_resolve, name="review-resolve"),
]
