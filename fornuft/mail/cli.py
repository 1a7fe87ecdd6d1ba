import click


@click.group(name="mail")
def group() -> None:
    """Mail intake, sorting and the phishing shield."""


COMMANDS = [group]
