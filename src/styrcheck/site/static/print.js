// Printed, a document page shows every finding's explanation: open them before printing.
window.addEventListener("beforeprint", function () {
  "use strict";
  document.querySelectorAll("details").forEach(function (details) { details.open = true; });
});
