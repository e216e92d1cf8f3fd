// Calls to the JSON API of `veille serve`. Errors come back as
// {"error": "..."} with a 4xx/5xx status: they are thrown as Error(message).
export async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  const url = query.toString() ? `${path}?${query}` : path;
  const response = await fetch(url);
  const body = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

const documents = new Map();

// A document of the store by content hash, fetched once.
export function getDocument(hash) {
  if (!documents.has(hash)) documents.set(hash, api(`/api/documents/${encodeURIComponent(hash)}`));
  return documents.get(hash);
}
