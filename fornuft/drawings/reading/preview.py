"""An SVG preview of a DXF drawing through ezdxf's drawing add-on and its SVG backend (no
matplotlib, no Qt). Texts are drawn as outlines, so the picture needs no fonts in the browser."""

from __future__ import annotations

from fornuft.drawings.reading.dxf import load
from fornuft.drawings.reading.problems import DrawingProblem

MAX_SVG_BYTES = 8 * 1024 * 1024


def dxf_to_svg(data: bytes, *, max_entities: int = 200_000, width_mm: float = 400) -> str:
    """The model space (or the first paper-space layout when model space is empty) as SVG; "" when
    the file cannot be drawn or the picture would be too large."""
    from ezdxf.addons.drawing import Frontend, RenderContext, config, layout, svg

    try:
        doc, _notes = load(data, max_entities=max_entities)
    except DrawingProblem:
        return ""
    space = doc.modelspace()
    if len(space) == 0:
        papers = [lay for lay in doc.layouts if not lay.is_modelspace and len(lay)]
        if papers:
            space = papers[0]
    try:
        backend = svg.SVGBackend()
        look = config.Configuration(background_policy=config.BackgroundPolicy.WHITE,
                                    color_policy=config.ColorPolicy.BLACK)
        Frontend(RenderContext(doc), backend, config=look).draw_layout(space, finalize=True)
        page = layout.Page(width_mm, 0, layout.Units.mm, margins=layout.Margins.all(5))
        text = backend.get_string(page, settings=layout.Settings(fit_page=True))
    except Exception:  # noqa: BLE001 - a preview is a nicety; the register works without it
        return ""
    return text if len(text) <= MAX_SVG_BYTES else ""
