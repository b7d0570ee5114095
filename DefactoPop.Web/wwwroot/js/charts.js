// Draws Plotly figures built in C# and exports them as PNG/SVG in the browser (nothing returns over the circuit).
let loading = null;

function ensurePlotly() {
  if (window.Plotly) return Promise.resolve(window.Plotly);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = '/_content/Plotly.Blazor/plotly-3.7.0.min.js';
      s.onload = () => resolve(window.Plotly);
      s.onerror = () => { loading = null; reject(new Error('plotly.js could not be loaded')); };
      document.head.appendChild(s);
    });
  }
  return loading;
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
  const Plotly = await ensurePlotly();
  const el = document.getElementById(id);
  if (!el) return;
  await Plotly.react(el, data, Object.assign({}, baseLayout, layout || {}), { responsive: true, displaylogo: false });
  el.dataset.rendered = String((Number(el.dataset.rendered) || 0) + 1);
}

export async function download(id, format, filename) {
  const Plotly = await ensurePlotly();
  const el = document.getElementById(id);
  if (!el) return;
  const width = Math.max(640, el.clientWidth || 900);
  const height = Math.max(360, el.clientHeight || 450);
  await Plotly.downloadImage(el, { format: format === 'svg' ? 'svg' : 'png', filename, width, height });
}
