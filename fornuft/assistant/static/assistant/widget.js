/* Fornuft chat widget. Embed with one tag:
 *   <script src="https://FORNUFT-HOST/assistant/widget.js" data-key="WIDGET-KEY" data-lang="nb" async></script>
 * CSP-friendly: no eval, no inline markup; all text is inserted with textContent. */
(function () {
  "use strict";
  var script = document.currentScript || document.querySelector("script[data-key][src*='widget.js']");
  if (!script) { return; }
  var key = script.getAttribute("data-key");
  var lang = script.getAttribute("data-lang") === "en" ? "en" : "nb";
  var base = new URL(script.src, window.location.href).origin;
  var api = base + "/assistant/public/" + encodeURIComponent(key);
  var T = {
    nb: {open: "Chat med oss", send: "Send", placeholder: "Skriv spørsmålet ditt …", title: "Kundeservice",
         rate: "Hvor fornøyd er du med hjelpen (1–5)?", thanks: "Takk for tilbakemeldingen!",
         error: "Beklager, chatten er ikke tilgjengelig akkurat nå. Prøv igjen om litt.",
         rate_limited: "Det kom mange meldinger på kort tid. Vent et minutt og prøv igjen.",
         too_large: "Meldingen er for lang. Skriv et kortere spørsmål.",
         helpful: "Var svaret nyttig?", you: "Du", bot: "Assistent", agent: "Medarbeider",
         contact: "Hvordan kan vi nå deg?", email: "E-post", phone: "Telefon", contact_send: "Send kontaktinfo",
         invalid_email: "Det er ikke en gyldig e-postadresse.", invalid_phone: "Det er ikke et gyldig telefonnummer.",
         invalid_missing: "Skriv e-postadressen eller telefonnummeret ditt."},
    en: {open: "Chat with us", send: "Send", placeholder: "Type your question …", title: "Customer service",
         rate: "How happy are you with the help (1–5)?", thanks: "Thank you for your feedback!",
         error: "Sorry, the chat is not available right now. Please try again shortly.",
         rate_limited: "Many messages arrived in a short time. Wait a minute and try again.",
         too_large: "The message is too long. Please write a shorter question.",
         helpful: "Was this helpful?", you: "You", bot: "Assistant", agent: "Staff",
         contact: "How can we reach you?", email: "E-mail", phone: "Phone", contact_send: "Send contact details",
         invalid_email: "That is not a valid e-mail address.", invalid_phone: "That is not a valid phone number.",
         invalid_missing: "Write your e-mail address or phone number."}
  }[lang];
  var storeKey = "fornuft-chat-" + key;
  var conversation = null, lastId = 0, polling = null, seen = {};

  function el(tag, styles, text) {
    var node = document.createElement(tag);
    if (styles) { for (var k in styles) { node.style[k] = styles[k]; } }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  var root = el("div", {position: "fixed", right: "20px", bottom: "20px", zIndex: "2147483000",
                        fontFamily: "system-ui, sans-serif", fontSize: "14px"});
  root.setAttribute("data-fornuft-chat", "");
  var button = el("button", {background: "#1f4e79", color: "#fff", border: "0", borderRadius: "20px",
                             padding: "10px 16px", cursor: "pointer"}, T.open);
  button.type = "button";
  button.className = "fornuft-chat-open";
  var panel = el("div", {display: "none", width: "340px", height: "460px", background: "#fff",
                         border: "1px solid #ccc", borderRadius: "8px", boxShadow: "0 4px 16px rgba(0,0,0,.2)",
                         flexDirection: "column", overflow: "hidden"});
  panel.className = "fornuft-chat-panel";
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", T.title);
  var header = el("div", {background: "#1f4e79", color: "#fff", padding: "8px 12px", fontWeight: "bold"}, T.title);
  var log = el("div", {flex: "1", overflowY: "auto", padding: "8px"});
  log.className = "fornuft-chat-log";
  log.setAttribute("aria-live", "polite");
  var form = el("form", {display: "flex", borderTop: "1px solid #ddd"});
  var input = el("input", {flex: "1", border: "0", padding: "10px"});
  input.className = "fornuft-chat-input";
  input.placeholder = T.placeholder;
  input.maxLength = 4000;
  input.setAttribute("aria-label", T.placeholder);
  var send = el("button", {border: "0", background: "#1f4e79", color: "#fff", padding: "0 14px"}, T.send);
  send.type = "submit";
  form.appendChild(input); form.appendChild(send);
  var rating = el("div", {padding: "6px 8px", borderTop: "1px solid #eee", fontSize: "12px"});
  rating.appendChild(el("span", null, T.rate + " "));
  [1, 2, 3, 4, 5].forEach(function (n) {
    var b = el("button", {margin: "0 2px", cursor: "pointer"}, String(n));
    b.type = "button"; b.className = "fornuft-chat-csat";
    b.addEventListener("click", function () {
      post("/conversations/" + conversation + "/feedback", {csat: n}).then(function () {
        rating.textContent = T.thanks;
      });
    });
    rating.appendChild(b);
  });
  // Outside opening hours: how can we reach you? (shown while the conversation waits for it)
  var contactForm = el("form", {display: "none", flexDirection: "column", gap: "4px", padding: "8px",
                                borderTop: "1px solid #ddd", background: "#fafafa"});
  contactForm.className = "fornuft-chat-contact";
  contactForm.noValidate = true;  // the server validates and the widget says what is wrong, in the visitor's language
  contactForm.appendChild(el("div", {fontWeight: "bold"}, T.contact));
  function contactField(type, label, name) {
    var wrap = el("label", {display: "flex", flexDirection: "column", fontSize: "12px"}, label);
    var field = el("input", {padding: "6px", border: "1px solid #bbb", borderRadius: "4px"});
    field.type = type; field.name = name; field.maxLength = 254;
    field.className = "fornuft-chat-contact-" + name;
    field.autocomplete = type === "email" ? "email" : "tel";
    wrap.appendChild(field); contactForm.appendChild(wrap);
    return field;
  }
  var emailField = contactField("email", T.email, "email");
  var phoneField = contactField("tel", T.phone, "phone");
  var contactError = el("div", {color: "#b00020", fontSize: "12px"});
  contactError.className = "fornuft-chat-contact-error";
  contactError.setAttribute("role", "alert");
  var contactSend = el("button", {border: "0", color: "#fff", background: "#1f4e79", padding: "6px",
                                  borderRadius: "4px", cursor: "pointer"}, T.contact_send);
  contactSend.type = "submit";
  contactForm.appendChild(contactError); contactForm.appendChild(contactSend);
  panel.appendChild(header); panel.appendChild(log); panel.appendChild(contactForm); panel.appendChild(form);
  panel.appendChild(rating);
  root.appendChild(panel); root.appendChild(button);

  function post(path, body) {
    return fetch(api + path, {method: "POST", headers: {"Content-Type": "application/json"},
                              body: JSON.stringify(body), credentials: "omit"})
      .then(function (r) { return r.json().then(function (data) { data._status = r.status; return data; }); });
  }
  function get(path) {
    return fetch(api + path, {credentials: "omit"}).then(function (r) { return r.json(); });
  }
  function show(message) {
    if (message.id && seen[message.id]) { return; }
    if (message.id) { seen[message.id] = true; lastId = Math.max(lastId, message.id); }
    var who = {customer: T.you, assistant: T.bot, agent: T.agent, system: ""}[message.role] || "";
    var row = el("div", {margin: "6px 0", textAlign: message.role === "customer" ? "right" : "left"});
    row.className = "fornuft-chat-msg fornuft-chat-" + message.role;
    var bubble = el("div", {display: "inline-block", padding: "6px 10px", borderRadius: "8px", maxWidth: "85%",
                            whiteSpace: "pre-wrap", textAlign: "left",
                            background: message.role === "customer" ? "#dbe9f6" :
                                        message.role === "system" ? "#f4f4f4" : "#eef5ea"});
    if (who) { bubble.appendChild(el("div", {fontSize: "11px", color: "#555"}, who)); }
    bubble.appendChild(el("div", null, message.text));
    row.appendChild(bubble);
    if (message.role === "assistant" && message.sources && message.sources.length && message.id) {
      var thumbs = el("div", {fontSize: "11px", color: "#555"}, T.helpful + " ");
      [["👍", 1], ["👎", -1]].forEach(function (pair) {
        var b = el("button", {border: "0", background: "none", cursor: "pointer"}, pair[0]);
        b.type = "button"; b.className = "fornuft-chat-thumb";
        b.addEventListener("click", function () {
          post("/conversations/" + conversation + "/feedback", {message: message.id, value: pair[1]})
            .then(function () { thumbs.textContent = T.thanks; });
        });
        thumbs.appendChild(b);
      });
      row.appendChild(thumbs);
    }
    log.appendChild(row);
    log.scrollTop = log.scrollHeight;
  }
  function setStatus(status) {
    contactForm.style.display = status === "contact" ? "flex" : "none";
  }
  function poll() {
    if (!conversation) { return; }
    get("/conversations/" + conversation + "/messages?after=" + lastId).then(function (data) {
      (data.messages || []).forEach(show);
      if (data.status) { setStatus(data.status); }
    }).catch(function () {});
  }
  contactForm.addEventListener("submit", function (event) {
    event.preventDefault();
    contactError.textContent = "";
    post("/conversations/" + conversation + "/contact", {email: emailField.value, phone: phoneField.value})
      .then(function (data) {
        if (data.error) { contactError.textContent = T[data.error.code] || T.error; return; }
        (data.messages || []).forEach(show);
        setStatus(data.status);
      }).catch(function () { contactError.textContent = T.error; });
  });
  // The organization's colour, logo (greeting comes as the first message) from the settings page.
  get("/appearance").then(function (look) {
    if (look.colour && /^#[0-9a-fA-F]{6}$/.test(look.colour)) {
      [button, header, send, contactSend].forEach(function (node) { node.style.background = look.colour; });
    }
    if (look.logo) {
      var logo = el("img", {height: "24px", verticalAlign: "middle", marginRight: "8px"});
      logo.alt = ""; logo.className = "fornuft-chat-logo"; logo.src = look.logo;
      header.insertBefore(logo, header.firstChild);
    }
  }).catch(function () { /* the default look */ });
  function start() {
    var saved = null;
    try { saved = window.sessionStorage.getItem(storeKey); } catch (e) { saved = null; }
    if (saved) { conversation = saved; poll(); return Promise.resolve(); }
    return post("/conversations", {language: lang}).then(function (data) {
      if (!data.conversation) { throw new Error("no conversation"); }
      conversation = data.conversation;
      try { window.sessionStorage.setItem(storeKey, conversation); } catch (e) { /* private mode */ }
      (data.messages || []).forEach(show);
    });
  }
  button.addEventListener("click", function () {
    var opening = panel.style.display === "none";
    panel.style.display = opening ? "flex" : "none";
    if (opening && !conversation) {
      start().catch(function () { show({role: "system", text: T.error}); });
    }
    if (opening && !polling) { polling = window.setInterval(poll, 2500); }
    if (opening) { input.focus(); }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    if (!conversation || !text.trim()) { return; }
    input.value = "";
    post("/conversations/" + conversation + "/messages", {text: text}).then(function (data) {
      (data.messages || []).forEach(show);
      if (data.status) { setStatus(data.status); }
      // Our own sentence in the visitor's language, never the server's text.
      if (data.error) { show({role: "system", text: T[data.error.code] || T.error}); }
    }).catch(function () { show({role: "system", text: T.error}); });
  });
  (document.body || document.documentElement).appendChild(root);
})();
