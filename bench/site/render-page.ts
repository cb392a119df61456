import type { SiteLink, SiteModel, SitePage } from './site-model.js';
import { escapeHtml } from '../../src/report/escape-html.js';

/** The one stylesheet every page carries inline, as small shops' themes do. */
const STYLE = `*{box-sizing:border-box}body{margin:0;font-family:system-ui,Arial,sans-serif;color:#222;line-height:1.5}
a{color:#1d4f91}.wrap{max-width:1000px;margin:0 auto;padding:0 16px}
header{background:#1d4f91}header .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:8px 18px;padding:12px 16px}
header a{color:#fff;text-decoration:none}.logo{font-weight:700;font-size:1.3rem;margin-right:auto}
nav ul{list-style:none;display:flex;flex-wrap:wrap;gap:6px 16px;margin:0;padding:0}
main{padding:20px 0 36px}.crumbs{font-size:.9rem;color:#555}.grid{display:flex;flex-wrap:wrap;gap:12px;list-style:none;padding:0}
.grid li{flex:1 1 200px;border:1px solid #ddd;border-radius:6px;padding:12px}.price{font-weight:700;font-size:1.2rem}
footer{background:#eef1f4;border-top:1px solid #d5d9dc;padding:20px 0;font-size:.95rem}footer ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px 18px}
form label{display:block;margin:8px 0 4px;font-weight:600}form input,form textarea{width:100%;max-width:480px;padding:8px;font:inherit}
#cookie-banner{position:fixed;left:0;right:0;bottom:0;min-height:45vh;background:#fff;border-top:2px solid #333;padding:2rem;box-shadow:0 -4px 12px rgba(0,0,0,.3)}`;

const CONSENT = `<div id="cookie-banner" role="dialog" aria-label="Cookies">
  <h2>Vi använder cookies</h2>
  <p>Vi använder kakor för att webbplatsen ska fungera och för statistik. Du väljer själv vilka kakor du godkänner.</p>
  <button type="button" id="accept-all">Acceptera alla</button>
  <button type="button" id="necessary">Endast nödvändiga</button>
</div>
<script>
  (function () {
    var banner = document.getElementById('cookie-banner');
    if (/(?:^|; )consent=/.test(document.cookie)) { banner.remove(); return; }
    function choose(value) { document.cookie = 'consent=' + value + '; path=/'; banner.remove(); }
    document.getElementById('accept-all').addEventListener('click', function () { choose('all'); });
    document.getElementById('necessary').addEventListener('click', function () { choose('necessary'); });
  })();
</script>`;

function anchor(link: SiteLink): string {
  return `<a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a>`;
}

function list(links: SiteLink[], className = ''): string {
  return `<ul${className ? ` class="${className}"` : ''}>${links.map((link) => `<li>${anchor(link)}</li>`).join('')}</ul>`;
}

function header(model: SiteModel, scripted: boolean): string {
  const [home, ...rest] = model.nav;
  // The js-nav variant ships an empty menu that /assets/nav.js fills in, as script-rendered menus do.
  const menu = scripted ? '<ul id="site-menu"></ul>' : list(rest);
  return `<header><div class="wrap"><a class="logo" href="${escapeHtml(home!.href)}">Byggbutiken Exempel</a><nav aria-label="Huvudmeny">${menu}</nav></div></header>`;
}

function footer(model: SiteModel, scripted: boolean): string {
  const links = scripted ? '<ul id="footer-links"></ul>' : list(model.footer);
  return `<footer><div class="wrap"><p>© 2026 ${escapeHtml(model.company)} · Org.nr 556677-8899</p>${links}</div></footer>`;
}

function contactMain(): string {
  return `<h1>Kontakta oss</h1>
<p>Vi svarar på frågor om order, leverans, retur och reklamation.</p>
<h2>Ring oss</h2><p>Kundservice: <a href="tel:+46812345670">08-123 456 70</a></p>
<h2>Mejla oss</h2><p><a href="mailto:kundservice@exempel.se">kundservice@exempel.se</a></p>
<h2>Öppettider</h2><p>Öppettider kundservice: måndag–fredag 08.00–17.00, lördag 10.00–14.00</p>
<h2>Besök oss</h2><p>Besöksadress: Industrigatan 7, 211 20 Malmö</p>
<h2>Skriv till oss</h2>
<form class="contact" action="/kundservice/meddelande" method="post">
  <label for="namn">Namn</label><input id="namn" name="namn" type="text" required>
  <label for="epost">E-post</label><input id="epost" name="epost" type="email" required>
  <label for="meddelande">Meddelande</label><textarea id="meddelande" name="meddelande" required></textarea>
  <button type="submit">Skicka</button>
</form>
<p>Du kan också chatta med oss vardagar 08–17.</p>
<h2>Reklamation</h2><p>Är något fel på en vara? Reklamera den hos oss inom tre år från köpet.</p>
<h2>Säga upp avtal</h2><p>Ett serviceavtal sägs upp när som helst här eller per telefon.</p>`;
}

