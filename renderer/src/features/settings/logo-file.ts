import { LOGO_TYPES, MAX_LOGO_BYTES, type Logo, type LogoType } from '../../../../electron/shared/settings/settings.schema';

export type LogoRead = { ok: true; logo: Logo } | { ok: false; error: 'validation.logoType' | 'validation.logoTooLarge' };

function isLogoType(type: string): type is LogoType {
  return (LOGO_TYPES as readonly string[]).includes(type);
}

/**
 * Reads a picked image as the letterhead logo. A wrong type or a file too large is refused
 * here, before anything is sent, with the same message keys the API uses.
 */
export function readLogoFile(file: File): Promise<LogoRead> {
  if (!isLogoType(file.type)) return Promise.resolve({ ok: false, error: 'validation.logoType' });
  if (file.size > MAX_LOGO_BYTES) return Promise.resolve({ ok: false, error: 'validation.logoTooLarge' });
  const mimeType = file.type;
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      const data = url.slice(url.indexOf(',') + 1);
      resolve(data === '' ? { ok: false, error: 'validation.logoType' } : { ok: true, logo: { mimeType, data } });
    };
    reader.onerror = () => resolve({ ok: false, error: 'validation.logoType' });
    reader.readAsDataURL(file);
  });
}

/** The logo as an image source for its preview. */
export function logoSource(logo: Logo): string {
  return `data:${logo.mimeType};base64,${logo.data}`;
}
