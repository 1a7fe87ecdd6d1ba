"""Forms with clear messages for bad numbers (negative volumes, zero hours …)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from fornuft.adoption.models import (
    AdoptionSettings,
    BudgetAllocation,
    BudgetYear,
    CommunicationItem,
    Idea,
    Pilot,
    Process,
    RoadmapItem,
)
from fornuft.core.models import Department
from fornuft.core.tenancy import organization_users
from fornuft.governance.models import AISystem

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _at_least_zero(form, *names):
    for name in names:
        value = form.cleaned_data.get(name)
        if value is not None and value < 0:
            form.add_error(name, _("Cannot be negative; enter 0 or more."))


def _above_zero(form, message, *names):
    for name in names:
        value = form.cleaned_data.get(name)
        if value is not None and value <= 0:
            form.add_error(name, message)


class ScopedModelForm(forms.ModelForm):
    """Limits department / user / AI-system choices to the active organization."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            model = getattr(getattr(field, "queryset", None), "model", None)
            if model is Department:
                field.queryset = Department.objects.all()
            elif model is AISystem:
                field.queryset = AISystem.objects.all()
            elif model is Process:
                field.queryset = Process.objects.all()
            elif model is Pilot:
                field.queryset = Pilot.objects.all()
            elif model is not None and model._meta.label == "core.User":
                field.queryset = organization_users().order_by("first_name", "last_name")
            if name.endswith("_date") or name.startswith("baseline_") and name in ("baseline_start", "baseline_end"):
                field.widget = DATE


class ProcessForm(ScopedModelForm):
    class Meta:
        model = Process
        fields = ["name", "department", "description", "volume_per_month", "minutes_per_item", "error_rate_pct",
                  "hourly_cost_nok", "rule_based", "data_availability"]
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}

    def clean(self):
        data = super().clean()
        _at_least_zero(self, "error_rate_pct")
        _above_zero(self, _("Volume per month must be more than 0: how many items a month?"), "volume_per_month")
        _above_zero(self, _("Minutes per item must be more than 0."), "minutes_per_item")
        _above_zero(self, _("Hourly cost must be more than 0 NOK."), "hourly_cost_nok")
        return data


class PilotForm(ScopedModelForm):
    # Fixed once the pilot has started, so the day-90 review compares against what was promised.
    LOCKED_AFTER_START = ("department", "target_hours_saved_per_month", "target_error_reduction_pct",
                          "target_cost_reduction_nok", "baseline_start", "baseline_end", "baseline_items",
                          "baseline_minutes_per_item", "baseline_error_rate_pct")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and self.instance.start_date and self.instance.status not in ("planned", "baseline"):
            for name in self.LOCKED_AFTER_START:
                self.fields[name].disabled = True
                self.fields[name].help_text = _("Fixed at the start of the pilot.")

    class Meta:
        model = Pilot
        fields = ["name", "department", "process", "use_case", "systems", "owner",
                  "target_hours_saved_per_month", "target_error_reduction_pct", "target_cost_reduction_nok",
                  "baseline_start", "baseline_end", "baseline_items", "baseline_minutes_per_item",
                  "baseline_error_rate_pct", "hourly_cost_nok",
                  "licences_nok", "hardware_nok", "implementation_nok", "training_nok", "monthly_running_nok"]
        widgets = {"use_case": forms.Textarea(attrs={"rows": 2}), "baseline_start": DATE, "baseline_end": DATE,
                   "systems": forms.CheckboxSelectMultiple}

    def clean(self):
        data = super().clean()
        _at_least_zero(self, "target_hours_saved_per_month", "target_cost_reduction_nok", "baseline_minutes_per_item",
                       "hourly_cost_nok", "licences_nok", "hardware_nok", "implementation_nok", "training_nok",
                       "monthly_running_nok")
        _above_zero(self, _("Hourly cost must be more than 0 NOK."), "hourly_cost_nok")
        start, end = data.get("baseline_start"), data.get("baseline_end")
        if start and end:
            if end < start:
                self.add_error("baseline_end", _("The baseline must end after it starts."))
            elif not 14 <= (end - start).days + 1 <= 31:
                self.add_error("baseline_end", _("Measure the baseline over 2–4 weeks (14 to 31 days)."))
        if not any(data.get(name) for name in ("target_hours_saved_per_month", "target_error_reduction_pct",
                                                "target_cost_reduction_nok")) and not self.errors:
            raise forms.ValidationError(_("Define at least one KPI target before the pilot starts."))
        return data


class StartPilotForm(forms.Form):
    start_date = forms.DateField(label=_("Start date"), widget=DATE)


class DecisionForm(forms.Form):
    verdict = forms.ChoiceField(label=_("Decision"), choices=[("go", _("Go: scale up")),
                                                             ("no_go", _("No-go: stop"))])
    notes = forms.CharField(label=_("Review notes"), widget=forms.Textarea(attrs={"rows": 3}), required=False)


class ScaleForm(forms.Form):
    department = forms.ModelChoiceField(label=_("To department"), queryset=Department.objects.none())

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["department"].queryset = Department.objects.all()


class SettingsForm(ScopedModelForm):
    class Meta:
        model = AdoptionSettings
        fields = ["yearly_hours", "default_hourly_cost"]

    def clean(self):
        data = super().clean()
        _above_zero(self, _("Yearly hours must be more than 0 (a full-time year in Norway is about 1,695 hours)."),
                    "yearly_hours")
        return data


class BudgetYearForm(ScopedModelForm):
    class Meta:
        model = BudgetYear
        fields = ["year", "it_budget_nok", "ai_share_pct"]

    def clean(self):
        data = super().clean()
        _above_zero(self, _("The IT budget must be more than 0 NOK."), "it_budget_nok")
        return data


class AllocationForm(ScopedModelForm):
    class Meta:
        model = BudgetAllocation
        fields = ["label", "pilot", "planned_nok", "actual_nok"]

    def clean(self):
        data = super().clean()
        _at_least_zero(self, "planned_nok", "actual_nok")
        return data


class RoadmapItemForm(ScopedModelForm):
    class Meta:
        model = RoadmapItem
        fields = ["title", "description", "phase", "quarter", "owner", "due_date", "progress"]
        widgets = {"description": forms.Textarea(attrs={"rows": 2}), "due_date": DATE}


class IdeaForm(forms.ModelForm):
    class Meta:
        model = Idea
        fields = ["kind", "title", "body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 3})}


class CommunicationForm(ScopedModelForm):
    class Meta:
        model = CommunicationItem
        fields = ["title", "audience", "channel", "planned_date", "owner", "done"]
        widgets = {"planned_date": DATE}
