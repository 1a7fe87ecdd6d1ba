/* Bar charts of the run's reports (average per group), drawn with the vendored Chart.js. */
(function () {
  "use strict";
  if (typeof Chart === "undefined") return;
  document.querySelectorAll("canvas.report-chart").forEach((canvas) => {
    const labels = canvas.dataset.labels ? canvas.dataset.labels.split("|") : [];
    const values = canvas.dataset.values ? canvas.dataset.values.split("|").map(Number) : [];
    new Chart(canvas, { type: "bar", data: { labels: labels, datasets: [{ label: canvas.dataset.title, data: values }] },
      options: { animation: false, scales: { y: { beginAtZero: true, max: 100 } } } });
  });
})();
