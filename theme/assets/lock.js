// Unlocks a page of a locked share build (`handbook build --share` with HANDBOOK_PASSPHRASE). The page's content,
// title and scripts, and the data scripts (search, practice), are AES-GCM encrypted with a key derived from the
// passphrase by PBKDF2-SHA256. This derives the key with WebCrypto, puts the page back, runs its scripts in order,
// and keeps the key (never the passphrase) in sessionStorage, so the rest of the visit in this tab needs no passphrase.
(function () {
  'use strict';
  var STORE = 'handbook-lock:';
  var key = null;
  var waiting = [];
  var pending = [];

  function bytes(hex) {
    var out = new Uint8Array(hex.length / 2);
    for (var i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(i * 2, 2), 16);
    return out;
  }

  function toHex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  }

  function derive(passphrase, salt, iterations) {
    return crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveBits']).then(function (base) {
      return crypto.subtle.deriveBits({ name: 'PBKDF2', salt: bytes(salt), iterations: iterations, hash: 'SHA-256' }, base, 256);
    });
  }

  // Nonce (12 bytes), then ciphertext and tag: the layout the build writes.
  function decrypt(aes, sealedHex) {
    var data = bytes(sealedHex);
    return crypto.subtle.decrypt({ name: 'AES-GCM', iv: data.slice(0, 12) }, aes, data.slice(12)).then(function (plain) {
      return new TextDecoder().decode(plain);
    });
  }

  function stored(salt) {
    try { return window.sessionStorage.getItem(STORE + salt); } catch (e) { return null; }
  }

  function store(salt, value) {
    try {
      if (value) window.sessionStorage.setItem(STORE + salt, value);
      else window.sessionStorage.removeItem(STORE + salt);
    } catch (e) { /* storage refused: the passphrase is asked on each page */ }
  }

  function unlocked() {
    return key ? Promise.resolve(key) : new Promise(function (resolve) { waiting.push(resolve); });
  }

  // A sealed data script calls this: the data is set (or handed to its callback) once the page is unlocked.
  function data(item) {
    var job = unlocked().then(function (aes) { return decrypt(aes, item.sealed); }).then(function (text) {
      var value = JSON.parse(text);
      if (item.shard === null || item.shard === undefined) window[item.name] = value;
      else if (typeof window[item.name] === 'function') window[item.name](item.shard, value);
    });
    pending.push(job);
    return job;
  }

  // Resolves once every data script loaded so far is decrypted and applied.
  function settled() {
    return Promise.all(pending.map(function (job) { return job.catch(function () {}); }));
  }

  window.HandbookLock = { data: data, settled: settled };

  // The page's scripts, one after another as the page listed them, each after the data before it is in place.
  function run(sources) {
    return sources.reduce(function (previous, src) {
      return previous.then(function () {
        return new Promise(function (resolve) {
          var script = document.createElement('script');
          script.src = src;
          script.onload = script.onerror = function () { resolve(); };
          document.body.appendChild(script);
        }).then(settled);
      });
    }, Promise.resolve());
  }

  function open(form, aes, focus) {
    return decrypt(aes, form.getAttribute('data-sealed')).then(function (text) {
      var page = JSON.parse(text);
      var region = form.parentNode;
      region.innerHTML = page.html;
      document.title = page.title;
      key = aes;
      waiting.splice(0).forEach(function (resolve) { resolve(aes); });
      if (focus && region.focus) region.focus();
      var target = window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
      if (target) target.scrollIntoView();
      run(page.scripts);
    });
  }

  function importAes(raw) {
    return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['decrypt']);
  }

  var form = document.getElementById('lock');
  if (!form) return;
  var input = document.getElementById('lock-passphrase');
  var status = document.getElementById('lock-status');
  var button = form.querySelector('button');
  var salt = form.getAttribute('data-salt');
  var iterations = parseInt(form.getAttribute('data-iterations'), 10);
  if (!window.crypto || !window.crypto.subtle) {
    status.textContent = 'This browser cannot decrypt the handbook here: open it over https, or from disk.';
    button.disabled = true;
    return;
  }

  var remembered = stored(salt);
  if (remembered) {
    importAes(bytes(remembered)).then(function (aes) { return open(form, aes, false); }).catch(function () { store(salt, null); });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    button.disabled = true;
    status.textContent = 'Unlocking…';
    var raw;
    derive(input.value, salt, iterations).then(function (bits) {
      raw = bits;
      return importAes(bits);
    }).then(function (aes) {
      return open(form, aes, true);
    }).then(function () {
      store(salt, toHex(raw));
    }).catch(function () {
      status.textContent = 'That passphrase did not unlock the handbook. Check it and try again.';
      button.disabled = false;
      input.select();
      input.focus();
    });
  });
})();
