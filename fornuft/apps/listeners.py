"""The platform events apps act on (fornuft/platform/events.py)."""

from fornuft.platform.events import Subscription

SUBSCRIPTIONS = [
    Subscription("mail.sorted", ".triggers:on_mail_sorted"),
    Subscription("review.resolved", ".actions:on_review_resolved"),
]
