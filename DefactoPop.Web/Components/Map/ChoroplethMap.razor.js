// Leaflet choropleth over npm leaflet 1.9.4 (window.L from wwwroot/lib/leaflet).
// Geometry is fetched by the browser from /geo/{level}.geojson; per hour only class bytes (Uint8Array)
// and float32 values cross the circuit. Feature i is zone i in the store's order.
const HIDDEN = 0xFE;
const NODATA = 0x7F;
const MASKED = 0x80;
const NODATA_COLOR = '#cfd8dc';
const patterns = new Map();

function hatch(color) {
  let p = patterns.get(color);
  if (p) return p;
  const c = document.createElement('canvas');
  c.width = 8; c.height = 8;
  const ctx = c.getContext('2d');
  ctx.fillStyle = color; ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = 'rgba(255,255,255,0.85)'; ctx.lineWidth = 2;
  ctx.beginPath(); ctx.moveTo(0, 8); ctx.lineTo(8, 0); ctx.moveTo(-2, 2); ctx.lineTo(2, -2); ctx.moveTo(6, 10); ctx.lineTo(10, 6); ctx.stroke();
  p = ctx.createPattern(c, 'repeat');
  patterns.set(color, p);
  return p;
}

function afterPaint() {
  return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
}

export function create(elementId, dotnet, options) {
  const el = document.getElementById(elementId);
  const L = window.L;
  const map = L.map(el, { preferCanvas: true, keyboard: true, attributionControl: !!(options && options.tileUrl), zoomSnap: 0.5 });
  map.setView([37.5665, 126.978], 11);
  if (options && options.tileUrl) {
    L.tileLayer(options.tileUrl, { attribution: options.tileAttribution || '', maxZoom: 19 }).addTo(map);
  }
  const renderer = L.canvas({ padding: 0.1, tolerance: 3 });
  const lang = document.documentElement.lang || 'ko';
  const fmtSmall = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  const fmt = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const state = { url: null, group: null, layers: [], names: [], codes: [], classes: null, values: null, colors: [], unit: '', intervals: null, minZoom: 0, fitPending: false, frames: 0, selected: null,
    neighbours: null, early: null, earlyPaint: null, earlyHits: 0, earlyConfirmed: 0 };
  el.dataset.featureCount = '0';
  el.dataset.frame = '0';

  function weight() { return state.layers.length > 2000 ? 0.2 : 0.6; }

  function styleOf(i) {
    const code = state.classes && i < state.classes.length ? state.classes[i] : NODATA;
    if (code === HIDDEN) return { stroke: false, fill: false };
    const cls = code & 0x7F;
    const masked = (code & MASKED) !== 0;
    const color = cls === NODATA ? NODATA_COLOR : (state.colors[cls] || NODATA_COLOR);
    const selected = state.selected !== null && state.codes[i] === state.selected;
    return {
      stroke: true,
      color: selected ? '#ff6f00' : '#ffffff',
      weight: selected ? 3 : weight(),
      opacity: 0.9,
      fill: true,
      fillColor: masked ? hatch(color) : color,
      fillOpacity: cls === NODATA ? 0.5 : 0.85
    };
  }

  function floats(bytes) { return new Float32Array(bytes.slice().buffer, 0, Math.floor(bytes.byteLength / 4)); }

  function tooltip(i) {
    const name = state.names[i] || state.codes[i] || '';
    let value = '–';
    if (state.values && i < state.values.length && !Number.isNaN(state.values[i])) value = (Math.abs(state.values[i]) < 100 ? fmtSmall : fmt).format(state.values[i]);
    const code = state.classes && i < state.classes.length ? state.classes[i] : NODATA;
    const masked = (code & MASKED) !== 0 ? ' *' : '';
    const div = document.createElement('div');
    const b = document.createElement('b'); b.textContent = name; div.appendChild(b);
    div.appendChild(document.createElement('br'));
    div.appendChild(document.createTextNode(`${value}${masked} ${state.unit}`));
    const iv = state.intervals;
    if (iv) {
      let line = iv.none || '';
      if (iv.lower && i < iv.lower.length && !Number.isNaN(iv.lower[i]) && !Number.isNaN(iv.upper[i])) {
        const f = Math.abs(iv.upper[i]) < 100 ? fmtSmall : fmt;
        line = `${iv.label} ${f.format(iv.lower[i])}–${f.format(iv.upper[i])} ${iv.unit}`;
      }
      if (line) {
        const span = document.createElement('span'); span.className = 'choropleth-interval'; span.textContent = line;
        div.appendChild(document.createElement('br')); div.appendChild(span);
      }
      if (iv.imputed.has(i)) {
        const span = document.createElement('span'); span.className = 'choropleth-imputed'; span.textContent = iv.imputedNote;
        div.appendChild(document.createElement('br')); div.appendChild(span);
      }
    }
    return div;
  }

  function sameBytes(a, b) {
    if (!a || !b || a.length !== b.length) return a === b;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }

  function apply(classes, values, colors, unit, intervals) {
    state.classes = classes;
    state.intervals = intervals ? {
      lower: intervals.lowerF32 ? floats(intervals.lowerF32) : null,
      upper: intervals.upperF32 ? floats(intervals.upperF32) : null,
      label: intervals.label || '', unit: intervals.unit || '', none: intervals.none || '',
      imputed: new Set(intervals.imputed || []), imputedNote: intervals.imputedNote || ''
    } : null;
    // The Uint8Array may sit at any offset of a shared buffer: copy it so the floats are aligned.
    state.values = values ? floats(values) : null;
    state.valueBytes = values;
    state.colors = colors || [];
    state.unit = unit || '';
  }

  // The hour buttons repaint at once from the neighbouring hours the circuit sent ahead (setNeighbours); the
  // circuit's own frame for that hour then only confirms it. Capture phase: before Blazor's handler runs.
  function onStep(e) {
    const target = e.target && e.target.closest ? e.target : null;
    const which = target && target.closest('#hour-next') ? 'next' : target && target.closest('#hour-prev') ? 'prev' : null;
    const n = which && state.neighbours && state.neighbours.frame === state.frames ? state.neighbours[which] : null;
    state.neighbours = null;
    if (!n) return;
    apply(n.classes, n.values, n.colors, state.unit, n.intervals);
    restyle();
    state.early = n;
    state.earlyPaint = afterPaint().then(() => {
      el.dataset.paintedAt = String(performance.now());
      el.dataset.earlyPaints = String(++state.earlyHits);
    });
  }
  document.addEventListener('click', onStep, true);

  function restyle() {
    for (let i = 0; i < state.layers.length; i++) state.layers[i].setStyle(styleOf(i));
  }

  function updateVisibility() {
    if (!state.group) return;
    const show = map.getZoom() >= state.minZoom;
    if (show && !map.hasLayer(state.group)) state.group.addTo(map);
    if (!show && map.hasLayer(state.group)) map.removeLayer(state.group);
    el.dataset.layerVisible = String(show);
  }
  map.on('zoomend', updateVisibility);

  function fitVisible() {
    let bounds = null;
    for (let i = 0; i < state.layers.length; i++) {
      if (state.classes && state.classes[i] === HIDDEN) continue;
      const b = state.layers[i].getBounds();
      bounds = bounds ? bounds.extend(b) : L.latLngBounds(b.getSouthWest(), b.getNorthEast());
    }
    if (bounds && bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8], animate: false });
  }

  // Built layer groups by geometry URL, so a level seen before comes back without a fetch, a parse or a rebuild.
  const LAYER_CACHE = 3;
  const layerCache = new Map();

  function build(json) {
    const entry = { group: null, layers: [], names: [], codes: [] };
    entry.group = L.geoJSON(json, {
      renderer,
      style: () => ({ color: '#ffffff', weight: 0.5, fillColor: NODATA_COLOR, fillOpacity: 0.5 }),
      onEachFeature: (feature, layer) => {
        const i = entry.layers.length;
        entry.layers.push(layer);
        entry.codes.push(String(feature.properties && feature.properties.code || ''));
        entry.names.push(String(feature.properties && feature.properties.name || ''));
        layer.bindTooltip(() => tooltip(i), { sticky: true, className: 'choropleth-tooltip', direction: 'top' });
        layer.on('click', () => dotnet.invokeMethodAsync('ZoneClicked', entry.codes[i]));
      }
    });
    return entry;
  }

  const api = {
    async setLayer(url, minZoom, fit) {
      state.minZoom = minZoom || 0;
      if (url !== state.url) {
        state.url = url;
        let entry = layerCache.get(url);
        const reused = !!entry;
        if (reused) {
          layerCache.delete(url);
        } else {
          const response = await fetch(url, { credentials: 'same-origin' });
          if (!response.ok) throw new Error(`geometry ${url}: ${response.status}`);
          const json = await response.json();
          if (state.url !== url) return;
          entry = build(json);
        }
        // Most recent last; the oldest beyond the limit is dropped (switching back is then a swap, not a rebuild).
        layerCache.set(url, entry);
        if (layerCache.size > LAYER_CACHE) layerCache.delete(layerCache.keys().next().value);
        if (state.group) map.removeLayer(state.group);
        state.group = entry.group; state.layers = entry.layers; state.names = entry.names; state.codes = entry.codes;
        state.classes = null; state.values = null;
        if (reused) restyle(); // back to the neutral style until this level's frame arrives
        el.dataset.featureCount = String(state.layers.length);
        el.dataset.level = url;
        if (!fit) {
          const b = state.group.getBounds();
          if (b.isValid()) map.fitBounds(b, { padding: [8, 8], animate: false });
        }
      }
      state.fitPending = !!fit;
      updateVisibility();
    },

    async setFrame(classes, values, colors, unit, intervals) {
      const early = state.early;
      state.early = null;
      state.neighbours = null;
      const confirmed = early && sameBytes(early.classes, classes) && sameBytes(early.values, values) && sameBytes(early.colors, colors);
      apply(classes, values, colors, unit, intervals);
      if (confirmed) {
        // Painted already from the neighbour sent ahead: nothing on the map changes.
        await state.earlyPaint;
        el.dataset.earlyConfirmed = String(++state.earlyConfirmed);
      } else {
        restyle();
        if (state.fitPending) { state.fitPending = false; fitVisible(); }
        await afterPaint();
        el.dataset.paintedAt = String(performance.now());
      }
      state.frames++;
      el.dataset.frame = String(state.frames);
      el.dataset.frameAt = String(performance.now());
      el.dataset.drawn = 'true';
      el.dataset.fingerprint = String(api.fingerprint());
    },

    /** The frames of the previous and next hour, under the same filters, for the hour buttons (null: none). */
    setNeighbours(prev, next) {
      state.neighbours = { prev, next, frame: state.frames };
      el.dataset.neighboursFor = String(state.frames);
    },

    highlight(code) {
      state.selected = code || null;
      restyle();
    },

    featureCount() { return state.layers.length; },

    /** Point and path layers over the zones (siting: facilities, candidates, chosen sites, routes), on the same canvas. */
    setPlaces(groups) {
      if (state.places) map.removeLayer(state.places);
      state.places = L.layerGroup();
      let count = 0;
      for (const g of groups || []) {
        for (const path of g.paths || []) {
          L.polyline(path.map(p => [p[1], p[0]]), { renderer, color: g.color, weight: 3, opacity: 0.85 }).addTo(state.places);
        }
        for (const p of g.points || []) {
          const big = (g.radius || 4) > 6;
          const m = L.circleMarker([p[1], p[0]], { renderer, radius: g.radius || 4, stroke: big, color: g.stroke || '#ffffff', weight: 2,
            fillColor: g.color, fillOpacity: g.opacity || 0.9 });
          if (p[2]) m.bindTooltip(String(p[2]), { direction: 'top', className: 'choropleth-tooltip' });
          m.addTo(state.places);
          count++;
        }
      }
      state.places.addTo(map);
      el.dataset.places = String(count);
      el.dataset.placesAt = String(performance.now());
    },

    /** Saves what the map shows (zones and places, no base tiles) as a PNG with a title line. */
    async exportPng(filename, title) {
      await afterPaint();
      const src = renderer._container;
      if (!src) return 0;
      const dpr = src.width / (parseFloat(src.style.width) || src.width);
      const w = el.clientWidth, h = el.clientHeight, head = title ? 28 : 0;
      const out = document.createElement('canvas');
      out.width = Math.round(w * dpr); out.height = Math.round((h + head) * dpr);
      const ctx = out.getContext('2d');
      ctx.fillStyle = '#ffffff'; ctx.fillRect(0, 0, out.width, out.height);
      const pos = L.DomUtil.getPosition(src).add(map._getMapPanePos());
      ctx.drawImage(src, pos.x * dpr, (pos.y + head) * dpr);
      if (title) {
        ctx.fillStyle = '#ffffff'; ctx.fillRect(0, 0, out.width, head * dpr);
        ctx.fillStyle = '#1a237e'; ctx.font = `${14 * dpr}px sans-serif`; ctx.fillText(title, 8 * dpr, 19 * dpr);
      }
      const url = out.toDataURL('image/png');
      const a = document.createElement('a');
      a.href = url; a.download = filename || 'map.png';
      document.body.appendChild(a); a.click(); a.remove();
      el.dataset.pngLength = String(url.length);
      return url.length;
    },

    /** Centres the map on the west edge of the layer at a zoom (for the pan benchmark). */
    async viewWestEdge(zoom) {
      const b = state.group ? state.group.getBounds() : null;
      if (!b || !b.isValid()) return false;
      map.setView([b.getCenter().lat, b.getWest()], zoom, { animate: false });
      await afterPaint();
      return true;
    },

    /** Records the gaps between animation frames until stopFrameWatch, which returns the longest (ms) and the count. */
    startFrameWatch() {
      const watch = { last: performance.now(), worst: 0, frames: 0, running: true };
      const tick = t => { watch.worst = Math.max(watch.worst, t - watch.last); watch.last = t; watch.frames++; if (watch.running) requestAnimationFrame(tick); };
      requestAnimationFrame(t => { watch.last = t; requestAnimationFrame(tick); });
      state.watch = watch;
    },

    async stopFrameWatch() {
      await afterPaint();
      const w = state.watch;
      if (!w) return null;
      w.running = false;
      state.watch = null;
      return { worst: w.worst, frames: w.frames };
    },

    /** Container pixel of the centre of feature i (for tests and benchmarks). */
    pointOf(i) {
      const layer = state.layers[i];
      if (!layer) return null;
      const p = map.latLngToContainerPoint(layer.getBounds().getCenter());
      return { x: p.x, y: p.y };
    },

    /** The text the tooltip of feature i shows (for tests). */
    tooltipText(i) { return tooltip(i).textContent; },

    /** Index of the feature with this code, or -1. */
    indexOf(code) { return state.codes.indexOf(code); },

    fingerprint() {
      let h = 0;
      if (state.classes) for (let i = 0; i < state.classes.length; i++) h = (h * 31 + state.classes[i]) | 0;
      return h;
    },

    dispose() {
      document.removeEventListener('click', onStep, true);
      layerCache.clear();
      map.off();
      map.remove();
      delete el.choropleth;
    }
  };
  el.choropleth = api;
  return api;
}
