// Small helpers around Chart.js so templates only pass data (via json_script).
function fornuftChartData(dataId) {
  return JSON.parse(document.getElementById(dataId).textContent);
}
function fornuftBarChart(canvasId, dataId, options) {
  if (typeof Chart === "undefined") return null;
  const data = fornuftChartData(dataId);
  return new Chart(document.getElementById(canvasId), {
    type: (options && options.type) || "bar",
    data: {
      labels: data.labels,
      datasets: data.datasets || [{ label: data.label || "", data: data.values, backgroundColor: "#2f6f73" }],
    },
    options: Object.assign({ animation: false, plugins: { legend: { display: !!data.datasets } },
                             scales: { y: { beginAtZero: true } } }, (options && options.chart) || {}),
  });
}
