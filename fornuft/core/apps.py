from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "fornuft.core"
    label = "core"
    verbose_name = "Fornuft core"

    def ready(self) -> None:
        from axes.signals import user_locked_out
        from django.contrib.auth.signals import user_login_failed

        from fornuft.core import auth
        from fornuft.core.tenancy import run_tasks_with_no_active_organization

        user_locked_out.connect(auth.log_lockout, dispatch_uid="fornuft-login-lockout")
        user_login_failed.connect(auth.log_failed_login, dispatch_uid="fornuft-login-failed")
        run_tasks_with_no_active_organization()
