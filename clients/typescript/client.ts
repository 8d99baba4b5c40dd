/**
 * A small typed client for paynorm's `normalize` and `normalizeBatch` operations.
 *
 * Its types come from `schema.d.ts`, generated from the committed spec (`npm run generate`):
 *   openapi-typescript ../../openapi/openapi.json --default-non-nullable false -o schema.d.ts
 * `--default-non-nullable false` keeps request fields that have a default optional; without
 * it every option of NormalizeRequest would be required.
 *
 *   const paynorm = createClient({ baseUrl: "http://127.0.0.1:8000" });
 *   const result = await paynorm.normalize({ text: "£30k - £35k pa", target_currency: "EUR" });
 *   result.normalized?.max; // 41976.49 with the rates of 2026-10-30
 */
import type { components, paths } from "./schema.js";

type Schemas = components["schemas"];
export type NormalizeRequest = Schemas["NormalizeRequest"];
export type NormalizeResult = Schemas["NormalizeResult"];
export type BatchRequest = Schemas["BatchRequest"];
export type BatchResponse = Schemas["BatchResponse"];
export type ErrorResponse = Schemas["ErrorResponse"];

type Post = "/normalize" | "/normalize/batch";
type RequestOf<P extends Post> = paths[P]["post"]["requestBody"]["content"]["application/json"];
type ResultOf<P extends Post> = paths[P]["post"]["responses"][200]["content"]["application/json"];

/** A non-2xx answer. `body` is the service's error (a message naming the field) when it sent one. */
export class PaynormError extends Error {
  readonly status: number;
  readonly body: ErrorResponse | undefined;

  constructor(status: number, body: ErrorResponse | undefined) {
    super(body ? body.error.message : `paynorm answered HTTP ${status}`);
    this.name = "PaynormError";
    this.status = status;
    this.body = body;
  }
}

export interface ClientOptions {
  /** Where the service runs, e.g. "http://127.0.0.1:8000". */
  baseUrl: string;
  /** Defaults to the global fetch (browsers, Node.js 18 and later). */
  fetch?: typeof globalThis.fetch;
}

export interface PaynormClient {
  normalize(request: NormalizeRequest, options?: { signal?: AbortSignal }): Promise<NormalizeResult>;
  normalizeBatch(request: BatchRequest, options?: { signal?: AbortSignal }): Promise<BatchResponse>;
}

export function createClient({ baseUrl, fetch = globalThis.fetch }: ClientOptions): PaynormClient {
  const root = baseUrl.replace(/\/+$/, "");

  async function post<P extends Post>(path: P, body: RequestOf<P>, signal?: AbortSignal): Promise<ResultOf<P>> {
    const response = await fetch(root + path, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
      signal,
    });
    const json: unknown = await response.json().catch(() => undefined);
    if (!response.ok) throw new PaynormError(response.status, isErrorResponse(json) ? json : undefined);
    return json as ResultOf<P>;
  }

  return {
    normalize: (request, options) => post("/normalize", request, options?.signal),
    normalizeBatch: (request, options) => post("/normalize/batch", request, options?.signal),
  };
}

function isErrorResponse(value: unknown): value is ErrorResponse {
  return typeof value === "object" && value !== null && "error" in value;
}
