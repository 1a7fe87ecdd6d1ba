from django.apps import AppConfig


class SecurityConfig(AppConfig):
    name = "fornuft.security"
    label = "security"
    verbose_name = "Security"

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in, user_login_failed

        from fornuft.security import signals

        user_logged_in.connect(signals.login_succeeded, dispatch_uid="fornuft-security-login")
        user_login_failed.connect(signals.login_failed, dispatch_uid="fornuft-security-login-failed")
