"""The app templates a builder starts from (plain data, the same JSON an export gives)."""

from __future__ import annotations

import copy

LEAD_QUALIFICATION = {
    "format": 1, "name": "Lead qualification", "template": "lead_qualification",
    "description": "Mail or form -> extract company, need and budget -> enrich from the customer register "
                   "-> score -> route hot leads to sales with a draft reply.",
    "purpose": "Prioritise incoming sales enquiries so hot leads get a quick reply.",
    "nodes": [
        {"id": "inbound", "block": "trigger.mail", "config": {"category": "sales_inquiry"}, "x": 40, "y": 120},
        {"id": "extract", "block": "understand.extract",
         "config": {"fields": ["company", "budget", "need", "email"]}, "x": 280, "y": 60},
        {"id": "customer", "block": "data.lookup",
         "config": {"register": "customers", "match_field": "name"}, "x": 520, "y": 20},
        {"id": "combine", "block": "data.merge", "config": {}, "x": 520, "y": 160},
        {"id": "score", "block": "data.score", "config": {"criteria": [
            {"name": "Budget", "formula": "budget", "weight": 3, "worst": 0, "best": 500000},
            {"name": "Known customer", "formula": "if(customer.found, 1, 0)", "weight": 1, "worst": 0, "best": 1},
            {"name": "Need stated", "formula": "if(empty(need), 0, 1)", "weight": 1, "worst": 0, "best": 1},
        ]}, "x": 760, "y": 120},
        {"id": "hot", "block": "decision.threshold",
         "config": {"threshold": 60, "operator": ">=", "yes": "hot", "no": "cold"}, "x": 1000, "y": 120},
        {"id": "route", "block": "action.route", "config": {"queue": "Sales"}, "x": 1240, "y": 40},
        {"id": "reply", "block": "action.draft_mail", "config": {
            "to": "{email}", "subject": "Thank you for your enquiry, {company}",
            "body": "Thank you for contacting us about {need}. A salesperson will call you today."},
         "x": 1240, "y": 200},
    ],
    "edges": [
        {"from": "inbound.text", "to": "extract.text"},
        {"from": "extract.record", "to": "combine.first"},
        {"from": "customer.record", "to": "combine.second"},
        {"from": "combine.record", "to": "score.record"},
        {"from": "score.score", "to": "hot.value"},
        {"from": "score.record", "to": "route.record"},
        {"from": "hot.passed", "to": "route.when"},
        {"from": "score.record", "to": "reply.record"},
        {"from": "hot.passed", "to": "reply.when"},
    ],
}
# The company name found in the text is what is looked up; formulas cannot feed ports,
# so a tiny formula block passes it on.
LEAD_QUALIFICATION["nodes"].insert(2, {"id": "company", "block": "data.formula",
                                       "config": {"expression": "company", "name": "company"}, "x": 400, "y": 20})
LEAD_QUALIFICATION["edges"] += [{"from": "extract.record", "to": "company.record"},
                                {"from": "company.value", "to": "customer.key"}]

SUPPLIER_EVALUATION = {
    "format": 1, "name": "Supplier evaluation", "template": "supplier_evaluation",
    "description": "Invoices, deliveries and complaints per supplier -> weighted score per criterion -> "
                   "a quarterly report with a chart.",
    "purpose": "Compare suppliers each quarter on price accuracy, delivery and complaints.",
    "nodes": [
        {"id": "quarterly", "block": "trigger.schedule", "config": {"every": "quarter", "table": "supplier_figures"},
         "x": 40, "y": 120},
        {"id": "on_time", "block": "data.formula", "config": {
            "expression": "if(deliveries = 0, 0, on_time / deliveries * 100)", "name": "on_time_pct"},
         "x": 280, "y": 120},
        {"id": "score", "block": "data.score", "config": {"criteria": [
            {"name": "Delivered on time", "formula": "on_time_pct", "weight": 3, "worst": 50, "best": 100},
            {"name": "Invoice deviations", "formula": "invoice_deviations", "weight": 2, "worst": 5, "best": 0},
            {"name": "Complaints", "formula": "complaints", "weight": 2, "worst": 4, "best": 0},
        ]}, "x": 520, "y": 120},
        {"id": "report", "block": "output.report", "config": {
            "group_by": "supplier", "value": "score", "title": "Supplier score this quarter"}, "x": 760, "y": 60},
        {"id": "weak", "block": "decision.threshold", "config": {
            "threshold": 50, "operator": "<", "yes": "follow up", "no": "ok"}, "x": 760, "y": 200},
        {"id": "task", "block": "action.task", "config": {
            "title": "Follow up supplier {supplier} (score {score})", "assignee": "Purchasing"},
         "x": 1000, "y": 200},
    ],
    "edges": [
        {"from": "quarterly.record", "to": "on_time.record"},
        {"from": "on_time.record", "to": "score.record"},
        {"from": "score.record", "to": "report.record"},
        {"from": "score.score", "to": "weak.value"},
        {"from": "score.record", "to": "task.record"},
        {"from": "weak.passed", "to": "task.when"},
    ],
}

JOB_SCREENING = {
    "format": 1, "name": "Job-application screening", "template": "job_screening",
    "description": "Applications -> classify against the role's requirements -> shortlist for a person "
                   "to approve. HIGH RISK under the AI Act (employment, Annex III point 4).",
    "purpose": "Help the hiring manager sort job applications for a role.",
    "use": {"employment": True, "people": True},
    "nodes": [
        {"id": "application", "block": "trigger.document", "config": {}, "x": 40, "y": 120},
        {"id": "privacy", "block": "understand.personal_data", "config": {}, "x": 280, "y": 200},
        {"id": "fit", "block": "understand.classify", "config": {"examples": {
            "relevant": ["Fem års erfaring som elektriker med fagbrev", "Certified electrician, 6 years in "
                         "commercial installations", "Fagbrev elektro og erfaring fra næringsbygg"],
            "not relevant": ["Jeg har jobbet i butikk og liker kundeservice", "Barista looking for a new "
                             "challenge", "Student i økonomi som søker deltidsjobb"]}}, "x": 280, "y": 60},
        {"id": "approve", "block": "decision.approval", "config": {
            "question": "Should this applicant go on the shortlist?"}, "x": 520, "y": 120},
        {"id": "tag", "block": "action.tag", "config": {"tag": "{fit.category}"}, "x": 760, "y": 120},
    ],
    "edges": [
        {"from": "application.text", "to": "fit.text"},
        {"from": "application.text", "to": "privacy.text"},
        {"from": "application.record", "to": "approve.record"},
        {"from": "application.record", "to": "tag.record"},
        {"from": "approve.pending", "to": "tag.when"},   # the tag waits for the person's approval
    ],
}

TEMPLATES = {t["template"]: t for t in (LEAD_QUALIFICATION, SUPPLIER_EVALUATION, JOB_SCREENING)}


def template(key: str) -> dict:
    """A fresh copy of the template `key`; KeyError when there is none."""
    return copy.deepcopy(TEMPLATES[key])
