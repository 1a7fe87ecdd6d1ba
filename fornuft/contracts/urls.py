from django.urls import path

from fornuft.contracts import views

app_name = "contracts"
urlpatterns = [
    path("", views.contract_list, name="contract-list"),
    path("<int:pk>/", views.contract_detail, name="contract-detail"),
    path("<int:pk>/clauses/", views.contract_clauses, name="contract-clauses"),
    path("<int:pk>/compare/<int:other>/", views.contract_compare, name="contract-compare"),
    path("playbook/", views.playbook, name="playbook"),
    path("export/", views.export, name="export"),
    path("calendar/", views.calendar, name="calendar"),
    path("calendar/<str:token>.ics", views.calendar_feed, name="calendar-feed"),
]
