from django import forms
from django.contrib.auth.password_validation import validate_password
from django.utils.translation import gettext_lazy as _

from fornuft.core import oidc, services
from fornuft.core.models import Department, User
from fornuft.core.roles import Role


class UserCreateForm(forms.Form):
    username = forms.CharField(label=_("Username"), max_length=services.USERNAME_MAX_LENGTH,
                               help_text=_("Letters, digits and @ . + - _ only."))
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(label=_("Email"), required=False)
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    department = forms.ModelChoiceField(label=_("Department"), queryset=Department.objects.none(), required=False)
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput, min_length=10, required=False)

    def __init__(self, *args, organization=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.organization = organization
        # The scoped manager limits choices to the active organization.
        self.fields["department"].queryset = Department.objects.all()

    def clean_username(self):
        return services.check_username(self.organization, self.cleaned_data["username"])

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("password") and "password" not in self.errors:
            if not oidc.is_enabled():
                self.add_error("password", _("Enter a password."))
            elif not cleaned.get("email"):
                self.add_error("email", _("Without a password the user signs in with Microsoft/OIDC: enter the "
                                          "email address they sign in with."))
        if cleaned.get("password"):
            candidate = User(username=cleaned.get("username", ""), first_name=cleaned.get("first_name", ""),
                             last_name=cleaned.get("last_name", ""), email=cleaned.get("email", ""))
            try:
                validate_password(cleaned["password"], candidate)
            except forms.ValidationError as exc:
                self.add_error("password", exc)
        return cleaned


class PasswordResetForm(forms.Form):
    password = forms.CharField(label=_("New password"), widget=forms.PasswordInput, min_length=10)


class ApiTokenForm(forms.Form):
    name = forms.CharField(label=_("Token name"), max_length=100)
