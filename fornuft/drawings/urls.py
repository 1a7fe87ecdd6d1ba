from django.urls import path

from fornuft.drawings import views

app_name = "drawings"
urlpatterns = [
    path("", views.drawing_list, name="drawing-list"),
    path("upload", views.drawing_upload, name="drawing-upload"),
    path("revisions/<int:pk>/", views.revision_detail, name="revision-detail"),
    path("revisions/<int:pk>/reread", views.revision_reread, name="revision-reread"),
    path("revisions/<int:pk>/preview.svg", views.revision_preview, name="revision-preview"),
    path("revisions/<int:pk>/bom.csv", views.revision_bom_csv, name="revision-bom-csv"),
    path("d/<path:number>", views.drawing_detail, name="drawing-detail"),
]
