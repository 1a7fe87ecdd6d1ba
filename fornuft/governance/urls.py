from django.urls import path

from fornuft.governance import views

app_name = "governance"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("systems/", views.system_list, name="system-list"),
    path("systems/<str:key>/", views.system_detail, name="system-detail"),
    path("systems/<str:key>/settings", views.system_update, name="system-update"),
    path("decisions/", views.decision_list, name="decision-list"),
    path("decisions/<int:seq>/", views.decision_detail, name="decision-detail"),
    path("reviews/", views.review_list, name="review-list"),
    path("reviews/<int:pk>/", views.review_detail, name="review-detail"),
    path("reviews/<int:pk>/resolve", views.review_resolve, name="review-resolve"),
    path("reviews/<int:pk>/assist", views.review_assist, name="review-assist"),
    path("reviews/bulk", views.review_bulk, name="review-bulk"),
]

# Compliance: registry extensions, risk questionnaire, GDPR, AI literacy, policy, exports.
from fornuft.governance import views_explorer, views_literacy, views_privacy, views_registry  # noqa: E402

urlpatterns += [
    path("compliance/", views_registry.compliance_overview, name="compliance"),
    path("compliance/dates/", views_registry.regulation_dates, name="regulation-dates"),
    path("systems-new/", views_registry.system_create, name="system-create"),
    path("systems/<str:key>/classify/", views_registry.system_classify, name="system-classify"),
    path("systems/<str:key>/obligations", views_registry.obligation_update, name="obligation-update"),
    path("systems/<str:key>/profile", views_registry.profile_update, name="profile-update"),
    path("systems/<str:key>/review", views_registry.periodic_review, name="periodic-review"),
    path("systems/<str:key>/documentation.<str:fmt>", views_registry.system_documentation,
         name="system-documentation"),
    path("decisions/chain-status", views_explorer.chain_status_fragment, name="chain-status"),
    path("decisions/export.<str:fmt>", views_explorer.decision_export, name="decision-export"),
    path("reauth/", views_privacy.reauthenticate, name="reauth"),
    path("privacy/redact/", views_privacy.redact_tool, name="redact"),
    path("privacy/requests/", views_privacy.request_list, name="request-list"),
    path("privacy/requests/<int:pk>/", views_privacy.request_detail, name="request-detail"),
    path("privacy/requests/<int:pk>/export.zip", views_privacy.request_export, name="request-export"),
    path("privacy/requests/<int:pk>/erase", views_privacy.request_erase, name="request-erase"),
    path("privacy/retention/", views_privacy.retention_policies, name="retention"),
    path("privacy/records/", views_privacy.processing_records, name="processing-records"),
    path("privacy/records.csv", views_privacy.processing_records_csv, name="processing-records-csv"),
    path("literacy/", views_literacy.literacy_matrix, name="literacy"),
    path("literacy/records", views_literacy.training_record_create, name="training-record-create"),
    path("literacy/requirements", views_literacy.requirement_create, name="requirement-create"),
    path("literacy/requirements/<int:pk>/delete", views_literacy.requirement_delete, name="requirement-delete"),
    path("policy/<str:language>/", views_literacy.policy_view, name="policy"),
]
