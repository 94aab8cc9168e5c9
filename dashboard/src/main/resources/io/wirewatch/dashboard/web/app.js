import { listen } from './sse.js';
import { el, safeHref, time, delay, duration, marked } from './dom.js';
import { StoryList } from './storylist.js';

// A token handed over as #token=… (never sent to the server in the URL) is kept for this tab.
if (location.hash.startsWith('#token=')) {
  sessionStorage.setItem('wirewatch.token', decodeURIComponent(location.hash.slice('#token='.length)));
  history.replaceState(null, '', location.pathname + '#/');
}
const token = sessionStorage.getItem('wirewatch.token');
const headers = token ? { Authorization: 'Bearer ' + token } : {};

const main = document.getElementById('main');
const status = document.getElementById('status');
const stories = new StoryList();
// The id of the first 'ready' event: from there on the stream has every change.
let streamFrom = null;

async function fetchApi(path) {
  const response = await fetch(path, { headers, cache: 'no-store' });
  if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
  return response;
}

async function api(path) {
  return (await fetchApi(path)).json();
}

function show(...nodes) {
  main.replaceChildren(...nodes.filter((node) => node !== null && node !== undefined));
}

function route() {
  const hash = location.hash || '#/';
  if (hash.startsWith('#/story/')) return { page: 'story', id: decodeURIComponent(hash.slice('#/story/'.length)) };
  const [page, query] = hash.slice(2).split('?');
  return { page: page || 'stories', params: new URLSearchParams(query ?? '') };
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
  const sorted = stories.sorted();
  show(el('h2', {}, 'Stories'),
    sorted.length ? el('ol', { class: 'stories' }, sorted.map(storyItem)) : el('p', { class: 'empty' }, 'No stories in the view yet.'));
}

async function loadStories() {
  const load = stories.begin();
  try {
    const response = await fetchApi('/api/stories?limit=200');
    const page = await response.json();
    const eventId = response.headers.get('Wirewatch-Event-Id');
    if (stories.finish(load, page.items, eventId === null ? null : Number(eventId)) && route().page === 'stories') renderStories();
    reloadIfStale();
  } catch (e) {
    stories.abandon(load);
    throw e;
  }
}

function claimItem(view) {
  const c = view.claim;
  return el('li', { class: 'claim' },
    el('div', {}, marked(c.text, c.highlights)),
    el('div', { class: 'meta' }, `${c.speaker ?? 'unattributed'} · ${view.sourceId ?? ''} · ${c.language ?? ''} · ${time(view.receivedAt)} `,
      rules(c.rules)));
}

function deliveryItem(d) {
  return el('li', { class: 'delivery', 'data-outcome': d.outcome },
    `${time(d.at)} · ${d.channel} · `, el('span', { class: 'outcome' }, d.outcome), d.detail ? ` · ${d.detail}` : '');
}

