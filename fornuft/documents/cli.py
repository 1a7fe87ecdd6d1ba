import click


@click.group(name="invoice")
def group() -> None:
    """Invoice intake and extraction."""


COMMANDS = [group]
