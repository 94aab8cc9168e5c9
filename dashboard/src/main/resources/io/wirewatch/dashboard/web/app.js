import { listen } from './sse.js';
import { el, safeHref, time, delay, marked } from './dom.js';

// A token handed over as #token=… (never sent to the server in the URL) is kept for this tab.
if (location.hash.startsWith('#token=')) {
  sessionStorage.setItem('wirewatch.token', decodeURIComponent(location.hash.slice('#token='.length)));
  history.replaceState(null, '', location.pathname + '#/');
}
const token = sessionStorage.getItem('wirewatch.token');
const headers = token ? { Authorization: 'Bearer ' + token } : {};

const main = document.getElementById('main');
const status = document.getElementById('status');
const stories = new Map();

async function api(path) {
  const response = await fetch(path, { headers, cache: 'no-store' });
  if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
  return response.json();
}

function show(...nodes) {
  main.replaceChildren(...nodes);
}

function route() {
  const hash = location.hash || '#/';
  if (hash.startsWith('#/story/')) return { page: 'story', id: decodeURIComponent(hash.slice('#/story/'.length)) };
  return { page: hash.slice(2) || 'stories' };
}

function timeline(summary, articles) {
  const points = articles ? articles.map((a) => ({ delay: a.delaySeconds, copy: a.copy }))
    : summary.arrivals.map((d) => ({ delay: d, copy: false }));
  const last = Math.max(1, ...points.map((p) => p.delay));
  const bar = el('div', { class: 'timeline', title: 'arrivals after the first article' });
  for (const point of points) {
    const dot = el('span', point.copy ? { class: 'copy' } : {});
    dot.style.left = (100 * point.delay / last) + '%';
    bar.append(dot);
  }
  return bar;
}

function rules(list) {
  return list.map((rule) => el('span', { class: 'rule' }, rule));
}

function storyItem(s) {
  return el('li', { class: 'story', 'data-id': s.id },
    el('a', { class: 'headline', href: '#/story/' + encodeURIComponent(s.id) }, s.headline || '(no headline yet)'),
    el('div', { class: 'meta' },
      `${s.articles} articles · ${s.outlets} outlets · first: ${s.firstOutlet ?? '–'} ${time(s.firstSeen)} · `,
      `${s.claims} claims `, rules(s.rules)),
    timeline(s));
}

function renderStories() {
  const sorted = [...stories.values()].sort((a, b) => b.lastActivity.localeCompare(a.lastActivity) || a.id.localeCompare(b.id));
  show(el('h2', {}, 'Stories'),
    sorted.length ? el('ol', { class: 'stories' }, sorted.map(storyItem)) : el('p', { class: 'empty' }, 'No stories in the view yet.'));
}

async function loadStories() {
  const page = await api('/api/stories?limit=200');
  stories.clear();
  for (const s of page.items) stories.set(s.id, s);
  renderStories();
}

function claimItem(view) {
  const c = view.claim;
  return el('li', { class: 'claim' },
    el('div', {}, marked(c.text, c.highlights)),
    el('div', { class: 'meta' }, `${c.speaker ?? 'unattributed'} · ${view.sourceId ?? ''} · ${time(view.receivedAt)} `, rules(c.rules)));
}

function alertItem(view) {
  const a = view.alert;
  const deliveries = view.deliveries.length
    ? view.deliveries.map((d) => `${d.channel}: ${d.outcome}`).join(', ') : 'delivery log not available';
  return el('li', { class: 'alert' },
    el('div', {}, a.text ?? ''),
    el('div', { class: 'meta' }, `${a.subscriptionId} · ${time(view.receivedAt)} · ${deliveries} `, rules(a.rules)));
}

async function renderStory(id) {
  const detail = await api('/api/stories/' + encodeURIComponent(id));
  const s = detail.story;
  const rows = detail.articles.map((a) => {
    const href = safeHref(a.url);
    return el('tr', { class: 'article', 'data-id': a.id },
      el('td', {}, href ? el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, a.title) : a.title),
      el('td', {}, a.sourceId),
      el('td', {}, time(a.time)),
      el('td', { class: a.copy ? 'kind-copy' : 'kind-original' }, a.copy ? 'copy' : 'original'),
      el('td', {}, delay(a.delaySeconds)));
  });
  show(
    el('h2', {}, s.headline || '(no headline yet)'),
    el('div', { class: 'meta' }, `${s.articles} articles · ${s.outlets} outlets · ${s.originals} originals · first: ${s.firstOutlet ?? '–'} `, rules(s.rules)),
    timeline(s, detail.articles),
    el('h3', {}, 'Articles'),
    el('table', { class: 'articles' },
      el('thead', {}, el('tr', {}, ['Title', 'Outlet', 'Time', 'Kind', 'Delay'].map((h) => el('th', {}, h)))),
      el('tbody', {}, rows)),
    el('h3', {}, 'Claims'),
    detail.claims.length ? el('ol', { class: 'claims' }, detail.claims.map(claimItem)) : el('p', { class: 'empty' }, 'No claims.'),
    el('h3', {}, 'Alerts'),
    detail.alerts.length ? el('ol', { class: 'alerts' }, detail.alerts.map(alertItem)) : el('p', { class: 'empty' }, 'No alerts.'));
}

async function renderList(title, path, item) {
  const page = await api(path);
  show(el('h2', {}, title), page.items.length ? el('ol', { class: title.toLowerCase() }, page.items.map(item)) : el('p', { class: 'empty' }, 'Nothing in the view.'));
}

function sourceRow(s) {
  return el('tr', {}, el('td', {}, s.id), el('td', {}, String(s.articles)), el('td', {}, String(s.articlesLastHour)),
    el('td', {}, time(s.lastArticleAt)), el('td', {}, s.languages.join(', ')));
}

async function renderSources() {
  const page = await api('/api/sources');
  show(el('h2', {}, 'Sources'), el('table', { class: 'sources' },
    el('thead', {}, el('tr', {}, ['Source', 'Articles', 'Last hour', 'Last article', 'Languages'].map((h) => el('th', {}, h)))),
    el('tbody', {}, page.items.map(sourceRow))));
}

async function render() {
  const at = route();
  try {
    if (at.page === 'story') await renderStory(at.id);
    else if (at.page === 'claims') await renderList('Claims', '/api/claims', claimItem);
    else if (at.page === 'alerts') await renderList('Alerts', '/api/alerts', alertItem);
    else if (at.page === 'sources') await renderSources();
    else await loadStories();
  } catch (e) {
    show(el('p', { class: 'empty' }, String(e.message)));
  }
}

function onEvent(type, data) {
  const at = route();
  if (type === 'reset') {
    render();
  } else if (type === 'story') {
    stories.set(data.id, data);
    if (at.page === 'stories') renderStories();
    else if (at.page === 'story' && at.id === data.id) renderStory(data.id);
  } else if ((type === 'claim' && at.page === 'claims') || (type === 'alert' && at.page === 'alerts')) {
    render();
  }
}

function onStatus(state) {
  status.dataset.state = state;
  status.textContent = state === 'live' ? 'live' : 'reconnecting…';
}

window.addEventListener('hashchange', render);
render();
listen('/api/events', headers, onEvent, onStatus);
