import click


@click.group(name="assistant")
def group() -> None:
    """The customer-service assistant."""


COMMANDS = [group]
