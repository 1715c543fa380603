/** @jsxImportSource preact */
import { formatKronor, type Lang } from '../../core/i18n/format.ts';

/**
 * How much of a cap is used, as plain SVG: a bar for the eye, the amounts in words beside it for
 * everyone else and for print (the fill has a border, so it reads in black and white too).
 */
export function CapBar({ used, cap, lang }: { used: number; cap: number; lang: Lang }) {
  const share = cap > 0 ? Math.min(1, Math.max(0, used / cap)) : 0;
  const width = 100;
  const label = `${formatKronor(used)} ${lang === 'sv' ? 'av' : 'of'} ${formatKronor(cap)}`;
  return (
    <span class="cap-bar" data-share={share.toFixed(3)}>
      <svg
        width={width}
        height={10}
        viewBox={`0 0 ${width} 10`}
        aria-hidden="true"
        focusable="false"
      >
        <rect x="0.5" y="0.5" width={width - 1} height="9" fill="#fff" stroke="#595959" />
        <rect
          x="0.5"
          y="0.5"
          width={Math.round(share * (width - 1) * 10) / 10}
          height="9"
          fill={share >= 1 ? '#a4000f' : '#005a87'}
        />
      </svg>{' '}
      <span class="cap-text">{label}</span>
    </span>
  );
}
