// Talks to the server: JSON in and out, the CSRF token on every change, a device's bearer token
// where the page has one, and problem+json answers turned into an ApiError.
const options = {
  token: null,
  csrf: null,
  onUnauthorized: null,
  onUnreachable: null,
  onReachable: null,
};

/**
 * Sets how this page talks to the server: token (a device's access token, sent as a bearer
 * token), csrf ({header, token}; by default the page's <meta name=csrf> or the XSRF-TOKEN
 * cookie), onUnauthorized (a 401), onUnreachable (no answer at all), onReachable (an answer again).
 */
export function configure(next) {
  Object.assign(options, next);
}

function csrf() {
  if (options.csrf) return options.csrf;
  const meta = document.querySelector('meta[name=csrf]')?.content;
  if (meta) return { header: 'X-XSRF-TOKEN', token: meta };
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? { header: 'X-XSRF-TOKEN', token: decodeURIComponent(cookie.slice(11)) } : null;
}

/**
 * An answer other than 2xx (status 0: no answer). Carries the problem's title, detail and field
 * problems ({field, message, messages}); body is the whole problem document.
 */
export class ApiError extends Error {
  constructor(status, body) {
    super((body && (body.detail || body.title)) || (status ? `HTTP ${status}` : 'no answer'));
    this.status = status;
    this.body = body || {};
    this.title = this.body.title ?? null;
    this.detail = this.body.detail ?? null;
    this.problems = this.body.errors ?? [];
  }
}

export async function api(method, path, body, extraHeaders = {}) {
  const headers = { Accept: 'application/json, application/problem+json', ...extraHeaders };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  const token = method !== 'GET' && csrf();
  if (token) headers[token.header] = token.token;
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    options.onUnreachable?.();
    throw new ApiError(0, null);
  }
  options.onReachable?.();
  if (response.status === 401) {
    options.onUnauthorized?.();
    throw new ApiError(401, null);
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = { detail: text };
    }
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

export const get = (path) => api('GET', path);
