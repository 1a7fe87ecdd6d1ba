"""Forms for the compliance pages (registry extensions, GDPR, literacy, policy)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from fornuft.governance.models import (
    AISystem,
    LiteracyLevel,
    OversightMode,
    RequestKind,
    SystemKind,
    TrainingCourse,
)
from fornuft.governance.privacy.providers import SubjectQuery

DATE = forms.DateInput(attrs={"type": "date"})


class SystemCreateForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=[(SystemKind.OWN, SystemKind.OWN.label),
                                                       (SystemKind.EXTERNAL, SystemKind.EXTERNAL.label)])
    name = forms.CharField(label=_("Name"), max_length=200)
    key = forms.SlugField(label=_("Short key"), max_length=80, help_text=_("Letters, digits and dashes, e.g. chatgpt"))
    purpose = forms.CharField(label=_("Purpose"), widget=forms.Textarea(attrs={"rows": 3}))
    owner = forms.CharField(label=_("Owner"), max_length=200)
    provider = forms.CharField(label=_("Provider"), max_length=200)
    model_name = forms.CharField(label=_("Model"), max_length=200, required=False)
    data_categories = forms.CharField(label=_("Data categories"), required=False,
                                      help_text=_("Comma-separated, e.g. customer data, e-mail"))
    oversight_mode = forms.ChoiceField(label=_("Human oversight"), choices=OversightMode.choices)
    vendor_url = forms.URLField(label=_("Vendor web page"), required=False, assume_scheme="https")
    intended_users = forms.CharField(label=_("Intended users"), max_length=300, required=False)

    def clean_key(self):
        key = self.cleaned_data["key"]
        if AISystem.objects.filter(key=key).exists():
            raise forms.ValidationError(_("A system with this key is already registered."))
        return key

    def clean_data_categories(self):
        return [part.strip() for part in self.cleaned_data["data_categories"].split(",") if part.strip()]


class ProfileForm(forms.Form):
    purpose = forms.CharField(label=_("Purpose"), widget=forms.Textarea(attrs={"rows": 3}))
    model_name = forms.CharField(label=_("Model"), max_length=200)
    provider = forms.CharField(label=_("Provider"), max_length=200)
    data_categories = forms.CharField(label=_("Data categories"), required=False)
    intended_users = forms.CharField(label=_("Intended users"), max_length=300, required=False)
    training_data = forms.CharField(label=_("Training data"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    review_interval_days = forms.IntegerField(label=_("Review interval (days)"), min_value=7, max_value=1095)

    def clean_data_categories(self):
        return [part.strip() for part in self.cleaned_data["data_categories"].split(",") if part.strip()]


class PeriodicReviewForm(forms.Form):
    findings = forms.CharField(label=_("Findings"), widget=forms.Textarea(attrs={"rows": 3}), max_length=5000)
    next_review = forms.DateField(label=_("Next review"), widget=DATE)


class SubjectForm(forms.Form):
    kind = forms.ChoiceField(label=_("Request"), choices=RequestKind.choices, required=False)
    name = forms.CharField(label=_("Name"), max_length=200, required=False)
    email = forms.CharField(label=_("Email"), max_length=254, required=False)
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    national_id = forms.CharField(label=_("Fødselsnummer / D-nummer"), max_length=13, required=False)
    received = forms.DateField(label=_("Received"), required=False, widget=DATE)

    def clean(self):
        data = super().clean()
        try:
            data["query"] = SubjectQuery(name=data.get("name", ""), email=data.get("email", ""),
                                         phone=data.get("phone", ""), national_id=data.get("national_id", ""))
        except ValueError as exc:
            raise forms.ValidationError(str(exc)) from None
        return data


class TrainingRecordForm(forms.Form):
    users = forms.MultipleChoiceField(label=_("People"), help_text=_("Hold Ctrl (⌘) to pick several."),
                                      widget=forms.SelectMultiple(attrs={"size": 8}))
    course = forms.ModelChoiceField(label=_("Course"), queryset=TrainingCourse.objects.none())
    completed_on = forms.DateField(label=_("Completed"), widget=DATE)

    def __init__(self, *args, users=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["users"].choices = [(str(u.pk), str(u)) for u in users]
        self.fields["course"].queryset = TrainingCourse.objects.all()


class RequirementForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), required=False)
    system = forms.ModelChoiceField(label=_("Reviewers of system"), queryset=AISystem.objects.none(), required=False)
    level = forms.TypedChoiceField(label=_("Required level"), coerce=int,
                                   choices=[c for c in LiteracyLevel.choices if c[0] > 0])
    reason = forms.CharField(label=_("Why"), max_length=300, required=False)

    def __init__(self, *args, **kwargs):
        from fornuft.core.roles import Role

        super().__init__(*args, **kwargs)
        self.fields["role"].choices = [("", "–"), *Role.choices]
        self.fields["system"].queryset = AISystem.objects.order_by("name")

    def clean(self):
        data = super().clean()
        if bool(data.get("role")) == bool(data.get("system")):
            raise forms.ValidationError(_("Choose either a role or a system."))
        return data
