// The stories on the page, kept right while the list loads and events arrive at the same time.
// The event stream is open before the list is asked for; story events that arrive while a load is
// in flight are kept aside and applied on top of the loaded list when they are newer than it (the
// server marks each list with the newest event id it includes). Without this, a story event that
// arrived during the load was overwritten by the older summary in the list.

export class StoryList {
  constructor() {
    this.items = new Map();
    this.loads = new Set();
    this.started = 0;
    this.applied = 0;
    this.eventId = null;
  }

  /** A story event: applied now, and remembered by every load in flight. */
  event(id, summary) {
    this.items.set(summary.id, summary);
    for (const load of this.loads) load.events.push({ id, summary });
  }

  /** Call before asking for the list; hand the result to finish() or abandon(). */
  begin() {
    const load = { seq: ++this.started, events: [] };
    this.loads.add(load);
    return load;
  }

  /**
   * The list arrived. eventId: the newest event id the list includes (null when unknown: then every
   * event seen during the load is applied on top). A load overtaken by a newer one changes nothing.
   */
  finish(load, list, eventId) {
    this.loads.delete(load);
    if (load.seq < this.applied) return false;
    this.applied = load.seq;
    this.eventId = eventId;
    this.items = new Map(list.map((s) => [s.id, s]));
    for (const { id, summary } of load.events) {
      if (eventId === null || Number(id) > eventId) this.items.set(summary.id, summary);
    }
    return true;
  }

  /**
   * True when the shown list may lack changes: it was read before the event stream (which starts at
   * streamFrom) was open, so changes between the two were in neither.
   */
  stale(streamFrom) {
    return this.loads.size === 0 && this.eventId !== null && streamFrom !== null && this.eventId < streamFrom;
  }

  abandon(load) {
    this.loads.delete(load);
  }

  /** Newest activity first. */
  sorted() {
    return [...this.items.values()].sort((a, b) => b.lastActivity.localeCompare(a.lastActivity) || a.id.localeCompare(b.id));
  }
}
