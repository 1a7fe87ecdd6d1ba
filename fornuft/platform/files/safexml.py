"""A hardened XML parser for documents from outside: no network, no entity expansion,
no DTD loading, no huge trees, and documents that declare a DTD or entities are refused
outright (the defusedxml policy), so billion-laughs and external-entity attacks never run."""

from __future__ import annotations

import re

MAX_XML_BYTES = 50 * 1024 * 1024
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


class UnsafeXML(ValueError):
    """The XML declares a DTD or entities, is too large or is not well-formed."""


def parse(data: bytes):
    """Parses `data` into an lxml element tree root; raises UnsafeXML with a clear message."""
    from lxml import etree

    if len(data) > MAX_XML_BYTES:
        raise UnsafeXML(f"The XML file is larger than {MAX_XML_BYTES // (1024 * 1024)} MB and is refused.")
    if _DTD.search(data[:65536]) or _DTD.search(data):
        raise UnsafeXML(
            "The XML declares a DTD or entities (possible XML bomb or external-entity "
            "attack); it was refused unread. E-invoices never need a DTD."
        )
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise UnsafeXML(f"The XML is not well-formed: {exc}. Ask the sender for a valid file.") from None
    if root is None:
        raise UnsafeXML("The XML file has no root element.")
    return root
