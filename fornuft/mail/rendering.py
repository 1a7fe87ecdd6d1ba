"""Safe display of HTML mail: sanitized with nh3, remote images blocked until asked for."""

from __future__ import annotations

from dataclasses import dataclass

ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "center", "code", "dd", "div", "dl", "dt", "em", "font",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre", "s", "small", "span",
    "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"}, "img": {"src", "alt", "width", "height", "title"},
    "td": {"colspan", "rowspan", "align"}, "th": {"colspan", "rowspan", "align"}, "table": {"width"},
}


@dataclass
class SafeHtml:
    html: str
    blocked_images: int


def sanitize_html(html: str, *, allow_remote_images: bool = False) -> SafeHtml:
    """HTML without scripts, styles, forms, event handlers or tracking pixels: only plain
    formatting tags survive; links open in a new tab without a referrer; `<img>` from the
    internet keeps its address only when `allow_remote_images`."""
    import nh3

    blocked = 0

    def attribute_filter(tag: str, attribute: str, value: str):
        nonlocal blocked
        if tag == "img" and attribute == "src":
            if value.lower().startswith(("http://", "https://", "//")):
                if allow_remote_images:
                    return value
                blocked += 1
                return None
            return None  # cid:, data: and other inline sources are not served
        return value

    cleaned = nh3.clean(html or "", tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES,
                        url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer nofollow",
                        attribute_filter=attribute_filter, strip_comments=True)
    return SafeHtml(cleaned, blocked)
