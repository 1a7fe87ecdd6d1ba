from django.contrib.auth import views as auth_views
from django.urls import path

from fornuft.core import views, views_signin

urlpatterns = [
    path("login/", views_signin.LoginView.as_view(), name="login"),
    path("login/oidc/", views_signin.oidc_start, name="oidc-start"),
    path("login/oidc/callback", views_signin.oidc_callback, name="oidc-callback"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("users/", views.user_list, name="user-list"),
    path("users/new", views.user_create, name="user-create"),
    path("users/<int:pk>/role", views.user_change_role, name="user-change-role"),
    path("users/<int:pk>/active", views.user_set_active, name="user-set-active"),
    path("users/<int:pk>/password", views.user_reset_password, name="user-reset-password"),
    path("tokens/", views.token_list, name="token-list"),
    path("tokens/new", views.token_create, name="token-create"),
    path("tokens/<int:pk>/revoke", views.token_revoke, name="token-revoke"),
]
