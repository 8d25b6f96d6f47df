// A light English stemmer: the same rules, step for step, as EnglishStemmer.cs, which stems the index at
// build time. A test checks that both give the same stem for every word of a list; change them together.
(function () {
  'use strict';

  var MIN = 3; // fewest letters a stem keeps

  function isVowel(c) { return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u'; }

  function trimVerbEnding(word, ending) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN) return null;
    var stem = word.slice(0, word.length - ending.length);
    return /[aeiouy]/.test(stem) ? stem : null;
  }

  function stem(word) {
    if (word.length <= MIN || !/^[a-z]+$/.test(word)) return word;
    var w = word;

    // 1. Plurals and the third person.
    if (w.endsWith('sses')) w = w.slice(0, -2);
    else if (w.endsWith('ies') && w.length - 3 >= MIN - 1) w = w.slice(0, -3) + 'y';
    else if (w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) { /* kept */ }
    else if (w.endsWith('s') && w.length - 1 >= MIN) w = w.slice(0, -1);

    // 2. Nouns made from verbs.
    if (w.endsWith('ment') && w.length - 4 >= MIN + 1) w = w.slice(0, -4);
    else if (w.endsWith('ion') && w.length - 3 >= MIN + 1 && (w[w.length - 4] === 't' || w[w.length - 4] === 's')) w = w.slice(0, -3);

    // 3. Tenses.
    if (w.endsWith('ied') && w.length - 3 >= MIN - 1) {
      w = w.slice(0, -3) + 'y';
    } else {
      var trimmed = trimVerbEnding(w, 'ing');
      if (trimmed === null) trimmed = trimVerbEnding(w, 'ed');
      if (trimmed !== null) {
        w = trimmed;
        var last = w[w.length - 1];
        if (w.length - 1 >= MIN && last === w[w.length - 2] && !isVowel(last) && last !== 'l' && last !== 's' && last !== 'z') w = w.slice(0, -1);
      }
    }

    // 4. A silent final e.
    if (w.length > MIN && w[w.length - 1] === 'e' && w[w.length - 2] !== 'e') w = w.slice(0, -1);
    return w;
  }

  window.HandbookStem = stem;
})();
