"""Invoice extraction and checks as plain Python (no Django): format detection, EHF / PEPPOL
UBL parsing, PDF text with positions, OCR, label–value extraction, Norwegian and EN 16931
checks. The Django layer (models, workflow) composes these in `fornuft.documents.services`."""