function alertItem(view) {
  const a = view.alert;
  return el('li', { class: 'alert' },
    el('div', {}, a.text ?? ''),
    el('div', { class: 'meta' }, `${a.subscriptionId} · ${view.sourceId ?? ''} · ${view.language ?? ''} · ${time(view.receivedAt)} `,
      rules(a.rules)),
    view.deliveries.length ? el('ul', { class: 'deliveries' }, view.deliveries.map(deliveryItem))
      : el('div', { class: 'meta' }, 'no delivery in the log yet'));
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

function pollCells(p) {
  if (!p) return [el('td', { class: 'status' }, '–'), el('td', {}, ''), el('td', {}, ''), el('td', {}, ''), el('td', {}, '')];
  const errors = p.consecutiveFailures
    ? `${p.consecutiveFailures} in a row${p.lastHttpStatus ? ' · HTTP ' + p.lastHttpStatus : ''}${p.lastError ? ': ' + p.lastError : ''}`
    : '';
  const backoff = p.backoffSeconds ? duration(p.backoffSeconds) + (p.retryAfterSeconds ? ` (server asked ${duration(p.retryAfterSeconds)})` : '') : '';
  return [el('td', { class: 'status status-' + p.status }, p.status), el('td', {}, time(p.lastPoll)), el('td', { class: 'errors' }, errors),
    el('td', {}, backoff), el('td', {}, time(p.nextPoll))];
}

function sourceRow(s) {
  return el('tr', { class: 'source', 'data-id': s.id },
    el('td', {}, s.id), ...pollCells(s.poll), el('td', {}, String(s.articlesLastHour)), el('td', {}, String(s.articles)),
    el('td', {}, time(s.lastArticleAt)), el('td', {}, s.languages.join(', ')));
}

/** Every source: /api/sources is paged like every list, so the pages are followed to the last. */
async function allSources() {
  const first = await api('/api/sources?limit=500');
  const items = [...first.items];
  while (items.length < first.total) {
    const next = await api('/api/sources?limit=500&offset=' + items.length);
    if (!next.items.length) break;
    items.push(...next.items);
  }
  return { ...first, items };
}

async function renderSources() {
  const page = await allSources();
  show(el('h2', {}, 'Sources'),
    page.pollHealth ? null : el('p', { class: 'empty' }, 'Poll health is kept by the ingest service, which does not run in this'
      + ' process (set dashboard.sourceHealthUrl to its /health/sources): what the topics tell is shown.'),
    page.pollHealthError ? el('p', { class: 'empty', id: 'poll-health-error' }, 'Poll health not available: ' + page.pollHealthError) : null,
    el('table', { class: 'sources' },
      el('thead', {}, el('tr', {}, ['Source', 'Status', 'Last poll', 'Errors', 'Back-off', 'Next poll', 'Articles last hour',
        'Articles', 'Last article', 'Languages'].map((h) => el('th', {}, h)))),
      el('tbody', {}, page.items.map(sourceRow))));
}

function subscriptionRow(s) {
  const filters = [
    s.languages.length ? 'languages: ' + s.languages.join(', ') : null,
    s.sources.length ? 'sources: ' + s.sources.join(', ') : null,
    s.excludeSources.length ? 'not: ' + s.excludeSources.join(', ') : null,
    s.minOutlets > 1 ? `at least ${s.minOutlets} outlets` : null].filter((f) => f);
  const when = [s.mode, s.digestAt ? 'at ' + s.digestAt : null, s.timeZone, s.quietHours ? 'quiet ' + s.quietHours : null].filter((f) => f);
  return el('tr', { class: 'subscription', 'data-id': s.id },
    el('td', {}, s.id), el('td', {}, rules(s.rules)),
    el('td', {}, el('ul', { class: 'channels' }, s.channels.map((c) => el('li', {}, `${c.type}: ${c.target}`)))),
    el('td', {}, filters.join(' · ') || 'all'), el('td', {}, when.join(' · ')));
}

async function renderSubscriptions() {
  const page = await api('/api/subscriptions');
  show(el('h2', {}, 'Subscriptions'),
    el('p', { class: 'meta' }, 'As the alerts service is configured (read-only; change them in the configuration file).'),
    page.items.length ? el('table', { class: 'subscriptions' },
      el('thead', {}, el('tr', {}, ['Subscription', 'Rules', 'Channels', 'Filters', 'Delivery'].map((h) => el('th', {}, h)))),
      el('tbody', {}, page.items.map(subscriptionRow)))
      : el('p', { class: 'empty' }, 'No subscriptions configured in this process.'));
}

/**
 * The feeds with filters: each filter goes into the address (#/claims?rule=…, #/alerts?source=…), so a
 * filtered feed can be bookmarked, and from there to the API. `suggest` gives the values a field offers
 * from the latest 500 entries.
 */
const FEEDS = {
  claims: {
    title: 'Claims', api: '/api/claims', item: claimItem,
    suggest: { rule: (v) => v.claim.rules, speaker: (v) => [v.claim.speaker], language: (v) => [v.claim.language], source: (v) => [v.sourceId] },
  },
  alerts: {
    title: 'Alerts', api: '/api/alerts', item: alertItem,
    suggest: { rule: (v) => v.alert.rules, subscription: (v) => [v.alert.subscriptionId], language: (v) => [v.language], source: (v) => [v.sourceId] },
  },
};

function filterQuery(feed, params) {
  const query = new URLSearchParams();
  for (const name of Object.keys(FEEDS[feed].suggest)) if (params.get(name)) query.set(name, params.get(name));
  return query.toString();
}

function options(id, values) {
  return el('datalist', { id }, [...new Set(values.filter((v) => v))].sort().map((v) => el('option', { value: v })));
}

function filterBar(feed, params, recent) {
  const suggest = FEEDS[feed].suggest;
  const inputs = Object.keys(suggest).map((name) => el('input', {
    type: 'search', id: 'filter-' + name, name, placeholder: name, 'aria-label': 'filter by ' + name, value: params.get(name) ?? '', list: 'values-' + name }));
  for (const input of inputs) {
    input.addEventListener('change', () => {
      // A field left half-typed fires 'change' as the page moves elsewhere: that must not bring it back.
      if (!input.isConnected || route().page !== feed) return;
      const next = new URLSearchParams();
      for (const i of inputs) if (i.value.trim()) next.set(i.name, i.value.trim());
      const query = next.toString();
      location.hash = '#/' + feed + (query ? '?' + query : '');
    });
  }
  return el('div', { class: 'filters' }, inputs,
    Object.entries(suggest).map(([name, values]) => options('values-' + name, recent.flatMap(values))));
}

function feedResults(feed, page, query) {
  return el('div', { id: feed + '-results' },
    el('p', { class: 'meta', id: feed + '-total' }, `${page.total} ${feed}${query ? ' matching the filters' : ''}`),
    page.items.length ? el('ol', { class: feed }, page.items.map(FEEDS[feed].item)) : el('p', { class: 'empty' }, `No ${feed} match.`));
}

/** live: a new entry arrived; only the results are replaced, so that a filter being typed keeps its text and focus. */
async function renderFeed(feed, params, live = false) {
  const { title, api: path } = FEEDS[feed];
  const query = filterQuery(feed, params);
  const listPath = path + '?limit=200' + (query ? '&' + query : '');
  const current = document.getElementById(feed + '-results');
  if (live && current) {
    current.replaceWith(feedResults(feed, await api(listPath), query));
    return;
  }
  const [page, recent] = await Promise.all([api(listPath), api(path + '?limit=500')]);
  show(el('h2', {}, title), filterBar(feed, params, recent.items), feedResults(feed, page, query));
}

async function render() {
  const at = route();
  try {
    if (at.page === 'story') await renderStory(at.id);
    else if (Object.hasOwn(FEEDS, at.page)) await renderFeed(at.page, at.params);
    else if (at.page === 'sources') await renderSources();
    else if (at.page === 'subscriptions') await renderSubscriptions();
    else await loadStories();
  } catch (e) {
    show(el('p', { class: 'empty' }, String(e.message)));
  }
}

/** A list read before the stream was open may miss what changed in between: read it again. */
function reloadIfStale() {
  if (route().page === 'stories' && stories.stale(streamFrom)) loadStories().catch((e) => show(el('p', { class: 'empty' }, String(e.message))));
}

function onEvent(type, data, id) {
  const at = route();
  if (type === 'ready' && streamFrom === null) {
    streamFrom = Number(id);
    reloadIfStale();
  } else if (type === 'reset') {
    render();
  } else if (type === 'story') {
    stories.event(id, data);
    if (at.page === 'stories') renderStories();
    else if (at.page === 'story' && at.id === data.id) renderStory(data.id);
  } else if ((type === 'claim' && at.page === 'claims') || (type === 'alert' && at.page === 'alerts')) {
    renderFeed(at.page, at.params, true).catch((e) => show(el('p', { class: 'empty' }, String(e.message))));
  }
}

function onStatus(state) {
  status.dataset.state = state;
  status.textContent = state === 'live' ? 'live' : 'reconnecting…';
}

// The stream first, then the lists: events that arrive while a list loads are applied on top of it.
listen('/api/events', headers, onEvent, onStatus);
window.addEventListener('hashchange', render);
render();
