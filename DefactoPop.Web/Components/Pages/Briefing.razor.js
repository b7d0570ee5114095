// Presentation mode for /briefing: the browser steps through the slides Blazor rendered (no round trip per key).
// Keys: → ↓ PageDown Space next; ← ↑ PageUp previous; Home/End; F5 presents; "." or "b" blanks the screen
// (what presenter remotes send). Full screen is requested from the click on the present button; the screen is kept
// awake while presenting; the slide number is written into the URL (replaceState) so the link reopens it.
export function attach(deckId, presentId, start) {
  const deck = document.getElementById(deckId);
  const present = document.getElementById(presentId);
  if (!deck) return null;
  const slides = [...deck.querySelectorAll('.briefing-slide')];
  const counter = deck.querySelector('.briefing-counter');
  let index = Math.min(Math.max(1, start || 1), slides.length);
  let wakeLock = null;

  function show(i) {
    index = Math.min(Math.max(1, i), slides.length);
    slides.forEach((s, k) => s.classList.toggle('current', k === index - 1));
    if (counter) counter.textContent = `${index} / ${slides.length}`;
    deck.dataset.current = String(index);
    const url = new URL(location.href);
    if (index === 1) url.searchParams.delete('slide'); else url.searchParams.set('slide', String(index));
    history.replaceState(history.state, '', url);
  }

  async function enterPresentation() {
    deck.dataset.fullscreenRequested = 'true';
    try {
      if (deck.requestFullscreen) await deck.requestFullscreen();
    } catch (e) {
      deck.dataset.fullscreenError = String(e && e.name || e);
    }
    try {
      if ('wakeLock' in navigator) {
        wakeLock = await navigator.wakeLock.request('screen');
        deck.dataset.wakeLock = 'held';
        wakeLock.addEventListener('release', () => { deck.dataset.wakeLock = 'released'; });
      } else {
        deck.dataset.wakeLock = 'unsupported';
      }
    } catch (e) {
      deck.dataset.wakeLock = 'refused';
    }
    deck.focus();
  }

  async function leavePresentation() {
    if (wakeLock) { try { await wakeLock.release(); } catch { } wakeLock = null; }
  }

  function onKey(e) {
    if (e.target && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName)) return;
    switch (e.key) {
      case 'ArrowRight': case 'ArrowDown': case 'PageDown': case ' ': show(index + 1); break;
      case 'ArrowLeft': case 'ArrowUp': case 'PageUp': show(index - 1); break;
      case 'Home': show(1); break;
      case 'End': show(slides.length); break;
      case 'F5': enterPresentation(); break;
      case '.': case 'b': case 'B': deck.classList.toggle('blank'); deck.dataset.blank = String(deck.classList.contains('blank')); break;
      default: return;
    }
    e.preventDefault();
  }

  function onClick() { enterPresentation(); }
  function onFullscreen() {
    deck.dataset.fullscreen = String(document.fullscreenElement === deck);
    if (!document.fullscreenElement) leavePresentation();
  }

  document.addEventListener('keydown', onKey);
  document.addEventListener('fullscreenchange', onFullscreen);
  if (present) present.addEventListener('click', onClick);
  show(index);
  deck.dataset.ready = 'true';

  return {
    dispose() {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
      if (present) present.removeEventListener('click', onClick);
      leavePresentation();
    }
  };
}
