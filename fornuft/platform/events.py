"""Platform events: one capability says that something happened, others act on it, and
neither imports the other.

    # the capability where it happens (mail, after sorting a message)
    from fornuft.platform import events
    events.emit("mail.sorted", organization, message=message)

    # a capability that acts on it declares it in its manifest (events=".events:SUBSCRIPTIONS")
    SUBSCRIPTIONS = [events.Subscription("mail.sorted", ".triggers:on_mail_sorted")]

A handler is `handler(organization, **payload)`. It runs in the emitter's process and
transaction, so it must be quick: store what it needs and queue the real work for a worker.
A failing handler is logged and never stops the emitter (mail intake must not fail because
an app could not start), and the other handlers still run.

The events emitted now:
- "mail.sorted"      message: a stored mail sorted and routed (not quarantined);
- "review.resolved"  task, correction, user: a person resolved a review task (after the
                     owning system's review hook ran).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.db import transaction
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Subscription:
    event: str
    handler: str    # dotted "module:function" or "module.function"; a leading dot is the capability's package


def subscriptions(event: str) -> list:
    """The handlers (callables) subscribed to `event`, in INSTALLED_APPS order."""
    from fornuft.platform.capability import installed_capabilities

    found = []
    for capability in installed_capabilities():
        for subscription in capability.load("events") or ():
            if subscription.event == event:
                found.append(_resolve(capability, subscription.handler))
    return found


def _resolve(capability, reference: str):
    reference = capability.absolute(reference)
    return import_string(reference.replace(":", "."))


def emit(event: str, organization, **payload) -> int:
    """Calls every handler of `event`; returns how many ran without an error."""
    done = 0
    for handler in subscriptions(event):
        try:
            # A savepoint: a handler's database error rolls back its own work only.
            with transaction.atomic():
                handler(organization, **payload)
        except Exception:  # a listener's failure must not undo the emitter's work
            logger.exception("event %s: handler %s failed", event, getattr(handler, "__qualname__", handler))
        else:
            done += 1
    return done
