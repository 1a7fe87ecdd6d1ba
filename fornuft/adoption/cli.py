import click


@click.group(name="adoption")
def group() -> None:
    """Processes, pilots and ROI."""


COMMANDS = [group]
