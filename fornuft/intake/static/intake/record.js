// Recording in the browser (MediaRecorder) and uploads that survive a poor connection.
// A form with data-retry-upload is sent with fetch; a network failure is retried up to 5 times
// with a growing pause, and the page says what is happening. Without JavaScript the form posts normally.
(function () {
  "use strict";
  function status(form, text) {
    var box = form.querySelector("[data-upload-status]");
    if (box) { box.textContent = text; }
  }
  document.querySelectorAll("[data-recorder]").forEach(function (box) {
    var form = box.closest("form");
    var start = box.querySelector("[data-record-start]");
    var stop = box.querySelector("[data-record-stop]");
    var info = box.querySelector("[data-record-info]");
    if (!window.MediaRecorder || !navigator.mediaDevices) { box.hidden = true; return; }
    var recorder = null, chunks = [], began = 0, timer = null;
    start.addEventListener("click", function () {
      navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
        chunks = [];
        recorder = new MediaRecorder(stream);
        recorder.ondataavailable = function (e) { if (e.data.size) { chunks.push(e.data); } };
        recorder.onstop = function () {
          stream.getTracks().forEach(function (t) { t.stop(); });
          form._recording = new Blob(chunks, { type: recorder.mimeType || "audio/webm" });
          clearInterval(timer);
          info.textContent = box.dataset.doneText + " (" + Math.round((Date.now() - began) / 1000) + " s)";
        };
        recorder.start(1000);
        began = Date.now();
        timer = setInterval(function () {
          info.textContent = box.dataset.recordingText + " " + Math.round((Date.now() - began) / 1000) + " s";
        }, 500);
        start.disabled = true; stop.disabled = false;
      }).catch(function () { info.textContent = box.dataset.deniedText; });
    });
    stop.addEventListener("click", function () {
      if (recorder) { recorder.stop(); }
      start.disabled = false; stop.disabled = true;
    });
  });
  document.querySelectorAll("form[data-retry-upload]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var data = new FormData(form);
      if (form._recording) {
        var ext = (form._recording.type.indexOf("ogg") >= 0) ? "ogg" : (form._recording.type.indexOf("mp4") >= 0 ? "m4a" : "webm");
        data.set("audio", form._recording, "recording." + ext);
      }
      var button = form.querySelector("button[type=submit]");
      if (button) { button.disabled = true; }
      var attempt = 0;
      function send() {
        attempt += 1;
        status(form, form.dataset.sendingText + (attempt > 1 ? " (" + attempt + ")" : ""));
        fetch(form.action || window.location.href, { method: "POST", body: data, credentials: "same-origin" })
          .then(function (response) {
            return response.text().then(function (html) {
              if (response.redirected) { window.location.href = response.url; return; }
              document.open(); document.write(html); document.close();
            });
          })
          .catch(function () {
            if (attempt < 5) {
              status(form, form.dataset.retryText);
              setTimeout(send, 1000 * attempt * attempt);
            } else {
              status(form, form.dataset.failedText);
              if (button) { button.disabled = false; }
            }
          });
      }
      send();
    });
  });
})();
