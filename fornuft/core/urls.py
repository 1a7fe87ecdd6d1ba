from django.contrib.auth import views as auth_views
from django.urls import path

from fornuft.core import views

urlpatterns = [
    path("login/", auth_views.LoginView.as_view(template_name="core/login.html", redirect_authenticated_user=True),
         name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("users/", views.user_list, name="user-list"),
    path("users/new", views.user_create, name="user-create"),
    path("users/<int:pk>/password", views.user_reset_password, name="user-reset-password"),
    path("tokens/", views.token_list, name="token-list"),
    path("tokens/new", views.token_create, name="token-create"),
    path("tokens/<int:pk>/revoke", views.token_revoke, name="token-revoke"),
]
