// Draws Plotly figures built in C# and exports them as PNG/SVG in the browser (nothing returns over the circuit).
// The basic bundle (1.1 MB: scatter, bar, pie) is enough for most charts; heatmaps need the full one (4.9 MB).
const bundles = {
  basic: '/_content/Plotly.Blazor/plotly-basic-3.7.0.min.js',
  full: '/_content/Plotly.Blazor/plotly-3.7.0.min.js'
};
let loaded = null;
let loading = null;

function load(kind) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = bundles[kind];
    s.onload = () => { loaded = kind; resolve(window.Plotly); };
    s.onerror = () => reject(new Error('plotly.js could not be loaded'));
    document.head.appendChild(s);
  });
}

async function ensurePlotly(full) {
  if (loading) await loading.catch(() => {});
  if (window.Plotly && (loaded === 'full' || !full)) return window.Plotly;
  loading = load(full ? 'full' : 'basic');
  try { return await loading; } finally { loading = null; }
}

function needsFull(data) {
  return (data || []).some(t => t && t.type && !['scatter', 'bar', 'pie'].includes(t.type));
}

const baseLayout = {
  autosize: true,
  margin: { l: 64, r: 16, t: 16, b: 48 },
  font: { family: 'Pretendard, "Noto Sans KR", "Noto Sans CJK KR", Roboto, sans-serif', size: 12, color: '#263238' },
  paper_bgcolor: 'rgba(0,0,0,0)',
  plot_bgcolor: 'rgba(0,0,0,0)',
  legend: { orientation: 'h', y: -0.2 },
  hovermode: 'closest'
};

export async function render(id, data, layout) {
  const Plotly = await ensurePlotly(needsFull(data));
  const el = document.getElementById(id);
  if (!el) return;
  await Plotly.react(el, data, Object.assign({}, baseLayout, layout || {}), { responsive: true, displaylogo: false });
  el.dataset.rendered = String((Number(el.dataset.rendered) || 0) + 1);
}

export async function download(id, format, filename) {
  const Plotly = await ensurePlotly(false);
  const el = document.getElementById(id);
  if (!el) return;
  const width = Math.max(640, el.clientWidth || 900);
  const height = Math.max(360, el.clientHeight || 450);
  await Plotly.downloadImage(el, { format: format === 'svg' ? 'svg' : 'png', filename, width, height });
}
