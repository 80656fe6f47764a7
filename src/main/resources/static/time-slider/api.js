// The page reads the public REST API alone, with paths relative to the page.

export class ApiError extends Error {
  constructor(status, detail, path) {
    super(detail);
    this.status = status;
    this.path = path;
  }
}

const RETRIES = 3;

/**
 * GETs a JSON document; a problem document (RFC 9457) becomes an ApiError carrying its detail.
 * A 503 (the database starting, or a query stopped by its timeout while a fresh server warms up)
 * is asked again, a few times, after a pause.
 */
export async function getJson(path, attempt = 0) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (response.status === 503 && attempt < RETRIES) {
    await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt + 1)));
    return getJson(path, attempt + 1);
  }
  if (!response.ok) {
    let detail = response.statusText;
    try {
      detail = (await response.json()).detail ?? detail;
    } catch {
      // Not a problem document: the status line says enough.
    }
    throw new ApiError(response.status, detail, path);
  }
  return response.json();
}

export const api = {
  meta: () => getJson('api/meta'),
  actors: () => getJson('api/actors'),
  actor: (id) => getJson(`api/actors/${encodeURIComponent(id)}`),
  relations: (year) => getJson(`api/relations?year=${year}`),
  triangle: (year) => getJson(`api/triangle?year=${year}`),
  index: (actor) => getJson(`api/index?actor=${encodeURIComponent(actor)}`),
  fact: (id) => getJson(`api/facts/${encodeURIComponent(id)}`),
};

