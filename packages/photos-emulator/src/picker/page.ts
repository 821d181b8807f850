// The picking page behind `pickerUri`: the session user's whole library (app-created or not) as a grid of
// checkboxes, newest first, grouped by month; Done finishes the session. Plain HTML that works without script
// (the script keeps the count, the order of picking and the maxItemCount limit); `/autoclose` closes on Done.
import type { ItemRecord, PickerSessionRecord } from '../state'
import { displayNameOf } from '../util'
import { pickerStrings, type PickerLanguage, type PickerStrings } from './page-strings'

const esc = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

const STYLE = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1f1f1f;--muted:#5f6368;--line:#dadce0;--accent:#0b57d0;--accent-fg:#fff;--sel:#d3e3fd}
@media (prefers-color-scheme:dark){:root{--bg:#1f1f1f;--fg:#e3e3e3;--muted:#b0b3b8;--line:#444746;--accent:#a8c7fa;--accent-fg:#062e6f;--sel:#004a77}}
*{box-sizing:border-box}body{margin:0;font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:var(--bg);color:var(--fg)}
header{position:sticky;top:0;z-index:1;display:flex;align-items:center;gap:12px;padding:10px 16px;background:var(--bg);border-bottom:1px solid var(--line)}
header h1{font-size:18px;font-weight:500;margin:0;flex:1}
header .who{color:var(--muted);font-size:13px}
.count{color:var(--muted);font-size:14px;min-width:8ch}
button{font:inherit;border-radius:20px;padding:8px 20px;cursor:pointer;border:1px solid var(--line);background:transparent;color:var(--accent)}
button.done{background:var(--accent);color:var(--accent-fg);border-color:var(--accent)}
button:disabled{opacity:.45;cursor:default}
button:focus-visible,.cell:focus-within{outline:3px solid var(--accent);outline-offset:2px}
main{padding:8px 16px 32px}
h2{font-size:15px;font-weight:500;margin:20px 0 8px}
ul{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(auto-fill,minmax(120px,1fr));gap:4px}
.cell{position:relative;display:block;aspect-ratio:1;overflow:hidden;border-radius:4px;cursor:pointer;background:var(--line)}
.cell img{width:100%;height:100%;object-fit:cover;display:block;transition:transform .12s}
.cell input{position:absolute;inset-block-start:8px;inset-inline-start:8px;width:22px;height:22px;margin:0;accent-color:var(--accent);z-index:1}
.cell:has(input:checked){background:var(--sel)}
.cell:has(input:checked) img{transform:scale(.86);border-radius:4px}
.cell:has(input:disabled:not(:checked)){cursor:default;opacity:.55}
.video{position:absolute;inset-block-end:6px;inset-inline-end:8px;color:#fff;font-size:12px;text-shadow:0 0 3px #000}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.error{margin:12px 16px;padding:10px 14px;border-radius:8px;background:#fce8e6;color:#8c1d18}
.notice{max-width:32rem;margin:20vh auto;padding:0 16px;text-align:center}
.notice h1{font-size:22px;font-weight:500}
@media (max-width:600px){header{flex-wrap:wrap;gap:8px 12px}header h1{order:-1;flex-basis:100%;font-size:16px}header .count{flex:1}}
`

const SCRIPT = `
(() => {
  const form = document.querySelector('form[data-max]')
  if (!form) return
  const max = Number(form.dataset.max)
  const boxes = [...form.querySelectorAll('input[name="id"]')]
  const count = document.getElementById('count')
  const done = document.getElementById('done')
  const order = document.getElementById('order')
  const picked = boxes.filter((b) => b.checked).map((b) => b.value)
  const update = () => {
    const n = picked.length
    count.textContent = n === 0 ? form.dataset.none : form.dataset.count.replace('{n}', n).replace('{max}', max)
    done.disabled = n === 0
    for (const b of boxes) b.disabled = !b.checked && n >= max
    order.value = picked.join(',')
  }
  form.addEventListener('change', (e) => {
    const box = e.target
    if (!(box instanceof HTMLInputElement) || box.name !== 'id') return
    if (box.checked) picked.push(box.value)
    else picked.splice(picked.indexOf(box.value), 1)
    update()
  })
  document.getElementById('cancel').addEventListener('click', () => window.close())
  update()
})()
`

function layout(lang: PickerLanguage, title: string, body: string, extraHead = ''): string {
  return `<!doctype html><html lang="${lang}" dir="${pickerStrings[lang].dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)}</title><style>${STYLE}</style>${extraHead}</head><body>${body}</body></html>`
}

export function htmlResponse(html: string, status = 200): Response {
  return new Response(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Frame-Options': 'DENY' },
  })
}

const monthOf = (lang: PickerLanguage, ms: number): string => new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(ms)
const dayOf = (lang: PickerLanguage, ms: number): string =>
  new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(ms)

export interface PickingPageInput {
  session: PickerSessionRecord
  items: readonly ItemRecord[]
  thumbnail(item: ItemRecord): string
  error?: string
  lang?: PickerLanguage
}

export function pickingPage({ session, items, thumbnail, error, lang = 'en' }: PickingPageInput): string {
  const t: PickerStrings = pickerStrings[lang]
  const groups: { month: string; items: ItemRecord[] }[] = []
  for (const item of items) {
    const month = monthOf(lang, item.creationTime)
    const last = groups.at(-1)
    if (last && last.month === month) last.items.push(item)
    else groups.push({ month, items: [item] })
  }
  const sections = groups
    .map((g, i) => {
      const cells = g.items
        .map((item) => {
          const kind = item.video ? t.video : t.photo
          const label = `${kind}: ${item.filename}, ${dayOf(lang, item.creationTime)}`
          return `<li><label class="cell"><input type="checkbox" name="id" value="${esc(item.id)}" aria-label="${esc(label)}"><img src="${esc(thumbnail(item))}" alt="" loading="lazy" decoding="async" width="240" height="240">${item.video ? '<span class="video" aria-hidden="true">▶</span>' : ''}</label></li>`
        })
        .join('')
      return `<section aria-labelledby="m${i}"><h2 id="m${i}">${esc(g.month)}</h2><ul>${cells}</ul></section>`
    })
    .join('')
  const max = session.maxItemCount
  const body = `<form method="post" data-max="${max}" data-none="${esc(t.none)}" data-count="${esc(t.countTemplate)}">
<header>
<button type="button" id="cancel">${esc(t.cancel)}</button>
<h1>${esc(t.heading(max))}<br><span class="who">${esc(t.who(displayNameOf(session.user)))}</span></h1>
<span id="count" class="count" role="status" aria-live="polite">${esc(t.none)}</span>
<input type="hidden" name="order" id="order" value="">
<button type="submit" class="done" id="done">${esc(t.done)}</button>
</header>
${error ? `<p class="error" role="alert">${esc(error)}</p>` : ''}
<main>${items.length ? sections : `<p>${esc(t.empty)}</p>`}</main>
</form><script>${SCRIPT}</script>`
  return layout(lang, t.title, body)
}

/** Shown after Done (and for `/autoclose`, closes the window right away). */
export function donePage(count: number, autoclose: boolean, lang: PickerLanguage = 'en'): string {
  const t = pickerStrings[lang]
  const body = `<div class="notice"><h1>${esc(t.doneTitle)}</h1><p>${esc(t.doneBody(count))}</p></div>${autoclose ? '<script>window.close()</script>' : ''}`
  return layout(lang, `${t.doneTitle} · Google Photos`, body)
}

export function endedPage(kind: 'finished' | 'expired' | 'unknown', lang: PickerLanguage = 'en'): string {
  const text = pickerStrings[lang].ended[kind]
  return layout(lang, `${text[0]} · Google Photos`, `<div class="notice"><h1>${esc(text[0])}</h1><p>${esc(text[1])}</p></div>`)
}
