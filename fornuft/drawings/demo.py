"""The part of the drawing register in the demo company (`fornuft demo`); running it again changes nothing:
one drawing in two revisions, and a project that still uses the first."""

from fornuft.drawings import services


def load(organization) -> None:
    from fornuft.drawings.samples import make_dxf, sample_spec

    if any(d.number == "K-200-01" for d in services.list_drawings(organization)):
        return
    for revision in ("A", "B"):
        spec = {**sample_spec(1), "drawing_number": "K-200-01", "revision": revision}
        services.import_drawing(organization, make_dxf(spec, "grid_nb"), filename=f"K-200-01_{revision}.dxf",
                                source="demo")
    services.record_use(organization, "K-200-01", "A", "Tilbud 2026-114 (demo)")
