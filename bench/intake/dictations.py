"""Our own English dictations for the speech benches, naming products of the shipped catalogue
(fornuft/intake/seed/catalog.csv), with the items (product id, quantity) each should give.
Written for the benches; not taken from any test set. The first eight are the original bench."""

DICTATIONS = [
    ("Quote for Solberg Dental. Two air to air heat pumps and two wall brackets. Six hours of installation.",
     {("VP-AA-35", 2), ("VP-VEGG", 2), ("LAB-MONT", 6)}),
    ("Offer to Harbour View Hotel. One ventilation unit and twenty metres of ventilation duct. "
     "Eight supply valves.", {("VENT-AGG-300", 1), ("VENT-KAN-125", 20), ("VENT-VENTIL", 8)}),
    ("Quote for Lindgren Bakery. One water heater, a smart thermostat and three hours of electrical work.",
     {("VVB-200", 1), ("TERM-SMART", 1), ("LAB-ELEKTRO", 3)}),
    ("Quote for North Point School. Four filter sets and one service agreement. Travel once.",
     {("FILT-F7", 4), ("SERV-AVTALE", 1), ("KJOR", 1)}),
    ("Offer for Aker Garden Centre. One air to water heat pump, fifteen metres of copper pipe and removal of "
     "the old unit.", {("VP-LV-8", 1), ("RR-KOB-14", 15), ("RIVE", 1)}),
    ("Quote for Riverside Apartments. Twelve square metres of floor heating and two smart thermostats. "
     "Five hours of electrical work.", {("GV-MATTE", 12), ("TERM-SMART", 2), ("LAB-ELEKTRO", 5)}),
    ("Quote to Meadow Farm. Three air to air heat pumps, thirty metres of copper pipe, and ten hours of "
     "installation. Ten percent discount on the heat pumps.", {("VP-AA-35", 3), ("RR-KOB-14", 30), ("LAB-MONT", 10)}),
    ("Offer for Eastside Clinic. Two ventilation units, six filter sets and forty metres of installation cable.",
     {("VENT-AGG-300", 2), ("FILT-F7", 6), ("KAB-PFSP-25", 40)}),
    # written for the long-recording bench (bench/intake/long_dictation.py)
    ("Quote for Hillcrest Dairy. Two water heaters and four hours of electrical work. Travel once.",
     {("VVB-200", 2), ("LAB-ELEKTRO", 4), ("KJOR", 1)}),
    ("Offer to Baker Street Dental. Five supply valves and twelve metres of ventilation duct. One filter set.",
     {("VENT-VENTIL", 5), ("VENT-KAN-125", 12), ("FILT-F7", 1)}),
    ("Quote for the Pine Lodge. One air to water heat pump and eight hours of installation. "
     "The offer is valid for thirty days.", {("VP-LV-8", 1), ("LAB-MONT", 8)}),
    ("Quote for Stone Bridge Farm. Four air to air heat pumps, four wall brackets and twenty metres of copper "
     "pipe.", {("VP-AA-35", 4), ("VP-VEGG", 4), ("RR-KOB-14", 20)}),
    ("Offer for Fjord Hostel. Eighteen square metres of floor heating and three smart thermostats.",
     {("GV-MATTE", 18), ("TERM-SMART", 3)}),
    ("Quote to Green Valley Kindergarten. One ventilation unit, two filter sets and a service agreement.",
     {("VENT-AGG-300", 1), ("FILT-F7", 2), ("SERV-AVTALE", 1)}),
    ("Quote for Lakeside Motel. Three water heaters, uh, no wait, two water heaters. Six hours of electrical work.",
     {("VVB-200", 2), ("LAB-ELEKTRO", 6)}),
    ("Offer for Central Library. Fifty metres of installation cable and nine hours of electrical work.",
     {("KAB-PFSP-25", 50), ("LAB-ELEKTRO", 9)}),
    ("Quote for Oak Hill Church. Removal of the old unit, one air to air heat pump and one wall bracket. "
     "Travel once.", {("RIVE", 1), ("VP-AA-35", 1), ("VP-VEGG", 1), ("KJOR", 1)}),
    ("Offer to Seaside Cafe. Two smart thermostats and ten square metres of floor heating.",
     {("TERM-SMART", 2), ("GV-MATTE", 10)}),
    ("Quote for Mountain View Office. Two ventilation units and thirty metres of ventilation duct. "
     "Twelve supply valves.", {("VENT-AGG-300", 2), ("VENT-KAN-125", 30), ("VENT-VENTIL", 12)}),
    ("Quote for Birch Road Clinic. One service agreement and three filter sets. Two hours of installation.",
     {("SERV-AVTALE", 1), ("FILT-F7", 3), ("LAB-MONT", 2)}),
    ("Offer for Sunset Marina. One air to water heat pump, twenty five metres of copper pipe and removal of "
     "the old unit.", {("VP-LV-8", 1), ("RR-KOB-14", 25), ("RIVE", 1)}),
    ("Quote to Northern Lights Gym. Six air to air heat pumps and twelve hours of installation.",
     {("VP-AA-35", 6), ("LAB-MONT", 12)}),
    ("Offer for Old Town Bakery. One water heater and sixty metres of installation cable.",
     {("VVB-200", 1), ("KAB-PFSP-25", 60)}),
    ("Quote for Forest Edge School. Eight filter sets and two service agreements. Travel once.",
     {("FILT-F7", 8), ("SERV-AVTALE", 2), ("KJOR", 1)}),
]

# espeak-ng voices and speeds, so that a bench is not tuned to one voice
VOICES = [("en-us", 150), ("en-gb", 160), ("en-us+m3", 165), ("en-gb-x-rp", 155), ("en-us+f2", 160),
          ("en-us-nyc", 150), ("en-gb-scotland", 160), ("en-029", 155)]
