(function () {
  "use strict";
  function showTarget() {
    var current = document.querySelectorAll(".current");
    for (var i = 0; i < current.length; i++) current[i].classList.remove("current");
    var id = decodeURIComponent(location.hash.slice(1));
    if (id.indexOf("span-") !== 0) return;
    var key = id.slice(5);
    var parts = document.querySelectorAll("[data-spans]");
    for (var j = 0; j < parts.length; j++) {
      if (parts[j].getAttribute("data-spans").split(" ").indexOf(key) >= 0) {
        parts[j].classList.add("current");
      }
    }
  }
  window.addEventListener("hashchange", showTarget);
  showTarget();
})();
