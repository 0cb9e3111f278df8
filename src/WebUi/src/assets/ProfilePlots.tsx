import { Asset } from '../api/types';

type Bar = { label: string; value: number; text: string };

/** Horizontal bars as SVG: one row per column, the value as a fraction of the widest. */
function Bars({ title, bars, max, className }: { title: string; bars: Bar[]; max: number; className: string }) {
  const row = 22;
  const labelWidth = 150;
  const width = 520;
  return (
    <figure className={`plot ${className}`}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${bars.length * row + 4}`} role="img" aria-label={`${title}: ${bars.map(b => `${b.label} ${b.text}`).join(', ')}`}>
        {bars.map((b, i) => {
          const w = max > 0 ? ((width - labelWidth - 70) * b.value) / max : 0;
          return (
            <g key={b.label} transform={`translate(0 ${i * row + 2})`}>
              <text x={labelWidth - 6} y={15} textAnchor="end" className="plot-label">
                {b.label}
              </text>
              <rect x={labelWidth} y={3} width={width - labelWidth - 70} height={row - 8} className="plot-track" />
              <rect x={labelWidth} y={3} width={Math.max(w, b.value > 0 ? 2 : 0)} height={row - 8} className="plot-bar" />
              <text x={width - 64} y={15} className="plot-value">
                {b.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}

export default function ProfilePlots({ asset }: { asset: Asset }) {
  const profiled = asset.columns.filter(c => c.profile);
  if (profiled.length === 0) return null;
  const distinctMax = Math.max(...profiled.map(c => c.profile!.distinctEstimate));
  return (
    <section>
      <h2>Profile</h2>
      <div className="plots">
        <Bars
          title="Null fraction per column"
          className="null-fraction"
          max={1}
          bars={profiled.map(c => ({ label: c.name, value: c.profile!.nullFraction, text: `${(c.profile!.nullFraction * 100).toFixed(1)}%` }))}
        />
        <Bars
          title="Distinct values per column (estimate)"
          className="distinct"
          max={distinctMax}
          bars={profiled.map(c => ({ label: c.name, value: c.profile!.distinctEstimate, text: c.profile!.distinctEstimate.toLocaleString('en-US') }))}
        />
      </div>
    </section>
  );
}
