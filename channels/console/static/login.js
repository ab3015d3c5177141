// Console login: posts JSON to /console/login; without JavaScript the form posts itself.
"use strict";

(function () {
  const form = document.getElementById("login-form");
  const zone = document.getElementById("login-erreur");
  if (!form || !zone) {
    return;
  }

  function showError(message) {
    zone.replaceChildren();
    const p = document.createElement("p");
    p.className = "alert";
    p.setAttribute("role", "alert");
    p.textContent = message;
    zone.appendChild(p);
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const login = form.elements.namedItem("login");
    const password = form.elements.namedItem("password");
    if (!login.value.trim() || !password.value) {
      showError("Saisissez votre identifiant et votre mot de passe.");
      (login.value.trim() ? password : login).focus();
      return;
    }
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      const response = await fetch("/console/login", {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ login: login.value.trim(), password: password.value }),
      });
      if (response.ok) {
        window.location.assign("/console");
        return;
      }
      let message = "Connexion impossible.";
      try {
        const body = await response.json();
        if (body && typeof body.detail === "string") {
          message = body.detail;
        }
      } catch (_ignored) {
        // keep the generic message
      }
      password.value = "";
      showError(message);
      password.focus();
    } catch (_network) {
      showError("Serveur injoignable : vérifiez votre connexion et réessayez.");
    } finally {
      button.disabled = false;
    }
  });
})();
