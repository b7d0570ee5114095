// "As you see it" export of the map page: the map (zones, clock, zoom hint), its legend and a title line, drawn into one
// PNG with modern-screenshot (npm, copied to wwwroot/lib by the build). The library is loaded on the first export.
let shot = null;
const library = () => shot ??= import(new URL('lib/modern-screenshot/index.mjs', document.baseURI).href);

const skipControls = node => !(node.classList && (node.classList.contains('leaflet-control-zoom') || node.classList.contains('leaflet-control-attribution')));

/** Saves the view as a PNG; returns its byte length (also kept on the button as data-png-length for tests). */
export async function exportView(mapId, legendId, buttonId, title, note, filename) {
  const { domToCanvas } = await library();
  const mapEl = document.getElementById(mapId), legendEl = document.getElementById(legendId);
  if (!mapEl) return 0;
  const scale = Math.max(2, window.devicePixelRatio || 1);
  const options = { scale, backgroundColor: '#ffffff', filter: skipControls };
  const [map, legend] = await Promise.all([domToCanvas(mapEl, options), legendEl ? domToCanvas(legendEl, options) : null]);
  const gap = 16 * scale, head = 40 * scale, foot = note ? 26 * scale : 0;
  const out = document.createElement('canvas');
  out.width = map.width + (legend ? gap + legend.width : 0) + 2 * gap;
  out.height = head + Math.max(map.height, legend ? legend.height : 0) + foot + gap;
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  const family = getComputedStyle(document.body).fontFamily;
  ctx.fillStyle = '#1a237e';
  ctx.font = `600 ${18 * scale}px ${family}`;
  ctx.fillText(title, gap, 27 * scale);
  ctx.drawImage(map, gap, head);
  if (legend) ctx.drawImage(legend, gap + map.width + gap, head);
  if (note) {
    ctx.fillStyle = '#546e7a';
    ctx.font = `${12 * scale}px ${family}`;
    ctx.fillText(note, gap, out.height - gap / 2 - 4 * scale);
  }
  const blob = await new Promise(resolve => out.toBlob(resolve, 'image/png'));
  if (!blob) return 0;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url; a.download = filename || 'map.png';
  document.body.appendChild(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  const button = buttonId && document.getElementById(buttonId);
  if (button) button.dataset.pngLength = String(blob.size);
  return blob.size;
}
