/*
 * Assistant Horizon Santé — the website chat widget (plain JavaScript, no build step).
 *
 * Talks to the engine's socket.io channel (Rasa 3.6: `session_request` / `session_confirm`,
 * `user_uttered` / `bot_uttered`) with the socket.io client served by the gateway
 * (`window.io`, from npm). Renders our response envelopes (`custom`: {kind, sources, data}):
 * sources with title, date (JJ/MM/AAAA) and link; simulations as tables; care results as a
 * list; contract options and comparisons; the handoff status; emergencies first and loudly.
 *
 * The conversation survives a reload: the session id and the rendered history are kept in
 * localStorage (the engine does not resend history), tied to who is logged in — a change of
 * member (login, logout) starts a new conversation. A logged-in member is identified by a
 * short-lived signed token fetched from the gateway (`/api/member-token`), never by an id
 * chosen here.
 *
 * Every text is put in the page with textContent, never as HTML.
 */
(function () {
  "use strict";

  var STORE_KEY = "mhs.assistant.v1";
  var OPEN_KEY = "mhs.assistant.open";
  var MAX_ENTRIES = 200;
  var REPLY_TIMEOUT_MS = 30000;
  var ADVISER_PHONE = "01 84 60 00 00";

  var root = document.getElementById("assistant-widget");
  if (!root) {
    return;
  }

  var cfg = {
    engineUrl: root.dataset.engineUrl || "",
    socketPath: root.dataset.socketPath || "/socket.io/",
    transports: (root.dataset.transports || "polling").split(","),
    metadataKey: root.dataset.metadataKey || "metadata",
    login: root.dataset.login === "on",
    owner: root.dataset.owner || "",
    tokenUrl: root.dataset.tokenUrl || "/api/member-token",
  };

  // ------------------------------------------------------------------ small helpers

  function el(tag, attrs) {
    var node = document.createElement(tag);
    var name;
    if (attrs) {
      for (name in attrs) {
        if (!Object.prototype.hasOwnProperty.call(attrs, name) || attrs[name] == null) {
          continue;
        }
        if (name === "text") {
          node.textContent = String(attrs[name]);
        } else if (name === "className") {
          node.className = attrs[name];
        } else if (name === "hidden") {
          node.hidden = Boolean(attrs[name]);
        } else {
          node.setAttribute(name, String(attrs[name]));
        }
      }
    }
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child == null || child === false) {
        continue;
      }
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  function hiddenText(text) {
    return el("span", { className: "visually-hidden", text: text });
  }

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function asArray(value) {
    return Array.isArray(value) ? value : [];
  }

  function asText(value) {
    if (value == null) {
      return "";
    }
    return typeof value === "string" ? value : String(value);
  }

  function pick(obj, keys) {
    for (var i = 0; i < keys.length; i++) {
      if (isObject(obj) && obj[keys[i]] != null && obj[keys[i]] !== "") {
        return obj[keys[i]];
      }
    }
    return null;
  }

  /** "2026-03-01" (or a full ISO timestamp) → "01/03/2026"; anything else as given. */
  function formatDate(value) {
    var text = asText(value).trim();
    var match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
    return match ? match[3] + "/" + match[2] + "/" + match[1] : text;
  }

  var EURO = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });

  function toNumber(value) {
    if (typeof value === "number") {
      return value;
    }
    var text = asText(value).trim().replace(/\s/g, "").replace(",", ".");
    return text === "" ? NaN : Number(text);
  }

  function formatEuro(value) {
    var number = toNumber(value);
    return isFinite(number) ? EURO.format(number) : asText(value);
  }

  function formatKm(value) {
    var number = toNumber(value);
    if (!isFinite(number)) {
      return asText(value);
    }
    return number.toLocaleString("fr-FR", { maximumFractionDigits: 1 }) + " km";
  }

  function safeHttpUrl(value) {
    try {
      var url = new URL(asText(value));
      return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
    } catch (error) {
      return null;
    }
  }

  function telHref(value) {
    var digits = asText(value).replace(/[^\d+]/g, "");
    return digits ? "tel:" + digits : null;
  }

  function newSessionId() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") {
      return window.crypto.randomUUID().replace(/-/g, "");
    }
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map
      .call(bytes, function (b) {
        return ("0" + b.toString(16)).slice(-2);
      })
      .join("");
  }

  // ------------------------------------------------------------------ state (localStorage)

  function freshState() {
    return { version: 1, sessionId: newSessionId(), owner: cfg.owner, entries: [], handoff: null, seq: 0 };
  }

  function loadState() {
    try {
      var raw = window.localStorage.getItem(STORE_KEY);
      var stored = raw ? JSON.parse(raw) : null;
      if (
        isObject(stored) &&
        stored.version === 1 &&
        typeof stored.sessionId === "string" &&
        stored.owner === cfg.owner &&
        Array.isArray(stored.entries)
      ) {
        stored.seq = typeof stored.seq === "number" ? stored.seq : stored.entries.length;
        return stored;
      }
    } catch (error) {
      /* unreadable storage: start afresh */
    }
    return freshState();
  }

  var state = loadState();

  function saveState() {
    if (state.entries.length > MAX_ENTRIES) {
      state.entries = state.entries.slice(-MAX_ENTRIES);
    }
    try {
      window.localStorage.setItem(STORE_KEY, JSON.stringify(state));
    } catch (error) {
      /* storage full or disabled: the conversation still works, without reload memory */
    }
  }

  function isOpenStored() {
    try {
      return window.sessionStorage.getItem(OPEN_KEY) === "1";
    } catch (error) {
      return false;
    }
  }

  function storeOpen(open) {
    try {
      window.sessionStorage.setItem(OPEN_KEY, open ? "1" : "0");
    } catch (error) {
      /* ignore */
    }
  }

  // ------------------------------------------------------------------ the widget's DOM

  var launcher = el(
    "button",
    {
      type: "button",
      className: "assistant-launcher",
      "aria-expanded": "false",
      "aria-controls": "assistant-panel",
    },
    el("span", { className: "launcher-icon", "aria-hidden": "true", text: "?" }),
    el("span", { className: "launcher-label", text: "Une question ? L'assistant" }),
    el("span", { className: "launcher-unread", hidden: true, text: " (nouveau message)" })
  );
  var unreadBadge = launcher.querySelector(".launcher-unread");

  var title = el("h2", { id: "assistant-title", text: "Assistant Horizon Santé" });
  var resetButton = el("button", {
    type: "button",
    className: "assistant-reset",
    text: "Nouvelle conversation",
  });
  var closeButton = el(
    "button",
    { type: "button", className: "assistant-close", "aria-label": "Fermer l'assistant" },
    el("span", { "aria-hidden": "true", text: "×" })
  );
  var banner = el("div", { className: "assistant-banner", role: "status", hidden: true });
  var log = el("ol", {
    className: "assistant-log",
    role: "log",
    "aria-live": "polite",
    "aria-label": "Conversation avec l'assistant",
    tabindex: "0",
  });
  var status = el("p", { className: "assistant-status", role: "status", "aria-live": "polite" });
  var input = el("input", {
    id: "assistant-input",
    type: "text",
    name: "message",
    autocomplete: "off",
    maxlength: "2000",
    placeholder: "Posez votre question…",
    "aria-describedby": "assistant-help",
  });
  var sendButton = el("button", { type: "submit", className: "assistant-send", text: "Envoyer" });
  var form = el(
    "form",
    { className: "assistant-form", "aria-label": "Écrire à l'assistant" },
    el("label", { for: "assistant-input", className: "visually-hidden", text: "Votre message" }),
    input,
    sendButton
  );
  var panel = el(
    "section",
    { id: "assistant-panel", className: "assistant-panel", "aria-labelledby": "assistant-title", hidden: true },
    el(
      "div",
      { className: "assistant-head" },
      el(
        "div",
        { className: "assistant-titles" },
        title,
        el(
          "div",
          { className: "assistant-subrow" },
          el("p", {
            className: "assistant-sub",
            text: cfg.owner ? "Connecté : " + cfg.owner : "Réponses sourcées et datées",
          }),
          resetButton
        )
      ),
      closeButton
    ),
    banner,
    log,
    status,
    form,
    el("p", {
      id: "assistant-help",
      className: "assistant-help",
      text:
        "Entrée pour envoyer. Ne donnez pas de détails médicaux. Urgence : 15 ou 112. " +
        "Conseiller : " + ADVISER_PHONE + ".",
    })
  );
  root.appendChild(launcher);
  root.appendChild(panel);

  // ------------------------------------------------------------------ envelope renderers

  function renderSources(sources) {
    var items = asArray(sources).filter(isObject);
    if (!items.length) {
      return null;
    }
    var list = el("ol", { className: "sources-list" });
    items.forEach(function (source) {
      var titleText = asText(source.title) || "Source";
      var href = safeHttpUrl(source.url);
      var item = el("li", null);
      if (href) {
        item.appendChild(
          el(
            "a",
            { href: href, target: "_blank", rel: "noopener noreferrer" },
            titleText,
            hiddenText(" (nouvel onglet)")
          )
        );
      } else {
        item.appendChild(el("span", { text: titleText }));
      }
      var date = formatDate(source.updated);
      if (date) {
        item.appendChild(el("span", { className: "source-date", text: " — mis à jour le " + date }));
      }
      list.appendChild(item);
    });
    return el(
      "div",
      { className: "sources" },
      el("p", { className: "sources-title", text: items.length > 1 ? "Sources" : "Source" }),
      list
    );
  }

  function moneyRow(label, value, className) {
    var row = el("tr", className ? { className: className } : null);
    row.appendChild(el("th", { scope: "row", text: label }));
    row.appendChild(el("td", { text: formatEuro(value) }));
    return row;
  }

  /** Prix du soin, then each explained line; the member's share last, in bold. */
  function renderSimulation(data) {
    var figures = isObject(data.figures) ? data.figures : {};
    var lines = asArray(data.lines).filter(function (line) {
      return isObject(line) && line.label != null && line.amount != null;
    });
    var caption = "Estimation" + (data.act ? " — " + asText(data.act) : "");
    if (data.contract_name) {
      caption += " (" + asText(data.contract_name) + ")";
    }
    var table = el(
      "table",
      { className: "sim-table" },
      el("caption", { text: caption }),
      el(
        "thead",
        null,
        el("tr", null, el("th", { scope: "col", text: "Poste" }), el("th", { scope: "col", text: "Montant" }))
      )
    );
    var body = el("tbody", null);
    var foot = el("tfoot", null);
    if (figures.fee != null) {
      body.appendChild(moneyRow("Prix du soin", figures.fee, "fee"));
    }
    lines.forEach(function (line) {
      if (line.kind === "reste_a_charge") {
        foot.appendChild(moneyRow(asText(line.label), line.amount, "total"));
      } else {
        body.appendChild(moneyRow(asText(line.label), line.amount, line.kind === "base" ? "info" : ""));
      }
    });
    if (!lines.length) {
      if (figures.amo_net != null) {
        body.appendChild(moneyRow("Assurance Maladie", figures.amo_net, ""));
      }
      if (figures.mutuelle != null) {
        body.appendChild(moneyRow("Mutuelle", figures.mutuelle, ""));
      }
    }
    if (!foot.childNodes.length && figures.reste_a_charge != null) {
      foot.appendChild(moneyRow("Reste à votre charge", figures.reste_a_charge, "total"));
    }
    table.appendChild(body);
    table.appendChild(foot);
    var box = el("div", { className: "card sim" }, table);
    var optam = isObject(data.optam_variant) ? data.optam_variant : null;
    if (optam && optam.reste_a_charge != null) {
      var detail = [];
      if (optam.amo_net != null) {
        detail.push("Assurance Maladie " + formatEuro(optam.amo_net));
      }
      if (optam.mutuelle != null) {
        detail.push("mutuelle " + formatEuro(optam.mutuelle));
      }
      box.appendChild(
        el("p", {
          className: "note",
          text:
            "Avec un médecin signataire de l'OPTAM : reste à charge " +
            formatEuro(optam.reste_a_charge) +
            (detail.length ? " (" + detail.join(", ") + ")" : "") +
            ".",
        })
      );
    }
    return box;
  }

  function renderComparison(data) {
    var names = asArray(data.names);
    var nameA = asText(names[0]) || "Formule A";
    var nameB = asText(names[1]) || "Formule B";
    var table = el(
      "table",
      { className: "compare-table" },
      el("caption", { text: "Comparaison " + nameA + " / " + nameB }),
      el(
        "thead",
        null,
        el(
          "tr",
          null,
          el("th", { scope: "col", text: "Garantie" }),
          el("th", { scope: "col", text: nameA }),
          el("th", { scope: "col", text: nameB })
        )
      )
    );
    var body = el("tbody", null);
    asArray(data.rows)
      .filter(isObject)
      .forEach(function (row) {
        body.appendChild(
          el(
            "tr",
            null,
            el("th", { scope: "row", text: asText(row.label) }),
            el("td", { text: asText(row.a) }),
            el("td", { text: asText(row.b) })
          )
        );
      });
    table.appendChild(body);
    return el("div", { className: "card compare" }, table);
  }

  function renderOptions(data) {
    if (data.mode === "comparison") {
      return renderComparison(data);
    }
    var options = asArray(data.options).filter(isObject);
    if (!options.length) {
      return null;
    }
    var list = el("ol", { className: "options", "aria-label": "Formules proposées" });
    options.forEach(function (option, index) {
      var rank = option.rank != null ? asText(option.rank) : String(index + 1);
      var item = el(
        "li",
        { className: "option" },
        el("p", { className: "option-name" }, el("strong", { text: rank + ". " + asText(option.contract_name) }))
      );
      if (option.monthly_premium != null) {
        item.appendChild(
          el("p", {
            text:
              formatEuro(option.monthly_premium) +
              " par mois" +
              (option.yearly_premium != null ? " (" + formatEuro(option.yearly_premium) + " par an)" : ""),
          })
        );
      }
      if (option.typical_year_reste_a_charge != null) {
        item.appendChild(
          el("p", {
            text: "Reste à charge estimé sur une année type : " + formatEuro(option.typical_year_reste_a_charge),
          })
        );
      }
      var reasons = asArray(option.reasons).map(asText).filter(Boolean);
      if (reasons.length) {
        var ul = el("ul", { className: "reasons" });
        reasons.forEach(function (reason) {
          ul.appendChild(el("li", { text: reason }));
        });
        item.appendChild(ul);
      }
      list.appendChild(item);
    });
    return el("div", { className: "card contracts" }, list);
  }

  function renderCare(data) {
    var results = asArray(pick(data, ["results", "professionals", "items"])).filter(isObject);
    if (!results.length) {
      return null;
    }
    var list = el("ul", { className: "care-results", "aria-label": "Professionnels trouvés" });
    results.forEach(function (found) {
      var item = el(
        "li",
        { className: "care-item" },
        el("p", { className: "care-name" }, el("strong", { text: asText(pick(found, ["name", "nom"])) || "Professionnel" }))
      );
      var facts = [pick(found, ["specialty", "specialty_label", "profession"]), pick(found, ["sector_label", "sector"])]
        .map(asText)
        .filter(Boolean);
      var distance = pick(found, ["distance_km", "distance"]);
      if (distance != null) {
        facts.push("à " + formatKm(distance));
      }
      if (facts.length) {
        item.appendChild(el("p", { className: "care-facts", text: facts.join(" · ") }));
      }
      var address = pick(found, ["address", "adresse"]);
      if (address) {
        item.appendChild(el("p", { className: "care-address", text: asText(address) }));
      }
      var money = [];
      var fee = pick(found, ["fee", "tarif"]);
      if (fee != null) {
        money.push("Consultation : " + formatEuro(fee));
      }
      var rest = pick(found, ["reste_a_charge"]);
      if (rest != null) {
        money.push("reste à charge estimé : " + formatEuro(rest));
      }
      if (money.length) {
        item.appendChild(el("p", { className: "care-money", text: money.join(" ; ") }));
      }
      var phone = pick(found, ["phone", "telephone"]);
      var href = phone ? telHref(phone) : null;
      if (href) {
        item.appendChild(
          el("p", { className: "care-phone" }, "Téléphone : ", el("a", { href: href, text: asText(phone) }))
        );
      }
      list.appendChild(item);
    });
    return el("div", { className: "card care" }, list);
  }

  var HANDOFF_STATUS = {
    open: "Votre demande est transmise à un conseiller.",
    pending: "Votre demande est transmise à un conseiller.",
    waiting: "Votre demande est transmise à un conseiller.",
    queued: "Votre demande est transmise à un conseiller.",
    assigned: "Un conseiller a pris en charge votre demande.",
    in_progress: "Un conseiller a pris en charge votre demande.",
    taken: "Un conseiller a pris en charge votre demande.",
    closed: "L'échange avec le conseiller est terminé.",
    resolved: "L'échange avec le conseiller est terminé.",
    not_recorded: "Votre demande n'a pas pu être enregistrée : appelez un conseiller au " + ADVISER_PHONE + ".",
  };

  function handoffSummary(data) {
    var statusKey = asText(data.status).toLowerCase();
    var lines = [HANDOFF_STATUS[statusKey] || "Mise en relation avec un conseiller" + (statusKey ? " : " + asText(data.status) : "") + "."];
    if (data.reason_label || data.reason) {
      lines.push("Motif : " + asText(data.reason_label || data.reason));
    }
    if (data.ticket_id != null && data.ticket_id !== "") {
      lines.push("Référence : " + asText(data.ticket_id));
    }
    return lines;
  }

  function renderHandoff(data) {
    var lines = handoffSummary(data);
    var box = el("div", { className: "card handoff" }, el("p", { className: "handoff-status" }, el("strong", { text: lines[0] })));
    lines.slice(1).forEach(function (line) {
      box.appendChild(el("p", { text: line }));
    });
    var steps = Array.isArray(data.next_steps) ? data.next_steps : data.next_steps ? [data.next_steps] : [];
    steps = steps.map(asText).filter(Boolean);
    if (steps.length) {
      var ul = el("ul", { className: "next-steps", "aria-label": "Prochaines étapes" });
      steps.forEach(function (step) {
        ul.appendChild(el("li", { text: step }));
      });
      box.appendChild(ul);
    }
    return box;
  }

  function renderEmergency(data) {
    var numbers = asArray(data.numbers).filter(isObject);
    var box = el("div", { className: "card emergency-card" });
    box.appendChild(el("p", { className: "emergency-title" }, el("strong", { text: "Urgence : appelez maintenant" })));
    if (numbers.length) {
      var ul = el("ul", { className: "emergency-numbers" });
      numbers.forEach(function (number) {
        var shown = asText(number.number);
        var href = asText(number.uri).indexOf("tel:") === 0 ? asText(number.uri) : telHref(shown);
        var label = asText(number.label);
        var link = el(
          "a",
          { className: "call", href: href || "tel:15" },
          el("span", { className: "call-number", text: shown }),
          el("span", { className: "call-label", text: label })
        );
        ul.appendChild(el("li", null, link));
      });
      box.appendChild(ul);
    }
    return box;
  }

  function renderEnvelope(envelope) {
    var data = isObject(envelope.data) ? envelope.data : {};
    var body = null;
    try {
      if (envelope.kind === "simulation") {
        body = renderSimulation(data);
      } else if (envelope.kind === "contract_recommendation") {
        body = renderOptions(data);
      } else if (envelope.kind === "care_search") {
        body = renderCare(data);
      } else if (envelope.kind === "handoff") {
        body = renderHandoff(data);
      } else if (envelope.kind === "emergency") {
        body = renderEmergency(data);
      }
    } catch (error) {
      body = null; // an unexpected payload shape never breaks the conversation
    }
    var sources = renderSources(envelope.sources);
    if (!body && !sources) {
      return null;
    }
    var box = el("div", { className: "envelope kind-" + asText(envelope.kind).replace(/[^a-z_]/g, "") });
    if (body) {
      box.appendChild(body);
    }
    if (sources) {
      box.appendChild(sources);
    }
    return box;
  }

  // ------------------------------------------------------------------ log rendering

  var nodes = {};

  function renderButtons(entry) {
    var group = el("div", { className: "choices", role: "group", "aria-label": "Réponses proposées" });
    entry.buttons.forEach(function (button) {
      var node = el("button", { type: "button", className: "choice", text: button.title });
      node.disabled = Boolean(entry.used);
      node.addEventListener("click", function () {
        if (entry.used) {
          return;
        }
        sendMessage(button.payload, button.title);
        input.focus();
      });
      group.appendChild(node);
    });
    return group;
  }

  function renderEntry(entry) {
    var who = entry.from === "user" ? "Vous : " : "Assistant : ";
    var item = el("li", { className: "msg msg-" + (entry.from === "user" ? "user" : "bot") });
    if (entry.emergency) {
      item.classList.add("emergency");
    }
    item.appendChild(hiddenText(who));
    if (entry.text) {
      item.appendChild(el("p", { className: "msg-text", text: entry.text }));
    }
    if (entry.envelope) {
      var card = renderEnvelope(entry.envelope);
      if (card) {
        item.appendChild(card);
      }
      if (entry.envelope.kind === "emergency") {
        item.setAttribute("role", "alert");
      }
    }
    if (entry.buttons && entry.buttons.length) {
      item.appendChild(renderButtons(entry));
    }
    return item;
  }

  function showEntry(entry) {
    var node = renderEntry(entry);
    var previous = nodes[entry.id];
    if (previous && previous.parentNode === log) {
      log.replaceChild(node, previous);
    } else {
      log.appendChild(node);
    }
    nodes[entry.id] = node;
    log.scrollTop = log.scrollHeight;
  }

  function removeEntry(entry) {
    var node = nodes[entry.id];
    if (node && node.parentNode === log) {
      log.removeChild(node);
    }
    delete nodes[entry.id];
    state.entries = state.entries.filter(function (other) {
      return other !== entry;
    });
  }

  function addEntry(entry) {
    state.seq += 1;
    entry.id = "m" + state.seq;
    state.entries.push(entry);
    saveState();
    showEntry(entry);
    if (entry.from !== "user" && panel.hidden) {
      unreadBadge.hidden = false;
      launcher.classList.add("has-unread");
    }
    return entry;
  }

  function currentTurn() {
    var turn = [];
    for (var i = state.entries.length - 1; i >= 0; i--) {
      if (state.entries[i].from === "user") {
        break;
      }
      turn.unshift(state.entries[i]);
    }
    return turn;
  }

  function renderBanner() {
    var handoff = state.handoff;
    if (!handoff) {
      banner.hidden = true;
      banner.textContent = "";
      return;
    }
    var lines = handoffSummary(handoff);
    banner.textContent = "";
    banner.appendChild(el("strong", { text: "Conseiller — " }));
    banner.appendChild(document.createTextNode(lines.join(" · ")));
    banner.hidden = false;
  }

  function renderAll() {
    log.setAttribute("aria-busy", "true");
    log.textContent = "";
    nodes = {};
    state.entries.forEach(showEntry);
    renderBanner();
    log.removeAttribute("aria-busy");
  }

  // ------------------------------------------------------------------ incoming messages

  function normaliseButtons(raw) {
    return asArray(raw)
      .filter(isObject)
      .map(function (button) {
        var titleText = asText(button.title || button.payload).trim();
        var payload = asText(button.payload || button.title).trim();
        return { title: titleText, payload: payload };
      })
      .filter(function (button) {
        return button.title && button.payload;
      });
  }

  /** The text of a "Sources :\n[1] …" paragraph without its source lines (they are rendered). */
  function withoutSourceLines(text) {
    var lines = asText(text).split("\n");
    if (!/^\s*sources?\s*:/i.test(lines[0] || "")) {
      return text;
    }
    return lines
      .slice(1)
      .filter(function (line) {
        return !/^\s*\[\d+\]/.test(line);
      })
      .join("\n")
      .trim();
  }

  function handleEnvelope(envelope) {
    var turn = currentTurn();
    if (asArray(envelope.sources).length) {
      turn.forEach(function (entry) {
        if (entry.from === "bot" && entry.text && !entry.envelope) {
          var stripped = withoutSourceLines(entry.text);
          if (stripped !== entry.text) {
            entry.text = stripped;
            if (!stripped && !(entry.buttons && entry.buttons.length)) {
              removeEntry(entry);
            } else {
              showEntry(entry);
            }
          }
        }
      });
    }
    if (envelope.kind === "emergency") {
      turn.forEach(function (entry) {
        if (entry.from === "bot" && !entry.emergency) {
          entry.emergency = true;
          showEntry(entry);
        }
      });
    }
    if (envelope.kind === "handoff") {
      state.handoff = isObject(envelope.data) ? envelope.data : {};
      renderBanner();
    }
    if (renderEnvelope(envelope)) {
      addEntry({ from: "bot", envelope: envelope, emergency: envelope.kind === "emergency" });
    } else {
      saveState();
    }
  }

  var replyTimer = null;

  function waitForReply() {
    window.clearTimeout(replyTimer);
    setStatus("L'assistant rédige sa réponse…");
    replyTimer = window.setTimeout(function () {
      setStatus(
        "Pas de réponse pour le moment. Reformulez votre question ou appelez un conseiller au " +
          ADVISER_PHONE +
          "."
      );
    }, REPLY_TIMEOUT_MS);
  }

  function replyArrived() {
    window.clearTimeout(replyTimer);
    replyTimer = null;
    if (connected && !statusIsConnection) {
      setStatus("");
    }
  }

  function onBotMessage(message) {
    if (!isObject(message)) {
      return;
    }
    replyArrived();
    var text = asText(message.text).trim();
    var buttons = normaliseButtons(message.quick_replies || message.buttons);
    var attachment = isObject(message.attachment) ? message.attachment : null;
    if (attachment && isObject(attachment.payload)) {
      var src = safeHttpUrl(attachment.payload.src || attachment.payload.url);
      if (src) {
        text = (text ? text + "\n" : "") + "Pièce jointe : " + src;
      }
    }
    if (text || buttons.length) {
      addEntry({ from: "bot", text: text, buttons: buttons });
    }
    var envelope = message.custom;
    if (isObject(envelope) && typeof envelope.kind === "string") {
      handleEnvelope(envelope);
    }
  }

  // ------------------------------------------------------------------ member token

  var memberToken = null;
  var memberTokenExpiry = 0;

  function fetchMemberToken() {
    if (!cfg.login || !cfg.owner || !window.fetch) {
      return Promise.resolve(null);
    }
    if (memberToken && Date.now() < memberTokenExpiry - 60000) {
      return Promise.resolve(memberToken);
    }
    return window
      .fetch(cfg.tokenUrl, { credentials: "same-origin", cache: "no-store", headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (body) {
        if (isObject(body) && typeof body.member_token === "string") {
          memberToken = body.member_token;
          memberTokenExpiry = Date.now() + (Number(body.expires_in) || 300) * 1000;
          return memberToken;
        }
        memberToken = null;
        return null;
      })
      .catch(function () {
        return null;
      });
  }

  // ------------------------------------------------------------------ socket.io

  var socket = null;
  var connected = false;
  var confirmed = false;
  var outbox = [];

  var statusIsConnection = false;

  /** The status line (a polite live region); ``connection`` marks connection messages. */
  function setStatus(text, connection) {
    statusIsConnection = Boolean(connection);
    if (status.textContent !== text) {
      status.textContent = text;
    }
  }

  function flush() {
    while (socket && connected && confirmed && outbox.length) {
      var item = outbox.shift();
      var data = { message: item.message, session_id: state.sessionId };
      data[cfg.metadataKey] = item.metadata;
      socket.emit("user_uttered", data);
      waitForReply();
    }
  }

  function requestSession() {
    confirmed = false;
    socket.emit("session_request", { session_id: state.sessionId });
  }

  function connect() {
    if (socket) {
      return;
    }
    if (typeof window.io !== "function" || !cfg.engineUrl) {
      setStatus("L'assistant est indisponible pour le moment. Un conseiller vous répond au " + ADVISER_PHONE + ".");
      return;
    }
    setStatus("Connexion à l'assistant…", true);
    var mine = window.io(cfg.engineUrl, {
      path: cfg.socketPath,
      transports: cfg.transports,
      tryAllTransports: cfg.transports.length > 1,
      reconnectionDelayMax: 10000,
    });
    socket = mine;
    // events of a socket replaced by "Nouvelle conversation" are ignored
    function current(handler) {
      return function (value) {
        if (socket === mine) {
          handler(value);
        }
      };
    }
    mine.on(
      "connect",
      current(function () {
        connected = true;
        requestSession();
      })
    );
    mine.on(
      "session_confirm",
      current(function (value) {
        var sessionId = typeof value === "string" ? value : isObject(value) ? value.session_id : null;
        if (typeof sessionId === "string" && sessionId && sessionId !== state.sessionId) {
          state.sessionId = sessionId;
          saveState();
        }
        confirmed = true;
        if (!replyTimer && statusIsConnection) {
          setStatus("");
        }
        flush();
      })
    );
    mine.on("bot_uttered", current(onBotMessage));
    mine.on(
      "disconnect",
      current(function () {
        connected = false;
        confirmed = false;
        setStatus("Connexion perdue avec l'assistant. Nouvelle tentative en cours…", true);
      })
    );
    mine.on(
      "connect_error",
      current(function () {
        connected = false;
        setStatus(
          "L'assistant est injoignable pour le moment. Nouvelle tentative en cours ; " +
            "un conseiller vous répond au " +
            ADVISER_PHONE +
            ".",
          true
        );
      })
    );
  }

  function sendMessage(message, display) {
    var text = asText(message).trim();
    if (!text) {
      return;
    }
    state.entries.forEach(function (entry) {
      if (entry.buttons && entry.buttons.length && !entry.used) {
        entry.used = true;
        showEntry(entry);
      }
    });
    addEntry({ from: "user", text: asText(display || text).trim() });
    connect();
    fetchMemberToken().then(function (token) {
      var metadata = { channel: "website", language: "fr" };
      if (token) {
        metadata.member_token = token;
      }
      outbox.push({ message: text.slice(0, 2000), metadata: metadata });
      if (!connected) {
        setStatus("Votre message partira dès que la connexion avec l'assistant sera rétablie.", true);
      }
      flush();
    });
  }

  // ------------------------------------------------------------------ open, close, keyboard

  function open(focusInput) {
    panel.hidden = false;
    launcher.setAttribute("aria-expanded", "true");
    launcher.classList.add("is-open");
    unreadBadge.hidden = true;
    launcher.classList.remove("has-unread");
    storeOpen(true);
    connect();
    log.scrollTop = log.scrollHeight;
    if (focusInput) {
      input.focus();
    }
  }

  function close() {
    panel.hidden = true;
    launcher.setAttribute("aria-expanded", "false");
    launcher.classList.remove("is-open");
    storeOpen(false);
    launcher.focus();
  }

  launcher.addEventListener("click", function () {
    if (panel.hidden) {
      open(true);
    } else {
      close();
    }
  });
  closeButton.addEventListener("click", close);
  panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  });
  Array.prototype.forEach.call(document.querySelectorAll("[data-open-assistant]"), function (node) {
    node.addEventListener("click", function () {
      open(true);
    });
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    if (!text.trim()) {
      input.focus();
      return;
    }
    input.value = "";
    sendMessage(text);
    input.focus();
  });

  resetButton.addEventListener("click", function () {
    state = freshState();
    saveState();
    outbox = [];
    renderAll();
    if (socket) {
      // a fresh socket: the old one stays in the previous session's room
      var old = socket;
      socket = null;
      old.disconnect();
      connected = false;
      confirmed = false;
      connect();
    }
    setStatus("Nouvelle conversation commencée.");
    input.focus();
  });

  // ------------------------------------------------------------------ start

  saveState();
  renderAll();
  if (isOpenStored()) {
    open(false);
  } else if (state.entries.length || state.handoff) {
    connect(); // adviser replies and reminders reach an ongoing conversation
  }
})();
