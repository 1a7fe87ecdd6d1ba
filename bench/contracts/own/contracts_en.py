"""Our own evaluation contracts, English half (see contracts_nb.py for how they were written)."""

CONTRACTS = [
    {
        "source": "02_nda_marlowe_analytics.md",
        "text": """# One-Way Non-Disclosure Agreement

This Agreement is made between **Aurora Havbruk AS**, a Norwegian company with organisation number 915 151 515 ("Discloser"), and **Marlowe Analytics Ltd**, a company registered in England and Wales under company number 09876543 ("Recipient"), with effect from 1 June 2026.

## 1. Confidential Information
Recipient shall keep confidential all information about Discloser's fish farms, feed data and sales that it receives for the purpose of preparing a market study, and shall use it for no other purpose.

## 2. Term and termination
This Agreement remains in force until terminated by either party on thirty (30) days' written notice. The obligations in clause 1 survive termination for five years.

## 3. Third parties
A person who is not a party to this Agreement has no right under the Contracts (Rights of Third Parties) Act 1999 to enforce any of its terms.

## 4. Law and jurisdiction
This Agreement is governed by the laws of England and Wales, and the courts of England have exclusive jurisdiction.

Signed on 2 June 2026 by both parties.
""",
        "truth": {"language": "en", "contract_type": "nda",
                  "parties": [{"name": "Aurora Havbruk AS", "org_number": "915151515"},
                              {"name": "Marlowe Analytics Ltd", "org_number": "09876543"}],
                  "signed_date": "2026-06-02", "effective_date": "2026-06-01", "expiration_date": None,
                  "auto_renewal": None, "renewal_term_months": None, "notice_period_days": 30,
                  "notice_deadline": None, "governing_law": "GB", "value": None,
                  "clauses_present": ["confidentiality", "termination_for_convenience", "governing_law",
                                      "dispute_resolution"],
                  "clauses_optional": ["third_party_beneficiary"]},
    },
    {
        "source": "04_dpa_parcelmind.docx",
        "text": """DATA PROCESSING AGREEMENT

Controller: Brekke Logistikk AS, org. no. 916 161 611, Drammen, Norway
Processor: Parcelmind B.V., KvK 81234567, Rotterdam, the Netherlands

1. Subject matter
The Processor processes personal data of the Controller's customers (names, addresses, telephone numbers) in order to plan parcel deliveries under the Main Agreement, and only on the Controller's documented instructions.

2. Security and confidentiality
The Processor ensures that persons authorised to process the personal data are bound by confidentiality, and implements appropriate technical and organisational measures. The Processor notifies the Controller of a personal data breach within 48 hours.

3. Sub-processors
The Processor shall not engage another processor without the Controller's prior written authorisation.

4. Audits
The Processor makes available all information necessary to demonstrate compliance and allows for audits, including inspections, conducted by the Controller or an auditor mandated by the Controller.

5. Liability
The Processor's total liability under this DPA shall not exceed EUR 200,000.

6. Term
This DPA takes effect on 1 September 2026 and remains in force for as long as the Main Agreement.

7. Governing law
This DPA is governed by Norwegian law. The Oslo District Court has jurisdiction.

Signed: Drammen, 25 August 2026 / Rotterdam, 27 August 2026
""",
        "truth": {"language": "en", "contract_type": "data_processing",
                  "parties": [{"name": "Brekke Logistikk AS", "org_number": "916161611"},
                              {"name": "Parcelmind B.V.", "org_number": "81234567"}],
                  "signed_date": "2026-08-27", "effective_date": "2026-09-01", "expiration_date": None,
                  "auto_renewal": None, "renewal_term_months": None, "notice_period_days": None,
                  "notice_deadline": None, "governing_law": "NO", "value": None,
                  "clauses_present": ["data_processing", "confidentiality", "audit_rights", "cap_on_liability",
                                      "governing_law", "dispute_resolution"],
                  "clauses_optional": []},
    },
    {
        "source": "06_fieldnote_subscription_agreement.txt",
        "text": """SUBSCRIPTION AGREEMENT

Fieldnote, Inc., a Delaware corporation ("Fieldnote"), and Hauge Consulting AS, org. no. 917 171 718 ("Customer"), agree as follows.

1. Access. Fieldnote grants Customer a non-exclusive, non-transferable right to access and use the Fieldnote survey platform during the Term for Customer's internal business purposes.

2. Term. The initial term begins on 15 February 2027 (the "Effective Date") and continues for twenty-four (24) months. Thereafter this Agreement automatically renews for successive twenty-four (24) month terms unless either party gives notice of non-renewal at least ninety (90) days prior to the end of the then-current term.

3. Fees. Customer shall pay USD 72,000 for the initial term, invoiced annually in advance and payable within thirty (30) days of the invoice date. Fieldnote may increase the fees for a renewal term by no more than five percent (5%).

4. Confidentiality. Each party shall protect the other party's Confidential Information with at least reasonable care.

5. Limitation of liability. Each party's aggregate liability arising out of this Agreement shall not exceed the fees paid by Customer in the twelve (12) months preceding the claim.

6. Governing law. This Agreement is governed by the laws of the State of Delaware, and the state and federal courts located in Delaware shall have exclusive jurisdiction.

Fieldnote, Inc.                          Hauge Consulting AS
By: Laura Chen, CFO                      By: Eirik Hauge, CEO
Date: February 8, 2027                   Date: February 10, 2027
""",
        "truth": {"language": "en", "contract_type": "service",
                  "parties": [{"name": "Fieldnote, Inc.", "org_number": None},
                              {"name": "Hauge Consulting AS", "org_number": "917171718"}],
                  "signed_date": "2027-02-10", "effective_date": "2027-02-15", "expiration_date": "2029-02-14",
                  "auto_renewal": True, "renewal_term_months": 24, "notice_period_days": 90,
                  "notice_deadline": "2028-11-16", "governing_law": "US-DE",
                  "value": {"amount": 72000, "currency": "USD"},
                  "accept": {"contract_type": ["license"]},
                  "clauses_present": ["license_grant", "non_transferable_license", "renewal_term",
                                      "notice_period_to_terminate_renewal", "payment_terms", "price_adjustment",
                                      "confidentiality", "cap_on_liability", "governing_law",
                                      "dispute_resolution"],
                  "clauses_optional": ["price_restrictions"]},
    },
    {
        "source": "08_consultancy_kuusinen.pdf",
        "text": """CONSULTANCY AGREEMENT

Between Fjellstad Energi AS (organisation number 918 181 814) (the "Client") and Kuusinen Engineering Oy (Business ID 2345678-9) (the "Consultant").

1 Services
The Consultant shall carry out a feasibility study for a 12 MW hydropower plant as described in Appendix 1.

2 Duration
The assignment runs from 1 May 2026 to 31 October 2026. Either party may terminate this Agreement for convenience on fourteen (14) days' written notice. The Client may terminate immediately if the Consultant materially breaches the Agreement.

3 Fee and payment
The Consultant receives a fixed fee of EUR 84,000, paid in three instalments against invoices due 30 days net.

4 Results
All results, reports and drawings produced under this Agreement shall vest in the Client, and the Consultant hereby assigns to the Client all intellectual property rights in them.

5 Confidentiality
The Consultant shall not disclose any information received from the Client.

6 Liability
The Consultant's liability is limited to the fee.

7 Law and disputes
This Agreement is governed by the laws of Finland. Disputes are settled by arbitration in Helsinki under the Arbitration Rules of the Finland Chamber of Commerce.

Oslo / Helsinki, 20 April 2026
""",
        "truth": {"language": "en", "contract_type": "service",
                  "parties": [{"name": "Fjellstad Energi AS", "org_number": "918181814"},
                              {"name": "Kuusinen Engineering Oy", "org_number": "2345678-9"}],
                  "signed_date": "2026-04-20", "effective_date": "2026-05-01", "expiration_date": "2026-10-31",
                  "auto_renewal": False, "renewal_term_months": None, "notice_period_days": 14,
                  "notice_deadline": "2026-10-17", "governing_law": "FI",
                  "value": {"amount": 84000, "currency": "EUR"},
                  "clauses_present": ["termination_for_convenience", "termination_for_cause", "payment_terms",
                                      "ip_ownership_assignment", "confidentiality", "cap_on_liability",
                                      "governing_law", "dispute_resolution"],
                  "clauses_optional": ["notice_period_to_terminate_renewal"]},
    },
    {
        "source": "10_warehouse_lease_hvalstad.md",
        "text": """# LEASE AGREEMENT – WAREHOUSE UNIT 4, HVALSTAD

**Landlord:** Hvalstad Næringsbygg AS, org. no. 919 191 910
**Tenant:** Polar Freight Ltd, company number 11223344 (England and Wales)

**1. Premises.** Warehouse unit 4 at Hvalstadåsen 10, Asker, approximately 1,800 square metres.

**2. Term.** The lease commences on 1 August 2026 and runs for three (3) years. It then continues for successive periods of one year unless terminated by either party giving six months' written notice before expiry.

**3. Rent.** The annual rent is NOK 540,000, payable quarterly in advance. The rent is adjusted each 1 January in line with the consumer price index.

**4. Insurance.** The Tenant shall insure its goods and its liability towards third parties.

**5. Assignment.** The Tenant may not assign the lease or sublet the premises without the Landlord's written consent.

**6. Vacating.** If the premises are not vacated and returned on expiry, the Tenant shall pay NOK 2,000 per day until they are.

**7. Law.** This lease is governed by Norwegian law. Disputes shall be brought before Asker og Bærum District Court.

Signed in Asker on 30 June 2026.
""",
        "truth": {"language": "en", "contract_type": "lease",
                  "parties": [{"name": "Hvalstad Næringsbygg AS", "org_number": "919191910"},
                              {"name": "Polar Freight Ltd", "org_number": "11223344"}],
                  "signed_date": "2026-06-30", "effective_date": "2026-08-01", "expiration_date": "2029-07-31",
                  "auto_renewal": True, "renewal_term_months": 12, "notice_period_days": 180,
                  "notice_deadline": "2029-01-31", "governing_law": "NO",
                  "value": {"amount": 540000, "currency": "NOK"},
                  "accept": {"value": [{"amount": 1620000, "currency": "NOK"}]},
                  "clauses_present": ["renewal_term", "notice_period_to_terminate_renewal", "payment_terms",
                                      "price_adjustment", "insurance", "anti_assignment", "liquidated_damages",
                                      "governing_law", "dispute_resolution"],
                  "clauses_optional": []},
    },
    {
        "source": "12_fixed_term_employment_okafor.txt",
        "text": """EMPLOYMENT CONTRACT (FIXED TERM)

Employer: Skagerak Marine Research AS, org. no. 920 202 020, Arendal
Employee: Daniel Okafor

1. Position. The Employee is employed as research engineer in a temporary position to replace an employee on leave, cf. the Working Environment Act section 14-9.

2. Period. The employment runs from 1 September 2026 to 31 August 2027. During this period either party may terminate the employment with one month's notice.

3. Salary. The monthly salary is NOK 55,000, paid on the 25th of each month.

4. Confidentiality. The Employee shall keep confidential all information about the Employer's research and clients, also after the employment has ended.

5. Dismissal. The Employer may summarily dismiss the Employee in the event of gross breach of duty.

6. Law. This contract is governed by Norwegian law.

Arendal, 10 August 2026
Skagerak Marine Research AS                Daniel Okafor
""",
        "truth": {"language": "en", "contract_type": "employment",
                  "parties": [{"name": "Skagerak Marine Research AS", "org_number": "920202020"},
                              {"name": "Daniel Okafor", "org_number": None}],
                  "signed_date": "2026-08-10", "effective_date": "2026-09-01", "expiration_date": "2027-08-31",
                  "auto_renewal": False, "renewal_term_months": None, "notice_period_days": 30,
                  "notice_deadline": "2027-07-31", "governing_law": "NO", "value": None,
                  "accept": {"value": [{"amount": 660000, "currency": "NOK"}, {"amount": 55000, "currency": "NOK"}],
                             "notice_deadline": ["2027-08-01"]},
                  "clauses_present": ["confidentiality", "termination_for_cause", "governing_law"],
                  "clauses_optional": ["payment_terms", "termination_for_convenience"]},
    },
    {
        "source": "14_subcontract_baltic_steelworks.pdf",
        "text": """SUBCONTRACT AGREEMENT

Main Contractor: Nordhavn Infra AS, org. no. 921 212 127
Subcontractor: Baltic Steelworks UAB, company code 304567891, Klaipėda, Lithuania

1. The Works
The Subcontractor shall fabricate and install the steel structure for the ferry terminal at Nordhavn quay.

2. Contract Price
The Contract Price is EUR 410,000 excluding VAT. The Subcontractor invoices monthly for work performed; invoices are payable 45 days after receipt.

3. Time and delay
If the Works are delayed beyond the agreed completion date, the Subcontractor shall pay liquidated damages of 0.1 % of the Contract Price per calendar day.

4. Liability and insurance
The Subcontractor's total liability under this Subcontract shall not exceed the Contract Price. The Subcontractor shall maintain contractor's all risks insurance.

5. Defects
The defects liability period is 36 months from handover.

6. Assignment and termination
The Subcontractor may not assign this Subcontract without the Main Contractor's consent. The Main Contractor may terminate this Subcontract if the Subcontractor commits a material breach and fails to remedy it within 10 days.

7. Confidentiality
Drawings and prices are confidential.

8. Governing law and disputes
This Subcontract is governed by Norwegian law. Disputes shall be finally resolved by arbitration in Oslo.

This Subcontract enters into force on signature. Signed 4 May 2026 (Main Contractor) and 7 May 2026 (Subcontractor).
""",
        "truth": {"language": "en", "contract_type": "construction",
                  "parties": [{"name": "Nordhavn Infra AS", "org_number": "921212127"},
                              {"name": "Baltic Steelworks UAB", "org_number": "304567891"}],
                  "signed_date": "2026-05-07", "effective_date": "2026-05-07", "expiration_date": None,
                  "auto_renewal": None, "renewal_term_months": None, "notice_period_days": None,
                  "notice_deadline": None, "governing_law": "NO",
                  "value": {"amount": 410000, "currency": "EUR"}, "accept": {"auto_renewal": [False]},
                  "clauses_present": ["payment_terms", "liquidated_damages", "cap_on_liability", "insurance",
                                      "warranty_duration", "anti_assignment", "termination_for_cause",
                                      "confidentiality", "governing_law", "dispute_resolution"],
                  "clauses_optional": []},
    },
    {
        "source": "16_framework_engineering_lindqvist.md",
        "text": """# FRAMEWORK AGREEMENT FOR ENGINEERING SERVICES

Lindqvist Marine AB, corporate identity number 556123-4567, Gothenburg ("the Client")
Aasen Prosjekt AS, org. no. 922 222 223, Ålesund ("the Supplier")

### Article 1 – Scope
The Supplier shall provide naval architecture and engineering services under call-off orders placed by the Client. The Client's estimated purchases are SEK 12,000,000 over the term.

### Article 2 – Term
This Framework Agreement enters into force on 1 March 2027 and has a term of four (4) years. It is automatically extended by twelve (12) months at a time unless terminated by either party with six (6) months' written notice before the end of the term.

### Article 3 – Rates
The Supplier's hourly rates shall be no less favourable than those it offers to any other customer for comparable services. The Client may audit the Supplier's time records on reasonable notice.

### Article 4 – Personnel
During the term neither party shall solicit for employment any employee of the other party who has worked on a call-off.

### Article 5 – Liability and insurance
The Supplier's liability per call-off is limited to 15 % of the call-off value. The Supplier shall hold professional indemnity insurance of at least SEK 10,000,000.

### Article 6 – Confidentiality
Each party shall keep the other party's technical information confidential.

### Article 7 – Law and disputes
This Agreement is governed by Swedish law. Disputes shall be finally settled by arbitration administered by the SCC Arbitration Institute.

Gothenburg and Ålesund, 15 February 2027
""",
        "truth": {"language": "en", "contract_type": "framework",
                  "parties": [{"name": "Lindqvist Marine AB", "org_number": "556123-4567"},
                              {"name": "Aasen Prosjekt AS", "org_number": "922222223"}],
                  "signed_date": "2027-02-15", "effective_date": "2027-03-01", "expiration_date": "2031-02-28",
                  "auto_renewal": True, "renewal_term_months": 12, "notice_period_days": 180,
                  "notice_deadline": "2030-08-31", "governing_law": "SE",
                  "value": {"amount": 12000000, "currency": "SEK"},
                  "accept": {"notice_deadline": ["2030-08-28", "2030-09-01"]},
                  "clauses_present": ["renewal_term", "notice_period_to_terminate_renewal", "most_favored_nation",
                                      "audit_rights", "no_solicit_of_employees", "cap_on_liability", "insurance",
                                      "confidentiality", "governing_law", "dispute_resolution"],
                  "clauses_optional": []},
    },
    {
        "source": "18_software_licence_runestone.pdf",
        "text": """SOFTWARE LICENCE AGREEMENT

Runestone Analytics AS, org. no. 923 232 338 ("Licensor")
Kvernhus Mølle AS, org. no. 924 242 426 ("Licensee")

1. Licence. Licensor grants Licensee a non-exclusive, non-transferable licence to install and use the GrainSight software at its mills. Licensee's Affiliates may use the software under this licence.

2. Term. This Agreement commences on 1 January 2027 and continues for an initial term of 36 months. Thereafter it renews automatically for successive 12-month periods unless either party gives written notice at least three (3) months before the end of the then-current term.

3. Fees. The annual licence fee is NOK 240,000, invoiced each January with 30 days' payment terms.

4. Escrow. Licensor shall deposit the source code of the software with an independent escrow agent and keep the deposit up to date.

5. Warranty. Licensor warrants that the software will perform substantially in accordance with its documentation for ninety (90) days from installation.

6. Verification. Licensor may, once per calendar year, verify that Licensee's use complies with this licence.

7. Liability. Licensor's total liability is limited to the licence fees paid in the preceding 12 months.

8. Confidentiality. Each party keeps the other party's confidential information secret.

9. Law. Norwegian law applies. Disputes go to the Oslo District Court.

Oslo, 12 December 2026 – both parties signed on this date.
""",
        "truth": {"language": "en", "contract_type": "license",
                  "parties": [{"name": "Runestone Analytics AS", "org_number": "923232338"},
                              {"name": "Kvernhus Mølle AS", "org_number": "924242426"}],
                  "signed_date": "2026-12-12", "effective_date": "2027-01-01", "expiration_date": "2029-12-31",
                  "auto_renewal": True, "renewal_term_months": 12, "notice_period_days": 90,
                  "notice_deadline": "2029-09-30", "governing_law": "NO",
                  "value": {"amount": 240000, "currency": "NOK"},
                  "clauses_present": ["license_grant", "non_transferable_license", "affiliate_license_licensee",
                                      "renewal_term", "notice_period_to_terminate_renewal", "payment_terms",
                                      "source_code_escrow", "warranty_duration", "audit_rights",
                                      "cap_on_liability", "confidentiality", "governing_law",
                                      "dispute_resolution"],
                  "clauses_optional": []},
    },
    {
        "source": "20_managed_it_services_baywater.docx",
        "text": """MANAGED IT SERVICES AGREEMENT

(1) Baywater IT Ltd, incorporated in England and Wales with company number 08765432 ("Provider"); and
(2) Strand Hotell Drift AS, org. no. 925 252 522 ("Customer").

1. SERVICES
Provider shall provide service desk, network monitoring and backup services for Customer's hotel as set out in the Service Schedule.

2. TERM
This Agreement starts on 1 October 2026 and continues for an initial period of twelve (12) months. It shall automatically renew for further periods of twelve (12) months unless either party gives not less than sixty (60) days' notice before the end of the then-current period.

3. CHARGES
The total annual charges are GBP 38,400, invoiced monthly in arrears and payable within 30 days.

4. DATA PROTECTION
Provider processes personal data of hotel guests as processor on Customer's behalf in accordance with the UK GDPR and the data processing schedule.

5. CONFIDENTIALITY
Each party shall keep confidential the other's confidential information.

6. LIABILITY
Provider's total liability in each contract year shall not exceed the charges paid in that year. Nothing in this Agreement limits liability for death or personal injury caused by negligence, or for fraud.

7. NON-SOLICITATION
Neither party shall, during the term and for twelve months after, solicit any employee of the other party.

8. FORCE MAJEURE
Neither party is liable for failure to perform caused by events beyond its reasonable control.

9. GOVERNING LAW
This Agreement is governed by the law of England and Wales, and the English courts have exclusive jurisdiction.

Signed for Provider on 14 September 2026 and for Customer on 18 September 2026.
""",
        "truth": {"language": "en", "contract_type": "service",
                  "parties": [{"name": "Baywater IT Ltd", "org_number": "08765432"},
                              {"name": "Strand Hotell Drift AS", "org_number": "925252522"}],
                  "signed_date": "2026-09-18", "effective_date": "2026-10-01", "expiration_date": "2027-09-30",
                  "auto_renewal": True, "renewal_term_months": 12, "notice_period_days": 60,
                  "notice_deadline": "2027-08-01", "governing_law": "GB",
                  "value": {"amount": 38400, "currency": "GBP"},
                  "accept": {"notice_deadline": ["2027-07-31"]},
                  "clauses_present": ["renewal_term", "notice_period_to_terminate_renewal", "payment_terms",
                                      "data_processing", "confidentiality", "cap_on_liability",
                                      "no_solicit_of_employees", "force_majeure", "governing_law",
                                      "dispute_resolution"],
                  "clauses_optional": ["uncapped_liability"]},
    },
]
# ruff: noqa: E501 - contract text reads best unbroken
