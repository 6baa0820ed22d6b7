// Calls to the flashpoint HTTP API. Errors come back as {"error": {"code", "message"}}.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function request(path, options = {}) {
  const response = await fetch(path, { headers: { Accept: "application/json" }, ...options });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const err = (body && body.error) || {};
    throw new ApiError(response.status, err.code || "http_error", err.message || `HTTP ${response.status}`);
  }
  return body;
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== "") search.set(key, value);
  }
  return search.toString();
}

export const getConfig = () => request("/api/config");
export const getStats = () => request("/api/stats");
export const getEvent = (id) => request(`/api/events/${encodeURIComponent(id)}`);

// Every event matching the server-side filters, newest first, page by page (at most `max`).
export async function getAllEvents(filters, { max = 20000 } = {}) {
  const events = [];
  let cursor = null;
  do {
    const limit = Math.min(1000, max - events.length);
    const page = await request(`/api/events?${query({ ...filters, limit, cursor })}`);
    events.push(...page.events);
    cursor = page.next_cursor;
  } while (cursor && events.length < max);
  return { events, truncated: Boolean(cursor) };
}

export function postArticle(body, token) {
  return request("/api/articles", {
    method: "POST",
    headers: { Accept: "application/json", "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}
