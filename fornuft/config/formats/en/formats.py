"""English is British English here (en-GB): 19/03/2026, 24-hour clock, Monday first."""

from django.conf.locale.en_GB.formats import *  # noqa: F403
