from django.urls import path

from fornuft.invoices import views

app_name = "invoices"
urlpatterns = [
    path("invoices/", views.invoice_list, name="invoice-list"),
    path("invoices/upload", views.invoice_upload, name="invoice-upload"),
    path("invoices/bulk", views.invoice_bulk, name="invoice-bulk"),
    path("invoices/export.<str:fmt>", views.invoice_export, name="invoice-export"),
    path("invoices/<int:pk>/", views.invoice_detail, name="invoice-detail"),
    path("invoices/<int:pk>/status", views.invoice_status, name="invoice-status"),
    path("invoices/<int:pk>/page-<int:page>.png", views.invoice_page, name="invoice-page"),
    path("invoices/<int:pk>/original", views.invoice_original, name="invoice-original"),
    path("invoices/<int:pk>/correct", views.invoice_correct, name="invoice-correct"),
    path("invoices/<int:pk>/decide", views.invoice_decide, name="invoice-decide"),
    path("invoices/<int:pk>/send", views.invoice_send, name="invoice-send"),
    path("suppliers/", views.supplier_list, name="supplier-list"),
    path("suppliers/new", views.supplier_edit, name="supplier-create"),
    path("suppliers/<int:pk>/", views.supplier_edit, name="supplier-edit"),
    path("rules/", views.rule_list, name="rule-list"),
    path("rules/<int:pk>/delete", views.rule_delete, name="rule-delete"),
]
