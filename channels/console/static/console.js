// Adviser console and copilot: vanilla JavaScript, JSON API of the gateway, no dependency.
// Every value from the server is written with textContent (never parsed as HTML).
"use strict";

(function () {
  const body = document.body;
  const page = body.dataset.page || "console";
  const refreshSeconds = Math.max(5, parseInt(body.dataset.refresh || "15", 10) || 15);
  const $ = (id) => document.getElementById(id);
  const timeFormat = new Intl.DateTimeFormat("fr-FR", {
    hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris",
  });
  const dayFormat = new Intl.DateTimeFormat("fr-FR", {
    day: "2-digit", month: "2-digit", timeZone: "Europe/Paris",
  });

  let current = null; // the ticket shown: {ticket, transcript, last_question, ...}
  let prefilled = ""; // the copilot text we filled in ourselves

  // -- helpers -------------------------------------------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "className") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function announce(message) {
    const zone = $("annonces");
    if (!zone) return;
    zone.textContent = "";
    window.setTimeout(() => { zone.textContent = message; }, 30);
  }

  function setStatus(id, message, kind) {
    const zone = $(id);
    if (!zone) return;
    zone.textContent = message || "";
    zone.classList.toggle("error", kind === "error");
    zone.classList.toggle("success", kind === "success");
  }

  async function api(method, path, payload) {
    const options = {
      method,
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    };
    if (payload !== undefined) {
      options.headers["Content-Type"] = "application/json";
      options.body = JSON.stringify(payload);
    }
    let response;
    try {
      response = await fetch(path, options);
    } catch (_network) {
      return { ok: false, status: 0, data: null, error: "Serveur injoignable : réessayez." };
    }
    if (response.status === 401) {
      window.location.assign("/console/login");
      return { ok: false, status: 401, data: null, error: "Session expirée." };
    }
    let data = null;
    try { data = await response.json(); } catch (_ignored) { data = null; }
    const error = response.ok ? null
      : (data && typeof data.detail === "string" ? data.detail : `Erreur ${response.status}.`);
    return { ok: response.ok, status: response.status, data, error };
  }

  function waited(seconds) {
    if (seconds < 60) return "moins d'1 min";
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) return `${minutes} min`;
    const hours = Math.floor(minutes / 60);
    if (hours < 48) return `${hours} h ${String(minutes % 60).padStart(2, "0")}`;
    return `${Math.floor(hours / 24)} j`;
  }

  function when(iso) {
    if (!iso) return "";
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return "";
    const today = dayFormat.format(new Date()) === dayFormat.format(date);
    return today ? timeFormat.format(date) : `${dayFormat.format(date)} ${timeFormat.format(date)}`;
  }

  function frenchDate(iso) {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    return match ? `${match[3]}/${match[2]}/${match[1]}` : (iso || "");
  }

  function safeUrl(url) {
    return /^https?:\/\//i.test(url || "") ? url : null;
  }

  // -- logout ----------------------------------------------------------------------------------

  const logout = $("logout");
  if (logout) {
    logout.addEventListener("click", async () => {
      await api("POST", "/console/logout", {});
      window.location.assign("/console/login");
    });
  }

  // -- queue -----------------------------------------------------------------------------------

  function actionButton(ticket) {
    const label = `${ticket.reason_label}, priorité ${ticket.priority_label}`;
    if (ticket.status === "open") {
      return el("button", {
        type: "button", className: "primary", "data-take": ticket.id,
        "aria-label": `Prendre le ticket : ${label}`, text: "Prendre",
        onclick: () => take(ticket.id),
      });
    }
    return el("button", {
      type: "button", "data-open": ticket.id,
      "aria-label": `${ticket.mine ? "Ouvrir" : "Consulter"} le ticket : ${label}`,
      text: ticket.mine ? "Ouvrir" : "Consulter",
      onclick: () => openTicket(ticket.id),
    });
  }

  function renderQueue(tickets) {
    const tbody = document.querySelector("#file-table tbody");
    tbody.replaceChildren();
    for (const ticket of tickets) {
      const status = ticket.status === "assigned" && !ticket.mine
        ? `${ticket.status_label} (${ticket.assigned_to})`
        : (ticket.mine ? "pris en charge par vous" : ticket.status_label);
      const row = el("tr", {
        "data-ticket": ticket.id,
        className: current && current.ticket.id === ticket.id ? "current" : null,
      },
        el("td", {}, el("span", {
          className: `badge prio-${ticket.priority}`, text: ticket.priority_label,
        })),
        el("td", {}, ticket.urgent ? el("strong", { text: ticket.reason_label }) : ticket.reason_label),
        el("td", { text: ticket.channel_label }),
        el("td", { text: waited(ticket.waiting_seconds) }),
        el("td", { text: ticket.member_id || "—" }),
        el("td", { text: status }),
        el("td", {}, actionButton(ticket)),
      );
      tbody.append(row);
    }
  }

  async function loadQueue(quiet) {
    const result = await api("GET", "/api/console/tickets");
    if (!result.ok) {
      setStatus("file-etat", result.error, "error");
      return;
    }
    const tickets = result.data.tickets;
    renderQueue(tickets);
    const waiting = tickets.filter((t) => t.status === "open").length;
    const text = tickets.length === 0
      ? "Aucune demande en attente."
      : `${waiting} demande(s) en attente, ${tickets.length - waiting} en cours — actualisé à ${when(result.data.refreshed_at)}.`;
    setStatus("file-etat", text);
    if (!quiet) announce(text);
  }

  async function take(ticketId) {
    const result = await api("POST", `/api/console/tickets/${encodeURIComponent(ticketId)}/take`, {});
    if (!result.ok) {
      setStatus("file-etat", result.error, "error");
      announce(result.error);
      await loadQueue(true);
      return;
    }
    await openTicket(ticketId, result.data.warning);
    await loadQueue(true);
  }

  // -- conversation ----------------------------------------------------------------------------

  function renderMeta(ticket) {
    const meta = $("conv-meta");
    meta.replaceChildren();
    const rows = [
      ["Motif", ticket.reasons.join(", ") || ticket.reason_label],
      ["Priorité", ticket.priority_label],
      ["Canal", ticket.channel_label],
      ["Adhérent", ticket.member_id || "non identifié"],
      ["Statut", ticket.mine ? "pris en charge par vous" : ticket.status_label],
      ["En attente depuis", waited(ticket.waiting_seconds)],
    ];
    for (const [term, value] of rows) {
      meta.append(el("dt", { text: term }), el("dd", { text: value }));
    }
  }

  function renderTranscript(entries) {
    const list = $("conv-transcript");
    list.replaceChildren();
    const names = { member: "Adhérent", bot: "Assistant", adviser: "Conseiller" };
    for (const entry of entries) {
      let who = names[entry.speaker] || entry.speaker;
      if (entry.speaker === "adviser" && entry.author) who = `Conseiller (${entry.author})`;
      const stamp = when(entry.at);
      const suffix = entry.speaker === "adviser" && entry.delivered === false ? " — en attente d'envoi" : "";
      list.append(el("li", { className: entry.speaker },
        el("span", { className: "who", text: `${who}${stamp ? " · " + stamp : ""}${suffix}` }),
        entry.text));
    }
    if (entries.length === 0) list.append(el("li", { text: "Aucun message." }));
    list.scrollTop = list.scrollHeight;
  }

  function renderTicket(detail) {
    const ticket = detail.ticket;
    $("conversation").hidden = false;
    $("conv-titre").textContent = `Conversation — ${ticket.reason_label}`;
    const urgent = $("conv-urgent");
    urgent.hidden = !ticket.urgent;
    urgent.textContent = ticket.urgent
      ? "Urgence signalée : l'adhérent a reçu les numéros d'urgence (15, 112, 114, 3114). Rappelez-le en priorité."
      : "";
    renderMeta(ticket);
    $("conv-resume").textContent = ticket.summary || "Pas de résumé.";
    const notice = $("conv-notice");
    notice.hidden = !detail.notice;
    notice.textContent = detail.notice || "";
    renderTranscript(detail.transcript);
    $("conv-take").hidden = ticket.status !== "open";
    $("reply-form").hidden = !ticket.mine;
    const copilotText = $("copilot-text");
    if (detail.last_question && (copilotText.value === "" || copilotText.value === prefilled)) {
      copilotText.value = detail.last_question;
      prefilled = detail.last_question;
    }
    for (const row of document.querySelectorAll("#file-table tbody tr")) {
      row.classList.toggle("current", row.dataset.ticket === ticket.id);
    }
  }

  async function openTicket(ticketId, warning) {
    const result = await api("GET", `/api/console/tickets/${encodeURIComponent(ticketId)}`);
    if (!result.ok) {
      setStatus("file-etat", result.error, "error");
      return;
    }
    current = result.data;
    renderTicket(current);
    setStatus("conv-message", warning || "", warning ? "error" : null);
    $("conv-titre").focus();
    announce(`Conversation ouverte : ${current.ticket.reason_label}.`);
  }

  async function reloadTicket() {
    if (!current) return;
    const result = await api("GET", `/api/console/tickets/${encodeURIComponent(current.ticket.id)}`);
    if (result.ok) {
      current = result.data;
      renderTicket(current);
    }
  }

  async function ticketAction(action, payload, doneText) {
    if (!current) return;
    const id = encodeURIComponent(current.ticket.id);
    const result = await api("POST", `/api/console/tickets/${id}/${action}`, payload);
    if (!result.ok) {
      setStatus("conv-message", result.error, "error");
      announce(result.error);
      return;
    }
    const warning = result.data.warning;
    setStatus("conv-message", warning || doneText, warning ? "error" : "success");
    announce(warning || doneText);
    await reloadTicket();
    await loadQueue(true);
  }

  function setupConversation() {
    $("actualiser").addEventListener("click", () => {
      loadQueue(false);
      reloadTicket();
    });
    $("conv-fermer").addEventListener("click", () => {
      current = null;
      $("conversation").hidden = true;
      $("file-titre").focus();
      for (const row of document.querySelectorAll("#file-table tbody tr")) row.classList.remove("current");
    });
    $("file-titre").setAttribute("tabindex", "-1");
    $("take-open").addEventListener("click", () => current && take(current.ticket.id));
    $("reply-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      if (!current) return;
      const box = $("reply-text");
      const text = box.value.trim();
      if (!text) {
        setStatus("conv-message", "La réponse est vide.", "error");
        box.focus();
        return;
      }
      const submit = event.submitter || $("reply-form").querySelector("button[type=submit]");
      submit.disabled = true;
      const id = encodeURIComponent(current.ticket.id);
      const result = await api("POST", `/api/console/tickets/${id}/replies`, { text });
      submit.disabled = false;
      if (!result.ok) {
        setStatus("conv-message", result.error, "error");
        announce(result.error);
        return;
      }
      box.value = "";
      const done = result.data.message.delivered
        ? "Réponse envoyée à l'adhérent."
        : `Réponse enregistrée, pas encore envoyée. ${result.data.warning || ""}`;
      setStatus("conv-message", done, result.data.message.delivered ? "success" : "error");
      announce(done);
      await reloadTicket();
    });
    $("release").addEventListener("click", () =>
      ticketAction("release", {}, "Conversation rendue à l'assistant."));
    $("close").addEventListener("click", () => {
      if (window.confirm("Clore ce ticket ? L'adhérent retrouvera l'assistant.")) {
        ticketAction("close", {}, "Ticket clos.");
      }
    });
  }

  // -- copilot ---------------------------------------------------------------------------------

  function sendToMember(text) {
    if (page !== "console") {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(
          () => setStatus("copilot-status", "Texte copié.", "success"),
          () => setStatus("copilot-status", "Copie impossible : sélectionnez le texte.", "error"));
      } else {
        setStatus("copilot-status", "Copie impossible ici : sélectionnez le texte.", "error");
      }
      return;
    }
    const form = $("reply-form");
    if (!current || form.hidden) {
      setStatus("copilot-status", "Prenez d'abord un ticket pour répondre à l'adhérent.", "error");
      announce("Prenez d'abord un ticket pour répondre à l'adhérent.");
      return;
    }
    const box = $("reply-text");
    box.value = text;
    box.focus();
    setStatus("copilot-status", "Texte placé dans la réponse : relisez-le puis envoyez.", "success");
    announce("Texte placé dans la réponse : relisez-le puis envoyez.");
  }

  let cardNumber = 0;

  function renderResult(result) {
    cardNumber += 1;
    const titleId = `suggestion-${cardNumber}`;
    const kinds = { answer: "Base de connaissances", simulation: "Simulateur", care_search: "Recherche de soins" };
    const card = el("article", { className: "suggestion", "aria-labelledby": titleId, "data-kind": result.kind },
      el("p", { className: "kind", text: kinds[result.kind] || result.kind }),
      el("h3", { id: titleId, text: result.title }));
    if (result.notice) card.append(el("p", { className: result.status === "ok" ? "hint" : "notice", text: result.notice }));
    if (result.items && result.items.length) {
      const items = el("ul", { className: "items" });
      for (const item of result.items) {
        items.append(el("li", {},
          item.label, item.value ? " : " : "",
          item.value ? el("span", { className: "amount", text: item.value }) : null,
          item.detail ? el("span", { className: "hint", text: ` — ${item.detail}` }) : null));
      }
      card.append(items);
    }
    if (result.text) {
      card.append(el("p", { className: "hint", text: "Texte proposé à l'adhérent :" }),
        el("div", { className: "text", text: result.text }));
    }
    if (result.sources && result.sources.length) {
      const list = el("ul", { className: "sources" });
      for (const source of result.sources) {
        const url = safeUrl(source.url);
        const title = url
          ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: source.title })
          : source.title;
        list.append(el("li", {}, title, source.updated ? ` — mis à jour le ${frenchDate(source.updated)}` : ""));
      }
      card.append(el("p", { className: "hint", text: "Sources (pour vous) :" }), list);
    }
    if (result.related && result.related.length) {
      card.append(el("p", { className: "hint", text: `Voir aussi : ${result.related.join(" ; ")}` }));
    }
    if (result.text) {
      const label = $("copilot-form").dataset.sendLabel || "Envoyer au membre";
      card.append(el("div", { className: "actions" }, el("button", {
        type: "button", className: "send", text: label,
        "aria-label": `${label} : ${result.title}`,
        onclick: () => sendToMember(result.text),
      })));
    }
    const zone = $("copilot-results");
    zone.prepend(card);
    while (zone.children.length > 5) zone.lastElementChild.remove();
  }

  async function runCopilot(tool) {
    const text = $("copilot-text").value.trim();
    if (!text) {
      setStatus("copilot-status", "Saisissez une question ou une demande.", "error");
      $("copilot-text").focus();
      return;
    }
    const ticketId = current ? current.ticket.id : null;
    let payload;
    if (tool === "answer") payload = { question: text, ticket_id: ticketId };
    else if (tool === "simulate") payload = { text, contract_id: $("copilot-contract").value || null, ticket_id: ticketId };
    else payload = { text, ticket_id: ticketId };
    setStatus("copilot-status", "Recherche en cours…");
    const buttons = $("copilot-form").querySelectorAll("button");
    buttons.forEach((b) => { b.disabled = true; });
    const result = await api("POST", `/api/copilot/${tool}`, payload);
    buttons.forEach((b) => { b.disabled = false; });
    if (!result.ok) {
      setStatus("copilot-status", result.error, "error");
      announce(result.error);
      return;
    }
    renderResult(result.data);
    const done = result.data.status === "ok" ? `Suggestion prête : ${result.data.title}.` : (result.data.notice || result.data.title);
    setStatus("copilot-status", done, result.data.status === "ok" ? "success" : "error");
    announce(done);
  }

  async function loadContracts() {
    const result = await api("GET", "/api/copilot/contracts");
    if (!result.ok || !Array.isArray(result.data)) return;
    const select = $("copilot-contract");
    for (const contract of result.data) {
      select.append(el("option", { value: contract.id, text: contract.name }));
    }
    select.append(el("option", { value: "aucun", text: "Sans complémentaire" }));
  }

  function setupCopilot() {
    const form = $("copilot-form");
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      runCopilot("answer");
    });
    for (const button of form.querySelectorAll("button[type=button][data-tool]")) {
      button.addEventListener("click", () => runCopilot(button.dataset.tool));
    }
    loadContracts();
  }

  // -- start -----------------------------------------------------------------------------------

  setupCopilot();
  if (page === "console") {
    setupConversation();
    loadQueue(true);
    window.setInterval(() => {
      if (document.visibilityState !== "visible") return;
      loadQueue(true);
      if (current && current.ticket.mine) reloadTicket(); // new member messages
    }, refreshSeconds * 1000);
  }
})();
