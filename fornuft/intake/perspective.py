"""Find a nameplate's four corners in a photo and warp the plate to an upright rectangle.

A plate photographed at an angle is a quadrilateral, not a rectangle: its text lines converge and
Tesseract's own deskew (one rotation angle) cannot straighten them. The plate stands out from its
background as one large bright (or dark) region; its corners are the region's extreme points along
the diagonals (or, for a plate turned near 45°, along the axes). A projective transform then maps
that quadrilateral onto a rectangle of the plate's own size. numpy, scipy and Pillow only."""

from __future__ import annotations

Corners = list[tuple[float, float]]  # top-left, top-right, bottom-right, bottom-left

DETECT_LONG_SIDE = 480
MIN_AREA_SHARE = 0.08   # smaller regions are a label on the plate, not the plate
MAX_AREA_SHARE = 0.97   # a region filling the frame means the photo is already cropped to the plate
MIN_FILL = 0.85         # region area / quadrilateral area: a plate is a solid four-sided shape


def _otsu(pixels) -> float:
    import numpy as np

    hist, edges = np.histogram(pixels, bins=256, range=(0, 256))
    total = pixels.size
    weight = np.cumsum(hist)
    mean = np.cumsum(hist * np.arange(256))
    between = (mean[-1] * weight / total - mean) ** 2 / np.maximum(weight * (total - weight), 1)
    return float(edges[int(np.argmax(between))])


def _polygon_area(points) -> float:
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    return 0.5 * abs(sum(xs[i] * ys[i - 1] - xs[i - 1] * ys[i] for i in range(len(points))))


def _ordered(points) -> Corners:
    """Four points ordered clockwise from the one nearest the top-left."""
    import math

    cx = sum(p[0] for p in points) / 4
    cy = sum(p[1] for p in points) / 4
    clockwise = sorted(points, key=lambda p: math.atan2(p[1] - cy, p[0] - cx))
    start = min(range(4), key=lambda i: clockwise[i][0] + clockwise[i][1])
    return [(float(x), float(y)) for x, y in clockwise[start:] + clockwise[:start]]


def _quadrilateral(mask) -> tuple[Corners, float] | None:
    """The region's corners and how well the quadrilateral covers it (area ratio)."""
    import numpy as np

    ys, xs = np.nonzero(mask)
    if len(xs) == 0:
        return None
    diagonal = [(xs[i], ys[i]) for i in (np.argmin(xs + ys), np.argmax(xs - ys), np.argmax(xs + ys),
                                          np.argmin(xs - ys))]
    axes = [(xs[i], ys[i]) for i in (np.argmin(ys), np.argmax(xs), np.argmax(ys), np.argmin(xs))]
    quad = max((_ordered(diagonal), _ordered(axes)), key=_polygon_area)
    area = _polygon_area(quad)
    if area <= 0:
        return None
    return quad, float(len(xs)) / area


def find_plate_corners(gray) -> Corners | None:
    """The plate's corners in `gray`'s pixel coordinates, or None when no plate-shaped region stands out."""
    import numpy as np
    from PIL import Image, ImageFilter
    from scipy import ndimage

    scale = min(1.0, DETECT_LONG_SIDE / max(gray.size))
    small = gray.resize((max(1, round(gray.width * scale)), max(1, round(gray.height * scale))),
                        Image.Resampling.BILINEAR).filter(ImageFilter.GaussianBlur(2))
    pixels = np.asarray(small, dtype=np.float32)
    threshold = _otsu(pixels)
    best: tuple[float, Corners] | None = None
    for mask in (pixels > threshold, pixels <= threshold):  # a light plate, then a dark one
        # close the gaps that text and rivets leave, then keep the largest solid region
        mask = ndimage.binary_opening(mask, iterations=2)
        labels, count = ndimage.label(mask)
        if count == 0:
            continue
        sizes = ndimage.sum(mask, labels, range(1, count + 1))
        region = ndimage.binary_fill_holes(labels == int(np.argmax(sizes)) + 1)
        share = float(region.sum()) / region.size
        if not MIN_AREA_SHARE <= share <= MAX_AREA_SHARE:
            continue
        found = _quadrilateral(region)
        if found is None or found[1] < MIN_FILL:
            continue
        if best is None or share > best[0]:
            best = (share, found[0])
    if best is None:
        return None
    return [(x / scale, y / scale) for x, y in best[1]]


def _distance(a, b) -> float:
    return float(((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5)


def _coefficients(target: Corners, source: Corners) -> list[float]:
    """Pillow's PERSPECTIVE data: for each output (target) pixel, where to sample in the source."""
    import numpy as np

    rows, values = [], []
    for (x, y), (u, v) in zip(target, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        values += [u, v]
    return [float(c) for c in np.linalg.solve(np.array(rows, dtype=float), np.array(values, dtype=float))]


def warp_to_rectangle(image, corners: Corners):
    """The quadrilateral `corners` of `image` as an upright rectangle of the plate's own size."""
    from PIL import Image

    top_left, top_right, bottom_right, bottom_left = corners
    width = round(max(_distance(top_left, top_right), _distance(bottom_left, bottom_right)))
    height = round(max(_distance(top_left, bottom_left), _distance(top_right, bottom_right)))
    target = [(0.0, 0.0), (float(width), 0.0), (float(width), float(height)), (0.0, float(height))]
    return image.transform((width, height), Image.Transform.PERSPECTIVE, _coefficients(target, corners),
                           Image.Resampling.BICUBIC)


def straighten_plate(gray):
    """`gray` with the plate warped to a rectangle, or unchanged when no plate outline is found."""
    corners = find_plate_corners(gray)
    if corners is None:
        return gray
    warped = warp_to_rectangle(gray, corners)
    if min(warped.size) < 100:
        return gray
    return warped
