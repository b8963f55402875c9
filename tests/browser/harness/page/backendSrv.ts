/*
 * Grafana's backend service as far as data sources use it: fetch() sends the request to the harness
 * server and, like Grafana's backend_srv, emits the parsed response or fails with it when its status
 * is not 2xx; unsubscribing aborts the request.
 */
import type { BackendSrv, BackendSrvRequest, FetchResponse } from '@grafana/runtime';
import { lastValueFrom, Observable } from 'rxjs';

function requestUrl(options: BackendSrvRequest): string {
  const params = options.params as Record<string, string> | undefined;
  if (!params || Object.keys(params).length === 0) {
    return options.url;
  }
  return `${options.url}${options.url.includes('?') ? '&' : '?'}${new URLSearchParams(params)}`;
}

function fetchObservable<T>(options: BackendSrvRequest): Observable<FetchResponse<T>> {
  return new Observable<FetchResponse<T>>((subscriber) => {
    const controller = new AbortController();
    const method = options.method ?? 'GET';
    fetch(requestUrl(options), {
      method,
      headers: { 'content-type': 'application/json', ...(options.headers ?? {}) },
      body: method === 'GET' || options.data === undefined ? undefined : JSON.stringify(options.data),
      signal: controller.signal,
    })
      .then(async (response) => {
        const text = await response.text();
        let data: unknown = text;
        try {
          data = text ? JSON.parse(text) : {};
        } catch {
          // not JSON: handed on as text, as backend_srv does
        }
        const result: FetchResponse<T> = {
          data: data as T,
          status: response.status,
          statusText: response.statusText,
          ok: response.ok,
          headers: response.headers,
          redirected: response.redirected,
          type: response.type,
          url: response.url,
          config: options,
        };
        if (response.ok) {
          subscriber.next(result);
          subscriber.complete();
        } else {
          subscriber.error(result);
        }
      })
      .catch((error: Error) => {
        if (!controller.signal.aborted) {
          subscriber.error({ status: 0, statusText: error.message, data: { message: error.message }, config: options });
        }
      });
    return () => controller.abort();
  });
}

export function harnessBackendSrv(): BackendSrv {
  const request = <T>(options: BackendSrvRequest) => lastValueFrom(fetchObservable<T>(options)).then((r) => r.data);
  return {
    fetch: fetchObservable,
    request,
    datasourceRequest: <T>(options: BackendSrvRequest) => lastValueFrom(fetchObservable<T>(options)),
    get: (url: string, params?: Record<string, unknown>) => request({ url, params, method: 'GET' }),
    delete: (url: string, data?: unknown) => request({ url, data, method: 'DELETE' }),
    post: (url: string, data?: unknown) => request({ url, data, method: 'POST' }),
    patch: (url: string, data?: unknown) => request({ url, data, method: 'PATCH' }),
    put: (url: string, data?: unknown) => request({ url, data, method: 'PUT' }),
    chunked: () => {
      throw new Error('chunked requests are not used by these plugins');
    },
  } as BackendSrv;
}
