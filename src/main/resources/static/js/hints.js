// Reveals the exercise's hints one at a time; the button's labels come from the page (message bundles).
(function () {
  "use strict";
  var button = document.getElementById("next-hint");
  if (!button) {
    return;
  }
  var hints = document.querySelectorAll("#hints > li");
  var shown = 0;
  button.addEventListener("click", function () {
    if (shown < hints.length) {
      hints[shown].hidden = false;
      shown++;
    }
    if (shown >= hints.length) {
      button.textContent = button.getAttribute("data-done");
      button.disabled = true;
    } else {
      button.textContent = button.getAttribute("data-next") + " (" + (shown + 1) + "/" + hints.length + ")";
    }
  });
})();
