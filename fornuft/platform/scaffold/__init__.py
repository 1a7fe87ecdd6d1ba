"""`fornuft startcapability NAME`: writes the skeleton of a capability (manifest, app
config, model + migration, services, API, page, URLs, AI systems, task, CLI group, demo
data, menu entry, nb catalogue) and its tests, from the files in template/.

The skeleton works as generated: add its package to INSTALLED_APPS and its tests pass.
"""

from __future__ import annotations

import importlib.util
import keyword
import re
import string
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import fornuft

TEMPLATE_DIR = Path(__file__).resolve().parent / "template"
NAME_PATTERN = re.compile(r"[a-z][a-z0-9_]*\Z")
PLACEHOLDER = "__name__"  # in template paths: replaced by the capability's name
# msgids the skeleton's catalogue already has: the capability's own title must not repeat one.
CATALOGUE_MSGIDS = {"title", "Title", "Add", "Created", "No items yet.", "Give the item a title."}


class ScaffoldError(ValueError):
    """The capability cannot be created; the message says why and what to do."""


@dataclass
class CreatedCapability:
    name: str
    package: str
    package_dir: Path
    tests_dir: Path
    files: list[Path] = field(default_factory=list)

    @property
    def installed_apps_line(self) -> str:
        return f'"{self.package}",'


def source_root() -> Path:
    """The folder that holds the `fornuft` package and `tests/` (the checkout)."""
    return Path(fornuft.__file__).resolve().parent.parent


def check_name(name: str) -> None:
    """Raises ScaffoldError unless `name` can be a capability's package, app label and prefix."""
    if not NAME_PATTERN.match(name) or keyword.iskeyword(name):
        raise ScaffoldError(
            f"{name!r} is not a valid capability name: use lowercase letters, digits and underscores, "
            "starting with a letter (for example: contracts)")


def conflict_with_installed(name: str) -> str | None:
    """Why `name` clashes with what is installed (an app label, a `fornuft` command, a page
    at /<name>/), or None. Needs Django set up."""
    from django.apps import apps
    from django.urls import Resolver404, resolve

    from fornuft.cli import cli

    if name in {config.label for config in apps.get_app_configs()}:
        return f"an installed app is already called {name!r}; choose another name"
    if name in cli.list_commands(None):
        return f"`fornuft {name}` is already a command; choose another name"
    try:
        resolve(f"/{name}/")
    except Resolver404:
        return None
    return f"the address /{name}/ is already taken; choose another name"


def create_capability(name: str, *, root: Path | None = None, parent: str = "fornuft") -> CreatedCapability:
    """Writes the package `<parent>.<name>` under `root` and its tests in `root/tests/<name>`.

    `parent` is the package to create it in ("" for a top-level package). Nothing is
    overwritten: an existing package, module or tests folder of that name is refused, and
    so is a name that clashes with an installed app, command or page (when Django is set up)."""
    from django.apps import apps

    check_name(name)
    if apps.ready:
        conflict = conflict_with_installed(name)
        if conflict:
            raise ScaffoldError(conflict)
    root = (root or source_root()).resolve()
    parent_dir = root.joinpath(*parent.split(".")) if parent else root
    if parent and not (parent_dir / "__init__.py").is_file():
        raise ScaffoldError(f"{parent_dir} is not a Python package; give the folder that contains {parent!r}")
    package = f"{parent}.{name}" if parent else name
    package_dir = parent_dir / name
    tests_dir = root / "tests" / name
    for existing in (package_dir, parent_dir / f"{name}.py", tests_dir):
        if existing.exists():
            raise ScaffoldError(f"{existing} already exists; choose another name")
    if not parent and importlib.util.find_spec(name) is not None:
        raise ScaffoldError(f"a Python module called {name!r} is already importable; choose another name")

    title = name.replace("_", " ").capitalize()
    values = {
        "name": name,
        "package": package,
        "title": title,
        "camel": "".join(part.capitalize() for part in name.split("_")),
        "title_entry": "" if title in CATALOGUE_MSGIDS else f'\nmsgid "{title}"\nmsgstr "{title}"\n',
    }
    created = CreatedCapability(name=name, package=package, package_dir=package_dir, tests_dir=tests_dir)
    for source_dir, target_dir in ((TEMPLATE_DIR / "package", package_dir), (TEMPLATE_DIR / "tests", tests_dir)):
        for source in sorted(source_dir.rglob("*.txt")):
            relative = source.relative_to(source_dir).with_suffix("")  # drops ".txt"
            target = target_dir / str(relative).replace(PLACEHOLDER, name)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(string.Template(source.read_text(encoding="utf-8")).substitute(values),
                              encoding="utf-8")
            created.files.append(target)
    _sort_imports(root, created.files)
    return created


def _sort_imports(root: Path, files: list[Path]) -> None:
    # Where the new package sorts among the fornuft imports depends on its name, so the
    # templates cannot be sorted in advance; ruff (installed with the project) sorts them
    # by the project's own rules. Without ruff the files work the same, only unsorted.
    python_files = [str(path) for path in files if path.suffix == ".py"]
    try:
        subprocess.run([sys.executable, "-m", "ruff", "check", "--fix", "--select", "I", "--quiet",
                        *python_files], cwd=root, capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return
