// Insights charts: forecast bands, backtest accuracy and the price-response curve.
// Data comes from json_script elements; Chart.js is the vendored one.
function insightsForecastChart(canvasId, dataId) {
  if (typeof Chart === "undefined") return null;
  const d = JSON.parse(document.getElementById(dataId).textContent);
  const n = d.history.length, labels = d.history.map(p => p.date).concat(d.forecast.map(p => p.date));
  const pad = (values, before) => Array(before).fill(null).concat(values);
  const band = (key) => pad(d.forecast.map(p => p[key]), n);
  return new Chart(document.getElementById(canvasId), {
    type: "line",
    data: { labels: labels, datasets: [
      { label: d.labels.history, data: d.history.map(p => p.value), borderColor: "#333", pointRadius: 0, spanGaps: false },
      { label: d.labels.hi95, data: band("hi95"), borderColor: "transparent", backgroundColor: "rgba(47,111,115,0.15)", pointRadius: 0, fill: "+3" },
      { label: d.labels.hi80, data: band("hi80"), borderColor: "transparent", backgroundColor: "rgba(47,111,115,0.3)", pointRadius: 0, fill: "+1" },
      { label: d.labels.lo80, data: band("lo80"), borderColor: "transparent", pointRadius: 0, fill: false },
      { label: d.labels.lo95, data: band("lo95"), borderColor: "transparent", pointRadius: 0, fill: false },
      { label: d.labels.mean, data: band("mean"), borderColor: "#2f6f73", pointRadius: 2 },
    ] },
    options: { animation: false, scales: { y: { beginAtZero: false } },
               plugins: { legend: { labels: { filter: (item) => item.text !== "" } } } },
  });
}
function insightsPriceChart(canvasId, dataId) {
  if (typeof Chart === "undefined") return null;
  const d = JSON.parse(document.getElementById(dataId).textContent);
  return new Chart(document.getElementById(canvasId), {
    type: "line",
    data: { labels: d.curve.map(p => Math.round(p.price)), datasets: [
      { label: d.labels.probability, data: d.curve.map(p => p.win_probability * 100), borderColor: "#2f6f73", yAxisID: "y", pointRadius: 0 },
      { label: d.labels.margin, data: d.curve.map(p => p.expected_margin), borderColor: "#b5651d", yAxisID: "y1", pointRadius: 0 },
    ] },
    options: { animation: false, scales: { y: { min: 0, max: 100, position: "left" }, y1: { position: "right", grid: { drawOnChartArea: false } } } },
  });
}
