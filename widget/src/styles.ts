/**
 * The widget's styles, adopted as one constructable stylesheet shared by every instance (a strict
 * CSP blocks injected <style> elements; adoptedStyleSheets are not). Sizes are in px and em, never
 * rem: FHV sites often set `html { font-size: 62.5% }`. `:host` resets only the inherited
 * properties the page's CSS could push into the widget, with !important, which is the only way a
 * shadow root's host rules beat the page's own (`* { all: unset }` included). Layout properties
 * (width, max-width, margin, box-shadow, …) stay the page's: the host places the widget. Theming:
 * the --stodkollen-* custom properties, `theme="light|dark|auto"` and the ::part names in the
 * README. Container queries, not media queries: the widget knows its own width, not the page's.
 */
const CSS = `
:host{display:block!important;box-sizing:border-box;max-width:100%;min-width:0;contain:layout!important;
color-scheme:light;
--a:var(--stodkollen-accent,#0b5a7a);--at:var(--stodkollen-accent-text,#fff);--tx:var(--stodkollen-text,#1c1c1c);
--bg:var(--stodkollen-background,#fff);--mu:var(--stodkollen-muted,#4d4d4d);--bd:var(--stodkollen-border,#767676);
--r:var(--stodkollen-radius,6px);--fk:var(--stodkollen-fk-color,#0b5a7a);--afa:var(--stodkollen-afa-color,#2f7d32);
--emp:var(--stodkollen-employer-color,#b8860b);--err:var(--stodkollen-error,#b3261e);--fo:var(--stodkollen-focus,#1a5fd0);
--tint:var(--stodkollen-result-background,#eef5f8);
--ja:#14501a;--nej:#3d3d3d;--kanske:#6b3a00;
font-family:var(--stodkollen-font,inherit)!important;font-size:var(--stodkollen-font-size,16px)!important;
font-style:normal!important;font-weight:400!important;font-variant:normal!important;font-stretch:normal!important;
line-height:1.5!important;letter-spacing:normal!important;word-spacing:normal!important;
text-align:start!important;text-indent:0!important;text-transform:none!important;text-shadow:none!important;
white-space:normal!important;word-break:normal!important;overflow-wrap:break-word!important;hyphens:manual!important;
color:var(--tx)!important;visibility:visible!important;cursor:auto!important;direction:ltr!important;
list-style:disc outside!important;border-collapse:separate!important;border-spacing:0!important;
caption-side:top!important;font-kerning:auto!important;-webkit-text-fill-color:currentColor!important}
:host([theme=dark]){color-scheme:dark;--a:var(--stodkollen-accent,#7cc4e8);--at:var(--stodkollen-accent-text,#0b1a22);
--tx:var(--stodkollen-text,#ececec);--bg:var(--stodkollen-background,#1b1f24);--mu:var(--stodkollen-muted,#b9c0c8);
--bd:var(--stodkollen-border,#8b949e);--fk:var(--stodkollen-fk-color,#5fb3d9);--afa:var(--stodkollen-afa-color,#7bc47f);
--emp:var(--stodkollen-employer-color,#e0b34a);--err:var(--stodkollen-error,#ff8a80);--fo:var(--stodkollen-focus,#8ab4f8);
--tint:var(--stodkollen-result-background,#24303a);--ja:#9be39f;--nej:#d0d0d0;--kanske:#ffc77a}
@media (prefers-color-scheme:dark){:host([theme=auto]){color-scheme:dark;--a:var(--stodkollen-accent,#7cc4e8);
--at:var(--stodkollen-accent-text,#0b1a22);--tx:var(--stodkollen-text,#ececec);--bg:var(--stodkollen-background,#1b1f24);
--mu:var(--stodkollen-muted,#b9c0c8);--bd:var(--stodkollen-border,#8b949e);--fk:var(--stodkollen-fk-color,#5fb3d9);
--afa:var(--stodkollen-afa-color,#7bc47f);--emp:var(--stodkollen-employer-color,#e0b34a);--err:var(--stodkollen-error,#ff8a80);
--fo:var(--stodkollen-focus,#8ab4f8);--tint:var(--stodkollen-result-background,#24303a);--ja:#9be39f;--nej:#d0d0d0;--kanske:#ffc77a}}
:host([hidden]){display:none!important}
*,*::before,*::after{box-sizing:border-box}
.widget{background:var(--bg);color:var(--tx);border:1px solid var(--bd);border-radius:var(--r);padding:1em;min-width:0;
container:sk/inline-size}
.widget.loading{min-height:var(--stodkollen-reserve,40em)}
h2,h3,h4,h5,h6{font-size:1.25em;line-height:1.25;margin:0 0 .5em;font-weight:700}
.result h3,.result h4,.result h5,.result h6,.line-title{font-size:1.05em;margin:1em 0 .4em}
p{margin:0 0 .75em}
.muted,.hint{color:var(--mu)}
.hint{font-size:.875em;margin:.15em 0 .35em}
fieldset{border:1px solid var(--bd);border-radius:var(--r);margin:0 0 1em;padding:.75em;min-width:0}
legend{font-weight:700;padding:0 .25em}
.field{display:flex;flex-direction:column;margin:0 0 .75em;min-width:0}
.field.check{flex-direction:row;flex-wrap:wrap;align-items:center;gap:.5em}
.field.check .hint{flex-basis:100%}
label{font-weight:600}
input,select,button,textarea{font:inherit;color:inherit;max-width:100%}
input[type=text],input[type=date],select,textarea{display:block;width:100%;min-height:2.5em;padding:.35em .5em;
border:1px solid var(--bd);border-radius:var(--r);background:var(--bg);color:var(--tx)}
input[type=checkbox]{width:1.25em;height:1.25em;margin:0;accent-color:var(--a)}
input[aria-invalid=true]{border:2px solid var(--err)}
.error{color:var(--err);font-weight:600;margin:.25em 0 0}
button{display:inline-block;cursor:pointer;min-height:2.5em;padding:.35em .9em;border:1px solid var(--a);
border-radius:var(--r);background:var(--bg);color:var(--a);font-weight:600;margin:0 .5em .5em 0}
button.primary{background:var(--a);color:var(--at)}
button:disabled{opacity:.6;cursor:not-allowed}
button.link{border-color:transparent;padding-inline:0;text-decoration:underline}
:focus-visible{outline:3px solid var(--fo);outline-offset:2px}
.insats{border:0;border-top:1px solid var(--bd);border-radius:0;padding:.75em 0 0;margin:.5em 0 0}
.insats legend{padding:0;float:left;width:100%;margin:0 0 .4em}.insats legend+*{clear:both}
.insats:first-of-type{border-top:0;margin-top:0;padding-top:0}
.insats-title,.small-title{font-weight:700;margin:0 0 .4em}
.dates{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(11em,100%),1fr));gap:0 .75em}
details{margin:0 0 1em}
summary{cursor:pointer;font-weight:600;padding:.25em 0}
.summary-heading{display:inline;font-size:1em}
.result{border-top:2px solid var(--a);padding-top:1em;margin-top:.5em}
.status{font-weight:600}
.totals{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(9em,100%),1fr));gap:.5em;margin:0 0 .75em}
.total{border:1px solid var(--bd);border-radius:var(--r);padding:.5em}
.total dt{font-size:.875em;color:var(--mu)}
.total dd{margin:0;font-size:1.35em;font-weight:700;font-variant-numeric:tabular-nums}
.total.employer{background:var(--tint);border-color:transparent}
.total.employer dd{color:var(--tx)}
.bar{display:flex;height:1em;border-radius:var(--r);overflow:hidden;border:1px solid var(--bd);margin:0 0 .4em}
.bar span{display:block;height:100%}
.fk{background:var(--fk)}.afa{background:var(--afa)}.emp{background:var(--emp)}
.legend{display:flex;flex-wrap:wrap;gap:.25em 1em;list-style:none;padding:0;margin:0 0 1em;font-size:.875em}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em}
.lines,.deadlines,.steps,.deliver,.reasons,.checks,.saved-list{margin:0 0 .75em;padding-inline-start:1.25em}
.line{margin:0 0 1em}
.amounts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(10em,100%),1fr));gap:.25em .75em;margin:0 0 .5em}
.amounts dt{font-size:.875em;color:var(--mu)}
.amounts dd{margin:0;font-weight:700;font-variant-numeric:tabular-nums}
.answer{display:inline-block;font-size:.875em;font-weight:700;padding:0 .45em;border-radius:1em;border:1px solid currentColor;
line-height:1.4;background:var(--bg)}
.answer.ja{color:var(--ja)}.answer.nej{color:var(--nej)}.answer.kanske{color:var(--kanske)}
.rule{font-size:.8em;color:var(--mu);font-family:ui-monospace,monospace}
.passed{color:var(--err)}
.actions{display:flex;flex-wrap:wrap}
.copy-text{font-family:ui-monospace,monospace;font-size:.8em}
.saved-list li{margin:0 0 .5em}
.saved-name{font-weight:600}
table{border-collapse:collapse;width:100%;font-size:.875em;display:block;overflow-x:auto}
th,td{border-bottom:1px solid var(--bd);padding:.3em .4em;text-align:start;vertical-align:top}
.trust{border-top:1px solid var(--bd);padding-top:.75em;font-size:.875em;color:var(--mu)}
.trust p{margin:0 0 .3em}
.sticky-totals{position:sticky;bottom:0;z-index:1;display:flex;flex-wrap:wrap;gap:.1em 1em;margin:0 -1em;padding:.5em 1em;
background:var(--bg);border-top:2px solid var(--a);font-size:.875em;font-variant-numeric:tabular-nums}
.sticky-totals strong{white-space:nowrap}
@container sk (min-width:46em){
.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:0 1.5em}
.cols>.result{border-top:0;margin-top:0;padding-top:0}
.sticky-totals{display:none}
.result .totals{position:sticky;top:0;z-index:1;background:var(--bg);padding:.5em 0;margin:0}}
.layout-compact .sticky-totals{display:none}
@media (forced-colors:active){.bar span,.swatch{forced-color-adjust:none}
.answer{border-color:CanvasText}}
@media print{.no-print,.actions,.how,.status-small{display:none!important}
.widget{border:0;padding:0}.bar{print-color-adjust:exact;-webkit-print-color-adjust:exact}}
`;

let shared: CSSStyleSheet | undefined;

export function stylesheet(): CSSStyleSheet {
  if (!shared) {
    shared = new CSSStyleSheet();
    shared.replaceSync(CSS);
  }
  return shared;
}

export { CSS as WIDGET_CSS };
