/* Draws the assistant KPI charts (kept out of the page for CSP). */
(function () {
  if (typeof fornuftBarChart !== "function") { return; }
  fornuftBarChart("reasons-chart", "reasons-data");
  fornuftBarChart("daily-chart", "daily-data", {type: "line"});
})();
