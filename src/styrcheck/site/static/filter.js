// The filter over the documents table: by text (anything a row says: title, id, body,
// diarienummer), type, deciding body and status. Without this
// script the form stays hidden and the table lists every document.
(function () {
  "use strict";
  var form = document.getElementById("filter");
  var table = document.getElementById("documents");
  if (!form || !table) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var texts = rows.map(function (row) { return row.textContent.toLocaleLowerCase(); });
  var count = form.querySelector(".count");

  function apply() {
    var text = form.elements.text.value.trim().toLocaleLowerCase();
    var type = form.elements.type.value, body = form.elements.body.value, status = form.elements.status.value;
    var shown = 0;
    rows.forEach(function (row, i) {
      var visible = (!text || texts[i].indexOf(text) !== -1) &&
        (!type || row.getAttribute("data-type") === type) &&
        (!body || row.getAttribute("data-body") === body) &&
        (!status || row.getAttribute("data-status").split(" ").indexOf(status) !== -1);
      row.hidden = !visible;
      shown += visible ? 1 : 0;
    });
    count.textContent = count.getAttribute("data-template")
      .replace("{shown}", shown).replace("{total}", rows.length);
  }

  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply();
}());
