app_name = "adoption"
urlpatterns: list = []
