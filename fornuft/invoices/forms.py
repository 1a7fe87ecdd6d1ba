from django import forms
from django.utils.translation import gettext_lazy as _

from fornuft.core.models import User
from fornuft.invoices.models import ApprovalRule, Supplier


class CorrectionForm(forms.Form):
    supplier_name = forms.CharField(label=_("Supplier"), required=False, max_length=200)
    supplier_org_number = forms.CharField(label=_("Organisation number"), required=False, max_length=20)
    supplier_vat_number = forms.CharField(label=_("VAT number"), required=False, max_length=30)
    buyer_name = forms.CharField(label=_("Buyer"), required=False, max_length=200)
    invoice_number = forms.CharField(label=_("Invoice number"), required=False, max_length=60)
    issue_date = forms.CharField(label=_("Invoice date"), required=False, max_length=30)
    due_date = forms.CharField(label=_("Due date"), required=False, max_length=30)
    currency = forms.CharField(label=_("Currency"), required=False, max_length=3)
    total_excl_vat = forms.CharField(label=_("Total excl. VAT"), required=False, max_length=30)
    vat_total = forms.CharField(label=_("VAT"), required=False, max_length=30)
    total_incl_vat = forms.CharField(label=_("Total incl. VAT"), required=False, max_length=30)
    kid = forms.CharField(label=_("KID"), required=False, max_length=30)
    bank_account = forms.CharField(label=_("Bank account"), required=False, max_length=30)
    iban = forms.CharField(label=_("IBAN"), required=False, max_length=40)
    order_reference = forms.CharField(label=_("Order reference"), required=False, max_length=60)
    project = forms.CharField(label=_("Project"), required=False, max_length=60)
    cost_centre = forms.CharField(label=_("Cost centre"), required=False, max_length=50)


class SupplierForm(forms.ModelForm):
    bank_accounts_text = forms.CharField(
        label=_("Bank accounts"),
        required=False,
        help_text=_("One per line: 11 digits or IBAN"),
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    class Meta:
        model = Supplier
        fields = ["name", "org_number", "vat_number", "email_domain", "cost_centre", "default_approver"]

    def __init__(self, *args, organization=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["default_approver"].queryset = User.objects.filter(organization=organization)
        if self.instance and self.instance.pk:
            self.fields["bank_accounts_text"].initial = "\n".join(self.instance.bank_accounts or [])

    def clean_bank_accounts_text(self):
        from fornuft.core import identifiers

        accounts = []
        for raw in self.cleaned_data["bank_accounts_text"].splitlines():
            compact = raw.replace(" ", "").replace(".", "").upper()
            if not compact:
                continue
            if compact.isdigit() and identifiers.is_valid_bank_account(compact):
                accounts.append(compact)
            elif identifiers.is_valid_iban(compact):
                accounts.append(compact)
            else:
                raise forms.ValidationError(_("%(account)s is not a valid bank account or IBAN.") % {"account": raw})
        return accounts


class ApprovalRuleForm(forms.ModelForm):
    class Meta:
        model = ApprovalRule
        fields = [
            "name",
            "position",
            "order_reference_prefix",
            "project",
            "cost_centre",
            "supplier",
            "min_amount",
            "max_amount",
            "approver",
            "active",
        ]

    def __init__(self, *args, organization=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["approver"].queryset = User.objects.filter(organization=organization)
        self.fields["supplier"].queryset = Supplier.objects.for_organization(organization)
