/* Fact-sheet behaviour, bundled with the site (no third-party script).
 * 1. A citation shows its quote on hover, keyboard focus or a first tap; a click (or a
 *    second tap) still opens the evidence page.
 * 2. Landing on an evidence page at #q-<fact>: every segment of that quote is emphasised,
 *    the first scrolled into view below the header, and "Back to the fact" follows it.
 */
(function () {
  "use strict";

  function closeAll(except) {
    document.querySelectorAll(".fs-ref.fs-open").forEach(function (ref) {
      if (ref !== except) { ref.classList.remove("fs-open"); }
    });
  }

  function setUpCitations() {
    document.querySelectorAll(".fs-ref").forEach(function (ref) {
      var link = ref.querySelector("a.fs-cite");
      if (!link) { return; }
      var touched = false;
      var wasOpen = false;
      var open = function () { closeAll(ref); ref.classList.add("fs-open"); };
      var close = function () { ref.classList.remove("fs-open"); };
      ref.addEventListener("mouseenter", open);
      ref.addEventListener("mouseleave", close);
      link.addEventListener("focus", open);
      link.addEventListener("blur", close);
      link.addEventListener("pointerdown", function (event) {
        touched = event.pointerType === "touch";
        wasOpen = ref.classList.contains("fs-open");  // before the compatibility mouseenter
      });
      link.addEventListener("click", function (event) {
        if (touched && !wasOpen) {
          event.preventDefault();  // the first tap previews; the second one follows the link
          open();
        }
        touched = false;
      });
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { closeAll(null); }
    });
    document.addEventListener("pointerdown", function (event) {
      if (!event.target.closest || !event.target.closest(".fs-ref")) { closeAll(null); }
    });
  }

  function segmentsOf(factId) {
    return Array.prototype.filter.call(document.querySelectorAll("mark.fs-quote"), function (mark) {
      return (mark.getAttribute("data-facts") || "").split(" ").indexOf(factId) !== -1;
    });
  }

  function land() {
    document.querySelectorAll("mark.fs-landed").forEach(function (m) { m.classList.remove("fs-landed"); });
    document.querySelectorAll("a.fs-back").forEach(function (a) { a.remove(); });
    var id = decodeURIComponent(window.location.hash.slice(1));
    if (id.indexOf("q-") !== 0) { return; }
    var anchor = document.getElementById(id);
    var marks = segmentsOf(id.slice(2));
    if (!anchor || marks.length === 0) { return; }
    marks.forEach(function (mark) { mark.classList.add("fs-landed"); });
    var back = anchor.getAttribute("data-back");
    if (back) {
      var link = document.createElement("a");
      link.className = "fs-back";
      link.href = back;
      link.textContent = "Back to the fact";
      marks[marks.length - 1].insertAdjacentElement("afterend", link);
    }
    marks[0].scrollIntoView({ block: "start" });
  }

  function setUpQuotes() {
    document.querySelectorAll("mark.fs-quote").forEach(function (mark) {
      mark.addEventListener("mouseenter", function () {
        var ids = (mark.getAttribute("data-facts") || "").split(" ");
        segmentsOf(ids[0]).forEach(function (m) { m.classList.add("fs-hover"); });
      });
      mark.addEventListener("mouseleave", function () {
        document.querySelectorAll("mark.fs-hover").forEach(function (m) { m.classList.remove("fs-hover"); });
      });
    });
    window.addEventListener("hashchange", land);
    land();
    window.addEventListener("load", land);
  }

  function nameMaterialDialogs() {
    // Material's search dialog has no accessible name; give it one.
    document.querySelectorAll(".md-search[role=dialog], .md-search [role=dialog]").forEach(function (dialog) {
      if (!dialog.getAttribute("aria-label")) { dialog.setAttribute("aria-label", "Search"); }
    });
  }

  setUpCitations();
  setUpQuotes();
  nameMaterialDialogs();
}());
