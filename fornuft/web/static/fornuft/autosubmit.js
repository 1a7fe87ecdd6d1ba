// A <select data-autosubmit> sends its form when changed. Kept out of the markup so the
// Content-Security-Policy can forbid inline event handlers.
document.addEventListener("change", function (event) {
  var field = event.target;
  if (field.matches && field.matches("[data-autosubmit]") && field.form) { field.form.submit(); }
});
