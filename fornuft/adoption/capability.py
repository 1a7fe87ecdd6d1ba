"""Adoption: processes, pilots, KPIs, ROI, budget, roadmap and competence."""

from fornuft.platform.capability import Capability

CAPABILITY = Capability(
    url_prefix="adoption/",
    urls=".urls",
    api_router=".api:router",
    cli=".cli:group",
    demo=".demo:load",
    navigation=".navigation:ITEMS",
)
