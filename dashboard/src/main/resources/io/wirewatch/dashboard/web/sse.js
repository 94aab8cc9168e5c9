// Server-sent events over fetch: unlike EventSource, fetch can send the bearer token. The stream
// resumes after a break with Last-Event-ID, as the protocol intends.

const RETRY_MS = 2000;

function parseBlock(block) {
  const event = { id: null, type: 'message', data: [] };
  for (const line of block.split(/\r?\n/)) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') event.id = value;
    else if (field === 'event') event.type = value;
    else if (field === 'data') event.data.push(value);
  }
  return event;
}

/**
 * Listens for ever; calls onEvent(type, object, id) per event and onStatus('live' | 'offline').
 */
export async function listen(url, headers, onEvent, onStatus) {
  let lastId = null;
  for (;;) {
    try {
      const sent = { ...headers, Accept: 'text/event-stream' };
      if (lastId !== null) sent['Last-Event-ID'] = lastId;
      const response = await fetch(url, { headers: sent, cache: 'no-store' });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      onStatus('live');
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end;
        while ((end = buffer.search(/\r?\n\r?\n/)) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end).replace(/^\r?\n\r?\n/, '');
          const event = parseBlock(block);
          if (event.id !== null) lastId = event.id;
          if (event.data.length) onEvent(event.type, JSON.parse(event.data.join('\n')), event.id);
        }
      }
    } catch (e) {
      // fall through to the retry below
    }
    onStatus('offline');
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}
