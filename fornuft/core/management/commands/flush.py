"""`flush` that also empties the append-only decision log.

Django's flush (used by operators to wipe a database, and by transactional tests) would
otherwise be refused by the decision-log triggers. This lifts them for the flush only
and puts them back afterwards."""

from django.core.management.commands.flush import Command as DjangoFlush
from django.db import connections

from fornuft.governance import triggers


class Command(DjangoFlush):
    def handle(self, **options):
        connection = connections[options["database"]]
        triggers.remove(connection)
        try:
            return super().handle(**options)
        finally:
            triggers.install(connection)