function pageMain(page: SitePage): string {
  const crumbs = page.crumbs.length > 0 ? `<p class="crumbs">${page.crumbs.map(anchor).join(' › ')}</p>` : '';
  const paragraphs = page.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n');
  if (page.kind === 'contact') return crumbs + contactMain();
  if (page.kind === 'product') {
    return `${crumbs}<h1>${escapeHtml(page.title)}</h1>
<p class="price">${escapeHtml(page.price ?? '')}</p><p>Art.nr ${escapeHtml(page.articleNumber ?? '')} · I lager</p>
<button type="button" class="add-to-cart">Lägg i varukorg</button>
${paragraphs}
<h2>Liknande produkter</h2>${list(page.links, 'grid')}`;
  }
  const heading = page.kind === 'home' ? '<h1>Allt för hemmet – fri frakt över 500 kr</h1>' : `<h1>${escapeHtml(page.title)}</h1>`;
  return `${crumbs}${heading}\n${paragraphs}${page.links.length > 0 ? list(page.links, 'grid') : ''}`;
}

/** One page as HTML; every link it shows is one of `linksOf(model, page)`. */
export function renderPage(model: SiteModel, page: SitePage): string {
  const scripted = model.spec.variant === 'js-nav';
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(page.title)} – Byggbutiken Exempel</title>`,
    `<style>${STYLE}</style>`,
    page.kind === 'contact' ? '<script src="/chat/widget.js"></script>' : '',
  ].join('\n');
  const tail = [
    scripted ? '<script src="/assets/nav.js"></script>' : '',
    model.spec.variant === 'consent' ? CONSENT : '',
  ].join('\n');
  return `<!doctype html>
<html lang="sv">
<head>
${head}
</head>
<body>
${header(model, scripted)}
<main><div class="wrap">
${pageMain(page)}
</div></main>
${footer(model, scripted)}
${tail}
</body>
</html>
`;
}

/** For the js-nav variant: the script that writes the header menu and footer links. */
export function navScript(model: SiteModel): string {
  const [, ...menu] = model.nav;
  return `// Renders the site's menu and footer links, as script-built navigation does.
(function () {
  var menu = ${JSON.stringify(menu)};
  var footer = ${JSON.stringify(model.footer)};
  function fill(id, links) {
    var list = document.getElementById(id);
    if (!list) return;
    links.forEach(function (link) {
      var item = document.createElement('li');
      var a = document.createElement('a');
      a.href = link.href;
      a.textContent = link.text;
      item.appendChild(a);
      list.appendChild(item);
    });
  }
  fill('site-menu', menu);
  fill('footer-links', footer);
})();
`;
}

/** A stand-in for the Zendesk messaging embed (window.zE and a launcher), as the fixtures stub it. */
export const CHAT_WIDGET = `// A stand-in for the Zendesk messaging embed: it defines window.zE and a launcher, as the real snippet does.
(function () {
  window.zE = function () {};
  var box = document.createElement('div');
  box.id = 'chat-box';
  box.style.cssText = 'position:fixed;right:16px;bottom:16px;max-width:280px;background:#fff;border:1px solid #ccc;padding:8px;font-family:sans-serif';
  box.innerHTML = '<p>Chatta med en kundtjänstmedarbetare vardagar 8–17.</p>'
    + '<button type="button" class="chat-launcher">Chatta med oss</button>'
    + '<div class="panel" hidden><p>Vad gäller ditt ärende?</p></div>';
  document.addEventListener('DOMContentLoaded', function () {
    document.body.appendChild(box);
    box.querySelector('.chat-launcher').addEventListener('click', function () { box.querySelector('.panel').hidden = false; });
  });
})();
`;
