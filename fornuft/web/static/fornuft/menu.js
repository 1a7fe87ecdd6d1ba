// The phone menu: the sidebar opens and closes with the Menu button; a closed menu group
// stays closed on the next page (remembered in this browser only).
document.addEventListener("DOMContentLoaded", function () {
  const button = document.querySelector("[data-menu-toggle]");
  const sidebar = document.getElementById("sidebar");
  if (button && sidebar) {
    button.addEventListener("click", function () {
      const open = sidebar.classList.toggle("open");
      button.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }
  document.querySelectorAll("details.nav-group").forEach(function (group, index) {
    const key = "fornuft-nav-" + index;
    if (window.localStorage && localStorage.getItem(key) === "closed") { group.open = false; }
    group.addEventListener("toggle", function () {
      if (window.localStorage) { localStorage.setItem(key, group.open ? "open" : "closed"); }
    });
  });
});
