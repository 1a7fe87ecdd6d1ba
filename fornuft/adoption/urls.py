from django.urls import path

from fornuft.adoption import views, views_plan

app_name = "adoption"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("refresh/", views.refresh, name="refresh"),
    path("settings/", views.settings_update, name="settings"),
    path("processes/", views.process_list, name="process-list"),
    path("processes/<int:pk>/", views.process_edit, name="process-edit"),
    path("processes/<int:pk>/pilot/", views.process_to_pilot, name="process-pilot"),
    path("pilots/", views.pilot_list, name="pilot-list"),
    path("pilots/new/", views.pilot_new, name="pilot-new"),
    path("pilots/<int:pk>/", views.pilot_detail, name="pilot-detail"),
    path("pilots/<int:pk>/edit/", views.pilot_edit, name="pilot-edit"),
    path("pilots/<int:pk>/start/", views.pilot_start, name="pilot-start"),
    path("pilots/<int:pk>/baseline/", views.pilot_measure_baseline, name="pilot-baseline"),
    path("pilots/<int:pk>/decide/", views.pilot_decide, name="pilot-decide"),
    path("pilots/<int:pk>/scale/", views.pilot_scale, name="pilot-scale"),
    path("budget/", views_plan.budget, name="budget"),
    path("budget/<int:year_pk>/allocations/", views_plan.allocation_add, name="allocation-add"),
    path("roadmap/", views_plan.roadmap, name="roadmap"),
    path("roadmap/generate/", views_plan.roadmap_generate, name="roadmap-generate"),
    path("roadmap/new/", views_plan.roadmap_item, name="roadmap-new"),
    path("roadmap/<int:pk>/", views_plan.roadmap_item, name="roadmap-item"),
    path("change/", views_plan.change, name="change"),
    path("change/ideas/<int:pk>/status/", views_plan.idea_status, name="idea-status"),
    path("change/communication/", views_plan.communication_add, name="communication-add"),
    path("change/communication/<int:pk>/done/", views_plan.communication_done, name="communication-done"),
    path("report.pdf", views_plan.report_pdf, name="report"),
]
