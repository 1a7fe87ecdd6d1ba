from fornuft.mail.parsing import decode_bytes, decode_header_value, html_to_text, parse_message

RAW_LATIN1 = (
    b"From: =?iso-8859-1?q?Bj=F8rn_=C6rlig?= <bjorn@leverandor.no>\r\n"
    b"To: post@nordfjell.no\r\n"
    b"Subject: =?utf-8?b?RmFrdHVyYSBww6Ugc2tyaXZlYm9yZA==?=\r\n"
    b"Message-ID: <abc@leverandor.no>\r\n"
    b"MIME-Version: 1.0\r\n"
    b"Content-Type: text/plain; charset=iso-8859-1\r\n"
    b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
    b"Bel=F8p: 1 250 kr. Forfall p=E5 fredag.\r\n"
)


def test_decodes_rfc2047_headers_quoted_printable_and_latin1():
    parsed = parse_message(RAW_LATIN1)
    assert parsed.from_name == "Bjørn Ærlig"
    assert parsed.from_address == "bjorn@leverandor.no"
    assert parsed.subject == "Faktura på skrivebord"
    assert "Beløp: 1 250 kr. Forfall på fredag." in parsed.text
    assert parsed.message_id == "<abc@leverandor.no>"
    assert parsed.problems == []


def test_windows_1252_and_base64_body():
    body = "Prisen er 100 € – «gode» tilbud".encode("cp1252")
    import base64

    raw = (b"From: a@b.no\r\nSubject: x\r\nMessage-ID: <1@b.no>\r\nContent-Type: text/plain; charset=windows-1252"
           b"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(body))
    assert "100 € – «gode» tilbud" in parse_message(raw).text


def test_html_only_message_becomes_text_with_links():
    html = ('<html><head><style>p{color:red}</style><script>alert(1)</script></head><body>'
            '<p>Hei <b>Kari</b>,</p><p>Se <a href="https://evil.example/login">https://www.dnb.no</a></p></body></html>')
    raw = (b"From: a@b.no\r\nSubject: html\r\nMessage-ID: <2@b.no>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
           + html.encode())
    parsed = parse_message(raw)
    assert "Hei Kari," in parsed.text and "alert" not in parsed.text and "color" not in parsed.text
    assert [(link.text, link.href) for link in parsed.links] == [("https://www.dnb.no", "https://evil.example/login")]


def test_threads_headers_and_attachments(eml):
    raw = eml(in_reply_to="<parent@x.no>", references="<root@x.no> <parent@x.no>",
              attachments=[("faktura.pdf", b"%PDF-1.4 test", "application/pdf")])
    parsed = parse_message(raw)
    assert parsed.in_reply_to == "<parent@x.no>"
    assert parsed.references == ["<root@x.no>", "<parent@x.no>"]
    assert [(a.filename, a.content_type, a.data) for a in parsed.attachments] == [
        ("faktura.pdf", "application/pdf", b"%PDF-1.4 test")]


def test_empty_and_headerless_input_is_marked_not_raised():
    empty = parse_message(b"")
    assert empty.problems == ["empty message (0 bytes)"] and empty.size == 0
    junk = parse_message(b"\x00\xff\xfe garbage without headers \x80\x81")
    assert "no message headers found" in junk.problems
    assert "missing Message-ID" in junk.problems


def test_invalid_utf8_and_unknown_charset_are_decoded_with_a_problem():
    raw = (b"From: a@b.no\r\nSubject: x\r\nMessage-ID: <3@b.no>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
           b"Hei \xe6\xf8\xe5 der")
    parsed = parse_message(raw)
    assert "Hei æøå der" in parsed.text
    assert any("not valid utf-8" in p for p in parsed.problems)
    raw = raw.replace(b"charset=utf-8", b"charset=x-klingon")
    parsed = parse_message(raw)
    assert any("unknown charset" in p for p in parsed.problems) and "Hei" in parsed.text


def test_malformed_mime_is_tolerated():
    raw = (b"From: a@b.no\r\nSubject: broken\r\nMessage-ID: <4@b.no>\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=\"XYZ\"\r\n\r\n--XYZ\r\nContent-Type: text/plain\r\n"
           b"Content-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n")  # no closing boundary
    parsed = parse_message(raw)
    assert parsed.subject == "broken"
    assert parsed.problems  # defects are noted


def test_huge_message_is_cut_for_analysis():
    raw = b"From: a@b.no\r\nSubject: big\r\nMessage-ID: <5@b.no>\r\n\r\n" + b"x" * (25 * 1024 * 1024)
    parsed = parse_message(raw)
    assert parsed.size == len(raw)
    assert any("only the start was analysed" in p for p in parsed.problems)


def test_helpers():
    assert decode_header_value("=?broken?q?x") == "=?broken?q?x"
    assert decode_bytes(b"\xe6", "no-such-charset")[1] == "unknown charset 'no-such-charset'"
    assert html_to_text("") == ""
    assert "a" in html_to_text("<div>" * 3000 + "a")  # deep nesting does not crash
