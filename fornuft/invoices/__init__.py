"""The invoices capability: EHF, PDF and scanned invoices → fields → Norwegian and
arithmetic checks → decision → review / approval → export.

Plain-Python logic (no Django): `extract` (the pipeline), `ehf`, `fields`, `tables`,
`labels`, `numbers`, `checks`, `peppol_rules`, `schema`, `learning`. Files are read through
`fornuft.platform.files`. The Django layer composes these in `fornuft.invoices.services`;
other capabilities hand files in through `services.receive_attachment`."""
