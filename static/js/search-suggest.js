// Suggestions under a search box as the reader types (an enhancement: the form works without it).
// Inputs opt in with data-suggest-url; the list follows the ARIA combobox pattern, so arrows, Enter and
// Escape work and screen readers announce the options.
(function () {
    "use strict";

    var MIN_LENGTH = 2;
    var DELAY_MS = 150;

    function setUp(input) {
        var list = document.createElement("ul");
        var listId = input.id + "-suggestions";
        var timer = null;
        var latest = 0;
        var active = -1;

        var box = document.createElement("div");

        list.id = listId;
        list.className = "suggestions";
        list.setAttribute("role", "listbox");
        list.hidden = true;
        box.className = "suggest-box";
        input.insertAdjacentElement("beforebegin", box);
        box.append(input, list);
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-controls", listId);
        input.setAttribute("aria-expanded", "false");

        function options() {
            return list.querySelectorAll("[role=option]");
        }

        function close() {
            list.hidden = true;
            list.replaceChildren();
            active = -1;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
        }

        function highlight(index) {
            var items = options();
            if (!items.length) {
                return;
            }
            active = (index + items.length) % items.length;
            items.forEach(function (item, position) {
                item.setAttribute("aria-selected", position === active ? "true" : "false");
            });
            input.setAttribute("aria-activedescendant", items[active].id);
        }

        function show(suggestions) {
            list.replaceChildren();
            active = -1;
            suggestions.forEach(function (suggestion, index) {
                var item = document.createElement("li");
                var link = document.createElement("a");
                var kind = document.createElement("span");
                item.id = listId + "-" + index;
                item.setAttribute("role", "option");
                item.setAttribute("aria-selected", "false");
                link.href = suggestion.url;
                link.tabIndex = -1;
                link.textContent = suggestion.label;
                kind.className = "suggestions__kind";
                kind.textContent = input.dataset["suggestKind" + suggestion.kind.charAt(0).toUpperCase() + suggestion.kind.slice(1)] || "";
                link.appendChild(kind);
                item.appendChild(link);
                list.appendChild(item);
            });
            list.hidden = suggestions.length === 0;
            input.setAttribute("aria-expanded", suggestions.length ? "true" : "false");
        }

        function fetchSuggestions() {
            var typed = input.value.trim();
            var request = ++latest;
            if (typed.length < MIN_LENGTH) {
                close();
                return;
            }
            var url = input.dataset.suggestUrl + "?" + new URLSearchParams({q: typed, ui: document.documentElement.lang});
            fetch(url, {headers: {Accept: "application/json"}, credentials: "same-origin"})
                .then(function (response) {
                    return response.ok ? response.json() : {suggestions: []};
                })
                .then(function (payload) {
                    if (request === latest) {
                        show(payload.suggestions || []);
                    }
                })
                .catch(close);
        }

        input.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(fetchSuggestions, DELAY_MS);
        });
        input.addEventListener("keydown", function (event) {
            if (list.hidden) {
                return;
            }
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
                event.preventDefault();
                highlight(active + (event.key === "ArrowDown" ? 1 : -1));
            } else if (event.key === "Enter" && active >= 0) {
                event.preventDefault();
                window.location.assign(options()[active].querySelector("a").href);
            } else if (event.key === "Escape") {
                close();
            }
        });
        input.addEventListener("blur", function () {
            setTimeout(close, 200);  // lets a click on a suggestion land first
        });
    }

    document.querySelectorAll("input[data-suggest-url]").forEach(setUp);
})();
