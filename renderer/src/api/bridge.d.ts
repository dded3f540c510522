import type { ApiResult } from '../../../electron/shared/api/result';

declare global {
  interface Window {
    /** Present only inside Electron: the preload's single function. */
    neuvonpito?: {
      invoke(method: string, input: unknown): Promise<ApiResult<unknown>>;
    };
  }
}

export {};
