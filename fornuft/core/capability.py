"""Core: sign-in, users, API tokens and the organization itself (its demo is the company,
created by fornuft/core/demo.py before every other capability's demo data)."""

from fornuft.platform.capability import Capability

CAPABILITY = Capability(
    url_prefix="",
    urls=".urls",
    api_router=".api:router",
    setup_steps=".home:steps",
    # The optional language model's uses (fornuft/platform/llm): registered even while it is off.
    ai_systems="fornuft.platform.llm.ai_systems:SYSTEMS",
)
