"""The AI systems of insights, synced into every organization's registry (governance)."""

from django.utils.translation import gettext_lazy as _

from fornuft.core.roles import Role
from fornuft.governance.corrections import CorrectableField
from fornuft.governance.models import OversightMode, RiskClass
from fornuft.governance.registry import AISystemDeclaration

INSIGHT_ROLES = frozenset({Role.ADMIN, Role.MANAGER, Role.FINANCE})

# What a reviewer fixes in the shared review queue (recorded with the review).
FORECAST_FIELDS = (
    CorrectableField("horizon", _("Horizon (periods)"), max_length=4),
    CorrectableField("season_length", _("Season length (periods)"), max_length=4),
)
PRICE_FIELDS = (CorrectableField("suggested_price", _("Suggested price"), kind="amount"),)
STAFFING_FIELDS = (
    CorrectableField("total_shortfall_hours", _("Shortfall (hours)"), max_length=12),
    CorrectableField("total_cost", _("Cost"), kind="amount"),
)

SYSTEMS = [
    AISystemDeclaration(
        key="insights.forecast",
        name="Sales forecasts",
        purpose="Forecasts sales per series and in total (weekly, monthly or quarterly) with 80 % and 95 % "
        "intervals, after checking the data for gaps, duplicates, outliers and level shifts.",
        owner="Managing director",
        model_name="statsforecast AutoETS / AutoTheta / AutoARIMA / seasonal naive, chosen per series on a "
        "rolling-origin backtest (fornuft.ml.forecast)",
        risk_class=RiskClass.MINIMAL,
        risk_rationale="Supports planning by managers; decides nothing about people. Every forecast shows its "
        "data problems and its backtest accuracy against seasonal naive.",
        data_categories=("sales figures", "customer names in SAF-T exports"),
        oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.6,
        reviewer_roles=INSIGHT_ROLES,
        review_subject="fornuft.insights.review_subjects.describe_forecast",
        correctable_fields=FORECAST_FIELDS,
        review_hook="fornuft.insights.services.on_review_resolved",
        model_version="1",
    ),
    AISystemDeclaration(
        key="insights.staffing",
        name="Staffing plans",
        purpose="Plans who works how many hours on which skill each week against the forecast demand, with the "
        "least shortfall and then the least cost; the shortfall per skill becomes a hiring or "
        "subcontracting suggestion.",
        owner="Operations manager",
        model_name="OR-Tools CP-SAT (exact, lexicographic: shortfall, then cost)",
        risk_class=RiskClass.LIMITED,
        risk_rationale="Allocates work between employees: a person approves the plan before anyone is told; "
        "capacity, bookings and overtime limits are hard constraints.",
        data_categories=("employee names", "skills", "working hours and bookings"),
        oversight_mode=OversightMode.IN_THE_LOOP,
        confidence_threshold=0.8,
        reviewer_roles=frozenset({Role.ADMIN, Role.MANAGER}),
        review_subject="fornuft.insights.review_subjects.describe_staffing",
        correctable_fields=STAFFING_FIELDS,
        review_hook="fornuft.insights.services.on_review_resolved",
        model_version="1",
    ),
    AISystemDeclaration(
        key="insights.price",
        name="Price suggestions",
        purpose="Suggests the quote price that maximises the expected margin (price − cost) × P(win), from the "
        "company's won and lost quotes; falls back to the markup rule with too little history.",
        owner="Sales manager",
        model_name="Logistic regression win model per segment and service (fornuft.ml.pricing.WinModel)",
        risk_class=RiskClass.MINIMAL,
        risk_rationale="A suggestion to the person who writes the quote; the price is always set by a person.",
        data_categories=("quote history", "customer segments"),
        oversight_mode=OversightMode.ON_THE_LOOP,
        confidence_threshold=0.6,
        reviewer_roles=INSIGHT_ROLES,
        review_subject="fornuft.insights.review_subjects.describe_price",
        correctable_fields=PRICE_FIELDS,
        review_hook="fornuft.insights.services.on_review_resolved",
        model_version="1",
    ),
]
