from django import forms
from django.utils.translation import gettext_lazy as _

from fornuft.governance.models import AISystem


class DecisionFilterForm(forms.Form):
    system = forms.ChoiceField(label=_("System"), required=False)
    date_from = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    min_confidence = forms.FloatField(label=_("Min. confidence"), required=False, min_value=0, max_value=1,
                                      widget=forms.NumberInput(attrs={"step": "0.05"}))
    max_confidence = forms.FloatField(label=_("Max. confidence"), required=False, min_value=0, max_value=1,
                                      widget=forms.NumberInput(attrs={"step": "0.05"}))
    actor = forms.ChoiceField(label=_("Decided by"), required=False,
                              choices=[("", _("Anyone")), ("system", _("The system")), ("person", _("A person"))])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        systems = AISystem.objects.order_by("name").values_list("key", "name")
        self.fields["system"].choices = [("", _("All systems")), *systems]


class SystemSettingsForm(forms.ModelForm):
    class Meta:
        model = AISystem
        fields = ["owner", "status", "oversight_mode", "confidence_threshold", "next_review"]
        widgets = {"next_review": forms.DateInput(attrs={"type": "date"})}

    def clean_confidence_threshold(self):
        value = self.cleaned_data["confidence_threshold"]
        if not 0 <= value <= 1:
            raise forms.ValidationError(_("The threshold is a number between 0 and 1."))
        return value
